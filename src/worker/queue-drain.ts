// Drains a mail queue (inbound mail to process, the outbox to send) in the worker itself as soon as
// the mail listener hears of a commit. The pg-boss jobs `mail.process-inbound` and `mail.send`
// (stately: one running at a time) stay as the safety net every minute, but they cannot be the
// only way: a job left "active" by a SIGKILLed worker holds every later one back until pg-boss
// expires it (15 minutes), and mail would wait that long. Draining here needs no such guard: both
// queues claim each row with FOR UPDATE SKIP LOCKED (and the outbox leases it), so drains in several
// workers (and the jobs) share a queue without doubling anything. One drain at a time per process
// and queue; a wake-up during a drain makes it go round once more.
import type { Logger } from "@/server/logger";

export type QueueDrain = { wake: () => void; stop: () => Promise<void> };

/** `what` names the queue in the logs ("inbound mail", "outbound mail"). */
export function startQueueDrain(what: string, drain: (signal: AbortSignal) => Promise<object>, log: Logger): QueueDrain {
  const abort = new AbortController();
  let running: Promise<void> | null = null;
  let again = false;

  const loop = async () => {
    do {
      again = false;
      try {
        const result = await drain(abort.signal);
        log.debug({ queue: what, result }, `${what} drained`);
      } catch (err) {
        // The job's schedule and the next wake-up try again.
        log.warn({ err: err instanceof Error ? err.message.split("\n")[0]!.slice(0, 200) : String(err) }, `draining ${what} failed`);
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
