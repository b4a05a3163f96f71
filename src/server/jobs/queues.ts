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
    // Stately as above; a sweep that fails is simply done again by the next minute's run.
    options: { policy: "stately", retryLimit: 0, expireInSeconds: 5 * 60 },
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

/** Creates every queue that does not exist yet (idempotent, safe when several processes start). */
export async function ensureQueues(boss: PgBoss): Promise<void> {
  for (const q of Object.values(QUEUES)) {
    await boss.createQueue(q.name, { name: q.name, ...q.options });
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

/** Registers a cron schedule (pg-boss keeps one per queue name, so re-registering updates it). */
export async function scheduleJob<K extends ScheduledQueueKey>(boss: PgBoss, key: K, payload: JobPayloadInput<K>): Promise<void> {
  const q = QUEUES[key];
  await boss.schedule(q.name, q.cron, q.payload.parse(payload), { tz: "UTC" });
}
