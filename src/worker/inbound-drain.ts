// Drains queued inbound mail in the worker itself as soon as the mail listener hears of a commit.
// The pg-boss job `mail.process-inbound` (stately: one running at a time) stays as the safety net
// every minute, but it cannot be the only way: a job left "active" by a SIGKILLed worker holds
// every later one back until pg-boss expires it (15 minutes), and mail would wait that long.
// Draining here needs no such guard: processQueuedInboundMail claims each message with FOR UPDATE
// SKIP LOCKED and commits it with its status, so drains in several workers (and the job) share the
// queue without doubling anything. One drain at a time per process; a wake-up during a drain makes
// it go round once more.
import type { Logger } from "@/server/logger";

export type InboundDrain = { wake: () => void; stop: () => Promise<void> };

export function startInboundDrain(drain: (signal: AbortSignal) => Promise<object>, log: Logger): InboundDrain {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        const result = await drain(abort.signal);
        log.debug({ result }, "inbound mail drained");
      } catch (err) {
        // The job's schedule and the next wake-up try again.
        log.warn({ err: err instanceof Error ? err.message.split("\n")[0]!.slice(0, 200) : String(err) }, "draining inbound mail failed");
      }
    } while (again && !abort.signal.aborted);
  };

  return {
    wake: () => {
      if (abort.signal.aborted) return;
      if (running) {
        again = true;
        return;
      }
      running = loop().finally(() => (running = null));
    },
    /** Finishes the message in hand and stops. */
    stop: async () => {
      abort.abort();
      await running;
    },
  };
}
