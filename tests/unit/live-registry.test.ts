// The process's register of open live streams: a cap per member (the oldest stream goes first)
// and one batched access check for all of them instead of a database query per stream.
import { describe, expect, it, vi } from "vitest";
import pino from "pino";
import { LiveRegistry, viewerKey, type LiveViewerKey } from "@/server/live/live-registry";

const log = pino({ level: "silent" });
const viewer = (memberId: string, sessionVersion = 0): LiveViewerKey => ({ memberId, userId: `u-${memberId}`, workspaceId: "w", sessionVersion });

describe("LiveRegistry", () => {
  it("keeps at most maxPerMember streams of one member open, closing the oldest first", () => {
    const registry = new LiveRegistry({ maxPerMember: 3, checkIntervalMs: 60_000, allowedViewers: async () => new Set(), log });
    const closed: number[] = [];
    for (let i = 0; i < 5; i++) registry.add(viewer("alice"), () => closed.push(i));
    const bob = vi.fn();
    registry.add(viewer("bob"), bob);
    expect(closed).toEqual([0, 1]);
    expect(registry.size()).toBe(4);
    expect(bob).not.toHaveBeenCalled();
    registry.stop();
  });

  it("a closed stream frees its place", () => {
    const registry = new LiveRegistry({ maxPerMember: 2, checkIntervalMs: 60_000, allowedViewers: async () => new Set(), log });
    const first = vi.fn();
    const remove = registry.add(viewer("alice"), first);
    registry.add(viewer("alice"), vi.fn());
    remove();
    registry.add(viewer("alice"), vi.fn());
    expect(first).not.toHaveBeenCalled();
    expect(registry.size()).toBe(2);
    registry.stop();
  });

  it("checks every open stream's access with one query per interval and closes those no longer allowed", async () => {
    vi.useFakeTimers();
    try {
      const allowedViewers = vi.fn(async (viewers: LiveViewerKey[]) => new Set(viewers.filter((v) => v.memberId !== "gone").map(viewerKey)));
      const registry = new LiveRegistry({ maxPerMember: 10, checkIntervalMs: 20_000, allowedViewers, log });
      const kept = vi.fn();
      const dropped = vi.fn();
      for (let i = 0; i < 50; i++) registry.add(viewer("stays"), kept);
      registry.add(viewer("gone"), dropped);
      registry.add(viewer("gone"), dropped);
      await vi.advanceTimersByTimeAsync(20_000);
      expect(allowedViewers).toHaveBeenCalledTimes(1);
      // Each distinct viewer is asked about once, however many streams they hold.
      expect(allowedViewers.mock.calls[0]![0]).toHaveLength(2);
      expect(dropped).toHaveBeenCalledTimes(2);
      expect(kept).toHaveBeenCalledTimes(40); // the cap of 10 closed the 40 oldest on the way in
      expect(registry.size()).toBe(10);
      registry.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("keeps the streams open when the check fails (a database blip), and asks again next time", async () => {
    vi.useFakeTimers();
    try {
      const allowedViewers = vi.fn().mockRejectedValueOnce(new Error("connection reset")).mockResolvedValue(new Set());
      const registry = new LiveRegistry({ maxPerMember: 10, checkIntervalMs: 1_000, allowedViewers, log });
      const close = vi.fn();
      registry.add(viewer("alice"), close);
      await vi.advanceTimersByTimeAsync(1_000);
      expect(close).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(close).toHaveBeenCalledTimes(1);
      registry.stop();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe("opening gate", () => {
  it("lets at most `concurrency` openings query at once", async () => {
    const { Gate } = await import("@/server/live/live-registry");
    const gate = new Gate(2);
    let running = 0;
    let peak = 0;
    const work = () =>
      gate.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 5));
        running--;
      });
    await Promise.all(Array.from({ length: 20 }, work));
    expect(peak).toBe(2);
  });
});
