// Several worker processes on one PostgreSQL, as `npm run worker` runs them in production: real
// processes (the production bundle, as `npm start` runs it) on a database of this file's own, so no
// other test's pg-boss instance takes their jobs. It proves that
// - a worker stopped with SIGTERM in the middle of a job finishes that job, then exits 0;
// - a job whose worker is killed (SIGKILL) is expired and retried by another worker;
// - a scheduled job runs once per period however many workers run (checked last, over a whole
//   minute during which at least two workers were running all along);
// - starting workers brings an existing queue to the current queue options.
// The waits overlap: the kill test runs inside the minute the schedule test needs.
import { randomBytes } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { makeWorkspace } from "@/server/demo/factories";
import { startBoss, BOSS_SCHEMA, type PgBoss } from "@/server/jobs/boss";
import { QUEUES, sendJob } from "@/server/jobs/queues";
import { withClient } from "../helpers/infra";
import { productionWorkerEnv, startWorker, stopAll, workerReady, type LogRecord, type TestProcess } from "../helpers/processes";

const quiet = pino({ level: "silent" });
const CLEANUP = QUEUES.cleanupExpired.name;
const WAKE = QUEUES.wakeSnoozed.name;
/** The expiry the kill test gives its job (the queue's own is 10 minutes; see that test). */
const KILLED_JOB_EXPIRY_S = 10;
/** The retry delay the kill test gives its job (the queue's own is 60 s). */
const KILLED_JOB_RETRY_DELAY_S = 1;
const MINUTE = 60_000;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

type Worker = { proc: TestProcess; readyAt: number };

let serverAdminUrl: string;
let dbName: string;
let url: string;
let prisma: Db;
let boss: PgBoss;
const workers: Worker[] = [];
let bothReadyAt = 0;

async function admin(sql: string): Promise<void> {
  await withClient(serverAdminUrl, (c) => c.query(sql));
}

async function addWorker(name: string): Promise<Worker> {
  // "job started" of scheduled runs is a debug line; the tests read it to see who ran a job.
  const proc = startWorker(name, productionWorkerEnv(url, "debug"));
  const worker: Worker = { proc, readyAt: Infinity };
  workers.push(worker);
  await workerReady(proc, 90_000);
  worker.readyAt = Date.now();
  return worker;
}

/** The worker whose log says it started job `id`. */
async function holderOf(id: string, timeoutMs = 20_000): Promise<Worker> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const holder = workers.find((w) => w.proc.records.some((r) => r.msg === "job started" && r.jobId === id));
    if (holder) return holder;
    if (Date.now() > deadline) throw new Error(`no worker started job ${id} within ${timeoutMs} ms`);
    await sleep(100);
  }
}

/** Holds EXCLUSIVE on "Invitation" (reads pass, the cleanup's DELETE waits) until release(). */
async function lockInvitations(): Promise<{ release: () => Promise<void> }> {
  const client = new pg.Client({ connectionString: url, application_name: "multi-worker-test-lock" });
  await client.connect();
  await client.query("BEGIN");
  await client.query('LOCK TABLE "Invitation" IN EXCLUSIVE MODE');
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await client.query("ROLLBACK").finally(() => client.end());
    },
  };
}

/** Waits until a worker's database session is blocked by that lock: the job is mid-way. */
async function blockedSession(timeoutMs = 15_000): Promise<{ application_name: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows } = await withClient(url, (c) =>
      c.query<{ application_name: string }>(
        `SELECT application_name FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND query ILIKE '%Invitation%'`,
      ),
    );
    if (rows[0]) return rows[0];
    if (Date.now() > deadline) throw new Error("no worker session is waiting for the Invitation lock");
    await sleep(100);
  }
}

/** An invitation the cleanup must delete (expired long ago). */
async function expiredInvitation(): Promise<string> {
  const ws = await makeWorkspace(prisma);
  const { id } = await prisma.invitation.create({
    data: {
      workspaceId: ws.id,
      email: `old-${randomBytes(4).toString("hex")}@example.com`,
      role: "AGENT",
      tokenHash: randomBytes(32).toString("hex"),
      expiresAt: new Date(Date.now() - 60 * 24 * 60 * MINUTE),
    },
    select: { id: true },
  });
  return id;
}

/**
 * Waits until no cleanup job is queued or running (a worker's start-up run, a quarter-hour run),
 * away from a quarter hour, so the next job sent is the one the test blocks and watches.
 */
async function cleanupQueueIdle(): Promise<void> {
  const toQuarter = 15 * MINUTE - (Date.now() % (15 * MINUTE));
  if (toQuarter < 30_000) await sleep(toQuarter + 5_000);
  const deadline = Date.now() + 30_000;
  for (;;) {
    const { rows } = await withClient(url, (c) =>
      c.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND state <= 'active'`, [CLEANUP]),
    );
    if (rows[0]!.n === 0) return;
    if (Date.now() > deadline) throw new Error("the cleanup queue did not become idle");
    await sleep(200);
  }
}

async function settled(id: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await boss.getJobById<{ trigger: string }>(CLEANUP, id, { includeArchive: true });
    if (job && !["created", "retry", "active"].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.state} after ${timeoutMs} ms`);
    await sleep(500);
  }
}

/** The fewest workers that were running (ready, not yet exited) at any moment of [from, to). */
function fewestRunning(from: number, to: number): number {
  const moments = [from, ...workers.map((w) => w.proc.exitedAt).filter((t): t is number => t !== undefined && t >= from && t < to)];
  return Math.min(...moments.map((t) => workers.filter((w) => w.readyAt <= t && (w.proc.exitedAt ?? Infinity) > t).length));
}

beforeAll(async () => {
  serverAdminUrl = inject("databaseUrl");
  dbName = `shopdesk_multi_${randomBytes(4).toString("hex")}`;
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(dbName)}`);
  const u = new URL(serverAdminUrl);
  u.pathname = `/${dbName}`;
  url = u.toString();
  await applyMigrations(url, quiet);
  prisma = createDb(url, 2);
  // A producer (no schedules, no maintenance): the test sends and reads jobs, the workers work them.
  boss = await startBoss(url, quiet, { role: "producer", max: 2 });
  // The queue as an older version created it; starting workers must bring it up to date.
  await boss.createQueue(WAKE, { name: WAKE, policy: "stately", retryLimit: 0, expireInSeconds: 5 * 60 });

  await Promise.all([addWorker("worker-1"), addWorker("worker-2")]);
  bothReadyAt = Date.now();
}, 180_000);

afterAll(async () => {
  await stopAll(workers.map((w) => w.proc));
  await boss?.stop({ graceful: false, timeout: 1000 });
  await prisma?.$disconnect();
  if (dbName) await admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(dbName)} WITH (FORCE)`);
}, 120_000);

describe("several workers on one database", () => {
  it("brings a queue made by an older version to the current options", async () => {
    expect(await boss.getQueue(WAKE)).toMatchObject({ policy: "stately", retryLimit: 1, retryDelay: 0, expireInSeconds: 60 });
  });

  it("a worker stopped with SIGTERM mid-job finishes the job, then exits 0", { timeout: 120_000 }, async () => {
    // A third worker, so two keep running for the schedule test once this one's holder is gone.
    await addWorker("worker-3");
    await cleanupQueueIdle();
    const invitation = await expiredInvitation();
    const lock = await lockInvitations();
    let holder!: Worker;
    let id: string | null;
    const t0 = Date.now();
    try {
      id = await sendJob(boss, "cleanupExpired", { trigger: "manual" });
      expect(id).toEqual(expect.any(String));
      holder = await holderOf(id!);
      expect((await blockedSession()).application_name).toBe("shopdesk-worker");

      holder.proc.child.kill("SIGTERM");
      await holder.proc.waitForLog((r) => r.msg === "worker stopping", 10_000, '"worker stopping"');
      // It waits for its job rather than leaving: still running, the job still its own.
      await sleep(1_500);
      expect(holder.proc.running).toBe(true);
      expect((await boss.getJobById(CLEANUP, id!))?.state).toBe("active");
    } finally {
      await lock.release();
    }
    expect(await holder.proc.exited).toEqual({ code: 0, signal: null });
    const job = await settled(id!, 10_000);
    expect(job.state).toBe("completed");
    expect(job.retryCount).toBe(0);
    expect((job.output as { invitations: number }).invitations).toBeGreaterThanOrEqual(1);
    expect(await prisma.invitation.findUnique({ where: { id: invitation } })).toBeNull();
    // Finished by the worker that was asked to stop, and started by no other.
    expect(holder.proc.records).toContainEqual(expect.objectContaining({ msg: "job finished", jobId: id }));
    expect(holder.proc.records).toContainEqual(expect.objectContaining({ msg: "worker stopped" }));
    for (const w of workers.filter((w) => w !== holder)) {
      expect(w.proc.records.filter((r) => r.jobId === id)).toEqual([]);
    }
    console.log(`SIGTERM mid-job: ${holder.proc.spec.name} finished job ${id} and exited 0, ${Date.now() - t0} ms after the job was sent`);
  });

  it("a job whose worker is killed (SIGKILL) mid-way expires and another worker runs it", { timeout: 240_000 }, async () => {
    await addWorker("worker-4");
    await cleanupQueueIdle();
    await expiredInvitation();
    const lock = await lockInvitations();
    let victim!: Worker;
    let id: string | null;
    try {
      // The cleanup queue keeps a job "active" for 10 minutes before it counts as lost and retries
      // it a minute later; this job says 10 seconds and 1 second, so the test sees the same path
      // (expiry, retry, another worker) quickly.
      id = await sendJob(
        boss,
        "cleanupExpired",
        { trigger: "manual" },
        { expireInSeconds: KILLED_JOB_EXPIRY_S, retryDelay: KILLED_JOB_RETRY_DELAY_S },
      );
      expect(id).toEqual(expect.any(String));
      victim = await holderOf(id!);
      await blockedSession();
      victim.proc.child.kill("SIGKILL");
      expect(await victim.proc.exited).toEqual({ code: null, signal: "SIGKILL" });
    } finally {
      await lock.release();
    }
    const killedAt = victim.proc.exitedAt!;
    // Nobody finished it: pg-boss still counts it as running on the dead worker.
    expect((await boss.getJobById(CLEANUP, id!))?.state).toBe("active");

    // A living worker's pg-boss maintenance (every 30 s) fails it by timeout; the retry (the
    // queue's retryLimit 2, this job's retryDelay) makes it available again, and some worker takes it.
    const job = await settled(id!, (KILLED_JOB_EXPIRY_S + 30 + KILLED_JOB_RETRY_DELAY_S + 45) * 1000);
    expect(job.state).toBe("completed");
    expect(job.retryCount).toBe(1);
    // The finisher logged "job finished" before it completed the job, but its output reaches this
    // process through a pipe that may be read after the database answered: wait for the line.
    const finished = (r: LogRecord) => r.msg === "job finished" && r.jobId === id;
    const finisher = await Promise.any(
      workers.filter((w) => w.proc.running).map((w) => w.proc.waitForLog(finished, 15_000, `"job finished" of ${id}`).then(() => w)),
    ).catch(() => undefined);
    expect(finisher).toBeDefined();
    expect(finisher).not.toBe(victim);
    expect(victim.proc.records.some(finished)).toBe(false);
    console.log(
      `SIGKILL mid-job: job ${id} of ${victim.proc.spec.name} completed by ${finisher!.proc.spec.name} ` +
        `${Math.round((job.completedOn!.getTime() - killedAt) / 1000)} s after the kill`,
    );
  });

  it("runs a scheduled job once per minute, not once per worker", { timeout: 300_000 }, async () => {
    // A whole minute, the first one starting at least 10 s after both workers were ready (a job
    // sent by the start-up check of the minute before may be inserted a few seconds into the
    // next one).
    const from = Math.ceil((bothReadyAt + 10_000) / MINUTE) * MINUTE;
    const to = from + MINUTE;
    const wait = to + 3_000 - Date.now();
    if (wait > 0) await sleep(wait);

    expect(fewestRunning(from, to)).toBeGreaterThanOrEqual(2);
    const { rows } = await withClient(url, (c) =>
      c.query<{ id: string; created_on: Date; state: string }>(
        `SELECT id, created_on, state FROM ${BOSS_SCHEMA}.job
          WHERE name = $1 AND data->>'trigger' = 'schedule' AND created_on >= $2 AND created_on < $3
         UNION ALL
         SELECT id, created_on, state FROM ${BOSS_SCHEMA}.archive
          WHERE name = $1 AND data->>'trigger' = 'schedule' AND created_on >= $2 AND created_on < $3
         ORDER BY created_on`,
        [WAKE, new Date(from), new Date(to)],
      ),
    );
    const minuteOf = (d: Date) => new Date(Math.floor(d.getTime() / MINUTE) * MINUTE).toISOString();
    expect(rows.map((r) => minuteOf(r.created_on))).toEqual([new Date(from).toISOString()]);
    expect(rows.map((r) => r.state)).toEqual(["completed"]);
    // Each ran once: exactly one "job started" for it across every worker's log.
    const runners = rows.map((r) => workers.filter((w) => w.proc.records.some((l) => l.msg === "job started" && l.jobId === r.id)));
    expect(runners.map((r) => r.length)).toEqual([1]);
    const running = workers.filter((w) => w.proc.running).map((w) => w.proc.spec.name);
    console.log(
      `schedule: one ${WAKE} job per minute over ${new Date(from).toISOString()}..${new Date(to).toISOString()} ` +
        `with ${running.length} workers running (${running.join(", ")}); run by ${runners.map((r) => r[0]!.proc.spec.name).join(", ")}`,
    );
  });
});
