// Runs a queue's jobs through a handler: checks each payload with the queue's zod schema,
// logs start and finish with the job id and duration, and settles each job of a batch on
// its own, so one failing job does not send its finished neighbours round again.
import type PgBoss from "pg-boss";
import type { Logger } from "@/server/logger";
import { QUEUES, type JobPayload, type QueueKey } from "@/server/jobs/queues";

export type JobContext = { jobId: string; log: Logger };
export type JobHandler<K extends QueueKey> = (payload: JobPayload<K>, job: JobContext) => Promise<object | void>;

export type WorkQueueOptions = { batchSize?: number; pollingIntervalSeconds?: number };

function errorInfo(err: unknown): { message: string; stack?: string } {
  return err instanceof Error ? { message: err.message, stack: err.stack } : { message: String(err) };
}

/** Handles one job; resolves with its outcome, never throws. */
export async function runJob<K extends QueueKey>(
  key: K,
  job: PgBoss.Job<unknown>,
  handler: JobHandler<K>,
  log: Logger,
): Promise<{ ok: true; output: object | undefined } | { ok: false; error: { message: string } }> {
  const queue = QUEUES[key];
  const jobLog = log.child({ queue: queue.name, jobId: job.id });
  const started = performance.now();
  const durationMs = () => Math.round(performance.now() - started);
  const parsed = queue.payload.safeParse(job.data ?? {});
  if (!parsed.success) {
    const message = `invalid payload: ${parsed.error.issues.map((i) => `${i.path.join(".") || "data"} ${i.message}`).join("; ")}`;
    jobLog.error({ durationMs: durationMs() }, `job failed: ${message}`);
    return { ok: false, error: { message } };
  }
  const trigger = (parsed.data as { trigger?: string }).trigger;
  // Scheduled runs come every minute or so: their start and finish are debug lines, so the log
  // shows what the jobs did (the handlers log their own work at info) rather than a heartbeat.
  const level = trigger === "schedule" ? "debug" : "info";
  jobLog[level]({ trigger }, "job started");
  try {
    const output = await handler(parsed.data as JobPayload<K>, { jobId: job.id, log: jobLog });
    jobLog[level]({ durationMs: durationMs(), result: output ?? undefined }, "job finished");
    return { ok: true, output: output ?? undefined };
  } catch (err) {
    const error = errorInfo(err);
    jobLog.error({ durationMs: durationMs(), err: error }, "job failed");
    return { ok: false, error: { message: error.message } };
  }
}

/** Starts polling the queue; returns the pg-boss worker id. */
export async function workQueue<K extends QueueKey>(
  boss: PgBoss,
  key: K,
  handler: JobHandler<K>,
  log: Logger,
  opts: WorkQueueOptions = {},
): Promise<string> {
  const name = QUEUES[key].name;
  return boss.work<unknown>(
    name,
    { batchSize: opts.batchSize ?? 1, pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 },
    async (jobs) => {
      for (const job of jobs) {
        const outcome = await runJob(key, job, handler, log);
        // Settled here one by one; pg-boss's own completion of the batch afterwards only
        // touches jobs still active, which by then are none.
        if (outcome.ok) await boss.complete(name, job.id, outcome.output ?? {});
        else await boss.fail(name, job.id, outcome.error);
      }
    },
  );
}
