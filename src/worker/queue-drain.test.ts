import pino from "pino";
import { describe, expect, it } from "vitest";
import { startQueueDrain } from "./queue-drain";

const log = pino({ level: "silent" });

describe("startQueueDrain", () => {
  it("runs one drain at a time, goes round once more for wake-ups during it, and keeps going after a failure", async () => {
    let running = 0;
    let maxRunning = 0;
    let calls = 0;
    let release!: () => void;
    const drain = startQueueDrain("inbound mail", async () => {
      calls++;
      running++;
      maxRunning = Math.max(maxRunning, running);
      if (calls === 1) await new Promise<void>((r) => (release = r));
      running--;
      if (calls === 2) throw new Error("database gone");
      return {};
    }, log);
    drain.wake();
    drain.wake();
    drain.wake();
    release();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(2);
    expect(maxRunning).toBe(1);
    drain.wake();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(3);
    await drain.stop();
  });

  it("stop aborts the drain in hand, waits for it, and ignores later wake-ups", async () => {
    let seen: AbortSignal | undefined;
    let calls = 0;
    const drain = startQueueDrain("inbound mail", 
      (signal) =>
        new Promise<object>((resolve) => {
          calls++;
          seen = signal;
          signal.addEventListener("abort", () => resolve({}));
        }),
      log,
    );
    drain.wake();
    await drain.stop();
    expect(seen?.aborted).toBe(true);
    drain.wake();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(1);
  });
});
