// The job queues: one name, payload schema and set of queue options each. Payloads are checked
// with zod when a job is sent and again when it is worked (a job may outlive a deploy).
import { z } from "zod";
import type PgBoss from "pg-boss";

export const JobTrigger = z.enum(["schedule", "startup", "manual"]);

export const QUEUES = {
  cleanupExpired: {
    name: "maintenance.cleanup-expired",
    payload: z.object({ trigger: JobTrigger.default("manual") }),
    // "stately": at most one queued and one running, so several workers starting at once
    // (each sending a start-up run) leave one run, not one per worker.
    options: { policy: "stately", retryLimit: 2, retryDelay: 60, expireInSeconds: 10 * 60 },
    /** Every 15 minutes (UTC). */
    cron: "*/15 * * * *",
  },
  wakeSnoozed: {
    name: "tickets.wake-snoozed",
    payload: z.object({ trigger: JobTrigger.default("manual") }),
    // Stately as above. A sweep takes milliseconds to seconds (batches of 200 tickets), so a
    // minute is ample; it is also how long a job of a killed worker stays "active" and, stately,
    // holds back every other sweep until pg-boss's maintenance expires it. The one retry hands
    // such a job to another worker instead of ending it failed (sweeps are idempotent).
    options: { policy: "stately", retryLimit: 1, retryDelay: 0, expireInSeconds: 60 },
    /** Every minute (UTC). */
    cron: "* * * * *",
  },
  slaSweep: {
    name: "sla.sweep",
    payload: z.object({ trigger: JobTrigger.default("manual") }),
    // The SLA sweep (src/server/sla/sweep-sla.ts): breaches and warnings are due to the minute.
    // Stately as above; tickets are claimed FOR UPDATE SKIP LOCKED in batches that commit one by
    // one, and each notice is recorded with it, so an expired or retried run sends nothing twice.
    // A run stops after four minutes (SLA_SWEEP_BUDGET_MS) and the next goes on, so ten
    // minutes' expiry is never reached by a run that is alive.
    options: { policy: "stately", retryLimit: 1, retryDelay: 0, expireInSeconds: 10 * 60 },
    /** Every minute (UTC). */
    cron: "* * * * *",
  },
  processInboundMail: {
    name: "mail.process-inbound",
    payload: z.object({ trigger: JobTrigger.default("manual") }),
    // Drains the queued raw mail (src/server/mail/process-inbound-mail.ts) every minute as a safety
    // net; a commit's pg_notify has the worker drain at once in-process (src/worker/queue-drain.ts),
    // which a job left active by a killed worker does not hold back. Stately: one
    // queued and one running; SKIP LOCKED inside would let several run side by side if needed.
    // A drain commits message by message, so an expired or retried one redoes nothing.
    options: { policy: "stately", retryLimit: 1, retryDelay: 0, expireInSeconds: 15 * 60 },
    /** Every minute (UTC). */
    cron: "* * * * *",
  },
  sendMail: {
    name: "mail.send",
    payload: z.object({ trigger: JobTrigger.default("manual") }),
    // Drains the outbox (src/server/mail/send-deliveries.ts) every minute as a safety net; a
    // delivery's commit has the worker drain at once in-process (src/worker/queue-drain.ts), which
    // also looks for retries that fell due every 30 seconds. Stately as above; each delivery is claimed and leased with SKIP LOCKED, so a run
    // that expires or is retried sends nothing twice while the lease holds.
    options: { policy: "stately", retryLimit: 1, retryDelay: 0, expireInSeconds: 15 * 60 },
    /** Every minute (UTC). */
    cron: "* * * * *",
  },
} as const satisfies Record<
  string,
  { name: string; payload: z.ZodType; options: Omit<PgBoss.Queue, "name">; cron?: string }
>;

export type QueueKey = keyof typeof QUEUES;
export type QueueDef<K extends QueueKey = QueueKey> = (typeof QUEUES)[K];
export type JobPayload<K extends QueueKey> = z.output<QueueDef<K>["payload"]>;
export type JobPayloadInput<K extends QueueKey> = z.input<QueueDef<K>["payload"]>;
export type ScheduledQueueKey = { [K in QueueKey]: QueueDef<K> extends { cron: string } ? K : never }[QueueKey];

const DEADLOCK_DETECTED = "40P01";

/**
 * Runs `fn` again when PostgreSQL broke a deadlock by aborting it. pg-boss creates a queue with
 * DDL (a partition of its job table, foreign keys to its queue table): two workers starting
 * together on a fresh database deadlock there, and PostgreSQL aborts one of them; the retry then
 * finds the queue made by the other.
 */
async function retryOnDeadlock(fn: () => Promise<void>, attempts = 5): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (err) {
      if ((err as { code?: unknown }).code !== DEADLOCK_DETECTED || attempt >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 50 * attempt + Math.random() * 100));
    }
  }
}

/**
 * Creates every queue that does not exist yet and brings existing ones to the options above
 * (pg-boss's createQueue leaves an existing queue as it is, so a changed option would otherwise
 * never reach a database made by an older version). Idempotent, safe when several processes start.
 */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const q of Object.values(QUEUES)) {
    await retryOnDeadlock(() => boss.createQueue(q.name, { name: q.name, ...q.options }));
    await boss.updateQueue(q.name, { name: q.name, ...q.options });
  }
}

/**
 * Sends a job after validating its payload. Returns the job id, or null when the queue's
 * policy declined it (for example a stately queue that already has one queued).
 */
export async function sendJob<K extends QueueKey>(
  boss: PgBoss,
  key: K,
  payload: JobPayloadInput<K>,
  options: PgBoss.SendOptions = {},
): Promise<string | null> {
  const q = QUEUES[key];
  const data = q.payload.parse(payload);
  return boss.send(q.name, data, options);
}

/**
 * Registers a cron schedule (pg-boss keeps one per queue name, so re-registering updates it).
 * At most one scheduled job per queue and minute of database time (singletonSeconds): pg-boss
 * decides that a tick is due by the worker's clock but sends it a moment later, so the job of
 * one minute's tick can be created a few seconds into the next minute, beside that minute's own.
 */
export async function scheduleJob<K extends ScheduledQueueKey>(boss: PgBoss, key: K, payload: JobPayloadInput<K>): Promise<void> {
  const q = QUEUES[key];
  await boss.schedule(q.name, q.cron, q.payload.parse(payload), { tz: "UTC", singletonSeconds: 60 });
}
