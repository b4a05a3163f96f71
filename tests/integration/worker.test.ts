// The worker's maintenance job against real PostgreSQL: the cleanup function itself, and the
// same cleanup sent and worked through pg-boss as the worker runs it.
import { randomUUID } from "node:crypto";
import pino from "pino";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, db, disconnectDb } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { startBoss } from "@/server/jobs/boss";
import { cleanupExpired, HELP_SEARCH_RETENTION_DAYS, INVITATION_RETENTION_DAYS } from "@/server/jobs/cleanup-expired";
import { ensureQueues, QUEUES, scheduleJob, sendJob } from "@/server/jobs/queues";
import { runJob, workQueue } from "@/worker/work-queue";
import { capturingLogger } from "../helpers/infra";

const DAY = 24 * 60 * 60 * 1000;
const quiet = pino({ level: "silent" });


/**
 * Rows on both sides of every rule, relative to `now`: `gone` must be deleted, `kept` must stay.
 * Keys and emails are unique to this call, so tests running beside it are not disturbed.
 */
async function seedRows(now: Date) {
  const ws = await makeWorkspace(db());
  const tag = randomUUID().slice(0, 8);
  const ago = (days: number) => new Date(now.getTime() - days * DAY);
  const past = INVITATION_RETENTION_DAYS + 1;
  const recent = INVITATION_RETENTION_DAYS - 1;
  const invite = (name: string, data: { expiresAt: Date; acceptedAt?: Date; revokedAt?: Date }) =>
    db().invitation.create({
      data: {
        workspaceId: ws.id,
        email: `${name}-${tag}@example.com`,
        role: "AGENT",
        tokenHash: `${tag}-${name}`.padEnd(64, "0").slice(0, 64),
        ...data,
      },
      select: { id: true },
    });

  const gone = {
    expiredLongAgo: (await invite("expired-long-ago", { expiresAt: ago(past) })).id,
    acceptedLongAgo: (await invite("accepted-long-ago", { expiresAt: ago(-10), acceptedAt: ago(past) })).id,
    revokedLongAgo: (await invite("revoked-long-ago", { expiresAt: ago(-10), revokedAt: ago(past) })).id,
  };
  const kept = {
    pending: (await invite("pending", { expiresAt: ago(-7) })).id,
    expiredRecently: (await invite("expired-recently", { expiresAt: ago(recent) })).id,
    // Accepted 29 days ago, before its link expired 28 days ago.
    acceptedRecently: (await invite("accepted-recently", { expiresAt: ago(recent - 1), acceptedAt: ago(recent) })).id,
    revokedRecently: (await invite("revoked-recently", { expiresAt: ago(-3), revokedAt: ago(recent) })).id,
  };

  const nowMs = now.getTime();
  const limits = {
    gone: [`test_${tag}:expired-1`, `test_${tag}:expired-2`],
    kept: [`test_${tag}:live`, `test_${tag}:forever`],
  };
  await db().rateLimit.createMany({
    data: [
      { key: limits.gone[0]!, points: 5, expire: BigInt(nowMs - 1000) },
      { key: limits.gone[1]!, points: 1, expire: BigInt(nowMs - 60 * DAY) },
      { key: limits.kept[0]!, points: 2, expire: BigInt(nowMs + 15 * 60 * 1000) },
      { key: limits.kept[1]!, points: 1, expire: null },
    ],
  });
  return { ws, gone, kept, limits };
}

async function assertCleaned(rows: Awaited<ReturnType<typeof seedRows>>) {
  const invitations = await db().invitation.findMany({ where: { workspaceId: rows.ws.id }, select: { id: true } });
  expect(invitations.map((i) => i.id).sort()).toEqual(Object.values(rows.kept).sort());
  const limits = await db().rateLimit.findMany({
    where: { key: { in: [...rows.limits.gone, ...rows.limits.kept] } },
    select: { key: true },
  });
  expect(limits.map((l) => l.key).sort()).toEqual([...rows.limits.kept].sort());
}

afterAll(async () => {
  await disconnectDb();
});

describe("cleanupExpired", () => {
  it("deletes old invitations and expired rate-limit rows, and keeps the rest", async () => {
    const now = new Date();
    const rows = await seedRows(now);
    const { log, records: lines } = capturingLogger();

    const result = await cleanupExpired(db(), log, now);

    // Other test files may add rows of their own; ours are counted among them.
    expect(result.invitations).toBeGreaterThanOrEqual(3);
    expect(result.rateLimits).toBeGreaterThanOrEqual(2);
    await assertCleaned(rows);
    expect(lines).toContainEqual(expect.objectContaining({ msg: "expired rows deleted", invitations: result.invitations }));

    // A second sweep finds nothing of ours left.
    const again = await cleanupExpired(db(), quiet, now);
    await assertCleaned(rows);
    expect(again.invitations).toBeLessThanOrEqual(result.invitations);
  });

  it("forgets help-center searches (what visitors typed) after HELP_SEARCH_RETENTION_DAYS, keeping the newer ones", async () => {
    const now = new Date();
    const ws = await makeWorkspace(db());
    const at = (days: number) => new Date(now.getTime() - days * DAY);
    const search = (query: string, createdAt: Date) => db().helpSearch.create({ data: { workspaceId: ws.id, locale: "en", query, results: 0, createdAt }, select: { id: true } });
    await search("order 10342 jane@example.com", at(HELP_SEARCH_RETENTION_DAYS + 1));
    const kept = await search("refund", at(HELP_SEARCH_RETENTION_DAYS - 1));
    const result = await cleanupExpired(db(), quiet, now);
    expect(result.helpSearches).toBeGreaterThanOrEqual(1);
    expect(await db().helpSearch.findMany({ where: { workspaceId: ws.id }, select: { id: true } })).toEqual([kept]);
  });

  it("leaves rate-limit rows that expire later than `now`", async () => {
    const now = new Date();
    const key = `test_${randomUUID().slice(0, 8)}:boundary`;
    await db().rateLimit.create({ data: { key, points: 1, expire: BigInt(now.getTime() + 1) } });
    await cleanupExpired(db(), quiet, now);
    expect(await db().rateLimit.findUnique({ where: { key } })).not.toBeNull();
    await cleanupExpired(db(), quiet, new Date(now.getTime() + 2));
    expect(await db().rateLimit.findUnique({ where: { key } })).toBeNull();
  });
});

describe("maintenance.cleanup-expired through pg-boss", () => {
  let boss: PgBoss;
  const capture = capturingLogger();
  const name = QUEUES.cleanupExpired.name;

  beforeAll(async () => {
    boss = await startBoss(databaseUrl(), capture.log, { role: "worker", max: 2 });
    await ensureQueues(boss);
    await workQueue(boss, "cleanupExpired", (_payload, job) => cleanupExpired(db(), job.log, new Date()), capture.log, {
      pollingIntervalSeconds: 0.5,
    });
  }, 30_000);

  afterAll(async () => {
    await boss?.stop({ graceful: true, timeout: 5000 });
  });

  async function settled(id: string, timeoutMs = 15_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await boss.getJobById<{ trigger: string }>(name, id);
      if (job && job.state !== "created" && job.state !== "active") return job;
      if (Date.now() > deadline) throw new Error(`job ${id} still ${job?.state} after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("works a sent job: rows are gone, the result is stored and start/finish are logged", async () => {
    const rows = await seedRows(new Date());
    const id = await sendJob(boss, "cleanupExpired", { trigger: "manual" });
    expect(id).toEqual(expect.any(String));

    const job = await settled(id!);
    expect(job.state).toBe("completed");
    expect(job.data).toEqual({ trigger: "manual" });
    expect(job.output).toMatchObject({ invitations: expect.any(Number), rateLimits: expect.any(Number) });
    expect((job.output as { invitations: number }).invitations).toBeGreaterThanOrEqual(3);
    await assertCleaned(rows);

    const started = capture.records.find((l) => l.msg === "job started" && l.jobId === id);
    const finished = capture.records.find((l) => l.msg === "job finished" && l.jobId === id);
    expect(started).toMatchObject({ queue: name, trigger: "manual" });
    expect(finished).toMatchObject({ queue: name, durationMs: expect.any(Number) });
  });

  it("registers the 15-minute schedule once, however often workers start", async () => {
    await scheduleJob(boss, "cleanupExpired", { trigger: "schedule" });
    await scheduleJob(boss, "cleanupExpired", { trigger: "schedule" });
    const schedules = (await boss.getSchedules()).filter((s) => s.name === name);
    expect(schedules).toHaveLength(1);
    expect(schedules[0]).toMatchObject({ cron: "*/15 * * * *", data: { trigger: "schedule" } });
    // A quarter-hour passing mid-run must not queue a run the next test does not expect.
    await boss.unschedule(name);
  });

  it("runs a schedule at most once per minute, also when a tick's run is sent late, beside the next one's", async () => {
    await scheduleJob(boss, "cleanupExpired", { trigger: "schedule" });
    const schedule = (await boss.getSchedules()).find((s) => s.name === name)!;
    await boss.unschedule(name);
    expect(schedule.options).toMatchObject({ singletonSeconds: 60 });
    // Both sends in one minute (of this machine's clock, which is the database's here).
    const intoMinute = Date.now() % 60_000;
    if (intoMinute > 45_000) await new Promise((r) => setTimeout(r, 61_000 - intoMinute));
    // What pg-boss does for each due tick: send the schedule's data with its options.
    const first = await boss.send(name, schedule.data as object, schedule.options ?? {});
    expect(first).toEqual(expect.any(String));
    expect((await settled(first!)).state).toBe("completed");
    // Done already, so the queue's stately policy would take another: the minute's slot does not.
    expect(await boss.send(name, schedule.data as object, schedule.options ?? {})).toBeNull();
    // Other triggers are not limited by it.
    const manual = await sendJob(boss, "cleanupExpired", { trigger: "manual" });
    expect(manual).toEqual(expect.any(String));
    await settled(manual!);
  }, 90_000);

  it("fails a job whose payload does not match the queue's schema, and says why", async () => {
    const id = await boss.send(name, { trigger: "whenever" });
    expect(id).toEqual(expect.any(String));
    const job = await settled(id!);
    // retryLimit 2: the first failure schedules a retry a minute later.
    expect(job.state).toBe("retry");
    expect(JSON.stringify(job.output)).toContain("invalid payload");
    expect(capture.records).toContainEqual(expect.objectContaining({ jobId: id, msg: expect.stringContaining("job failed") }));
    await boss.cancel(name, id!);
  });

  it("refuses to send a payload that does not match the schema", async () => {
    await expect(sendJob(boss, "cleanupExpired", { trigger: "nope" as "manual" })).rejects.toThrow();
  });
});

describe("runJob", () => {
  it("reports a failing handler as a failed outcome with the job id in the log", async () => {
    const { log, records: lines } = capturingLogger();
    const outcome = await runJob(
      "cleanupExpired",
      { id: "job-1", name: QUEUES.cleanupExpired.name, data: { trigger: "startup" }, expireInSeconds: 60 },
      async () => {
        throw new Error("database went away");
      },
      log,
    );
    expect(outcome).toEqual({ ok: false, error: { message: "database went away" } });
    expect(lines).toContainEqual(expect.objectContaining({ msg: "job started", jobId: "job-1", trigger: "startup" }));
    expect(lines).toContainEqual(
      expect.objectContaining({ msg: "job failed", jobId: "job-1", durationMs: expect.any(Number), err: expect.objectContaining({ message: "database went away" }) }),
    );
  });

  it("logs scheduled runs' start and finish at debug, other triggers at info", async () => {
    const { log, records } = capturingLogger("debug");
    const job = (id: string, trigger: string) => ({ id, name: QUEUES.cleanupExpired.name, data: { trigger }, expireInSeconds: 60 });
    await runJob("cleanupExpired", job("job-s", "schedule"), async () => ({ invitations: 0, rateLimits: 0 }), log);
    await runJob("cleanupExpired", job("job-m", "manual"), async () => ({ invitations: 0, rateLimits: 0 }), log);
    const levelOf = (jobId: string, msg: string) => records.find((r) => r.jobId === jobId && r.msg === msg)?.level;
    expect([levelOf("job-s", "job started"), levelOf("job-s", "job finished")]).toEqual([20, 20]);
    expect([levelOf("job-m", "job started"), levelOf("job-m", "job finished")]).toEqual([30, 30]);
  });
});
