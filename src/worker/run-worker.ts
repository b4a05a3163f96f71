// Starts the job runner and keeps it going until SIGINT/SIGTERM, then stops it gracefully:
// pg-boss lets running jobs finish (up to STOP_TIMEOUT_MS), then Prisma and the database are
// released (an embedded PostgreSQL this process started is stopped).
import type PgBoss from "pg-boss";
import { env } from "@/env";
import { createDb, type Db } from "@/server/db";
import { resolveDatabase } from "@/server/db/embedded";
import { applyMigrations } from "@/server/db/migrations";
import { logger } from "@/server/logger";
import { enableRecentBlobs } from "@/server/storage/blob-store";
import { startBoss } from "@/server/jobs/boss";
import { cleanupExpired } from "@/server/jobs/cleanup-expired";
import { wakeSnoozed } from "@/server/jobs/wake-snoozed";
import { sweepSla } from "@/server/sla/sweep-sla";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { createPreparePool, type PreparePool } from "@/server/mail/prepare-pool";
import { INBOUND_MAIL_CHANNEL } from "@/server/mail/accept-raw-mail";
import { MAILBOX_CHANNEL } from "@/server/mailboxes/mailbox.queries";
import { OUTBOUND_MAIL_CHANNEL } from "@/server/mail/outbox";
import { sendQueuedMail } from "@/server/mail/send-deliveries";
import { sendQueuedWorkspaceMail } from "@/server/mail/send-workspace-mail";
import { startQueueDrain, type QueueDrain } from "./queue-drain";
import { listenForMail, type MailListener } from "./mail-listener";
import { startMailboxSupervisor, type MailboxSupervisor } from "./mailbox-supervisor";
import { ensureQueues, QUEUES, scheduleJob, sendJob } from "@/server/jobs/queues";
import { workQueue } from "./work-queue";

const STOP_TIMEOUT_MS = 30_000;

type Database = Awaited<ReturnType<typeof resolveDatabase>>;
type State = {
  stopping: boolean;
  database?: Database;
  prisma?: Db;
  boss?: PgBoss;
  mailListener?: MailListener;
  mailboxes?: MailboxSupervisor;
  inboundDrains?: QueueDrain[];
  preparePool?: PreparePool;
  outboundDrain?: QueueDrain;
  outboundTimer?: NodeJS.Timeout;
};

const log = logger;
const elapsed = (since: number) => Math.round(performance.now() - since);

/**
 * What the worker keeps of the raw mail its fetchers stored, for its processing job (recent-blobs.ts).
 * 16 MB: at 32 bench:ingest's peak RSS was about 20 MB higher for no measurable gain in throughput.
 */
const RECENT_BLOB_BYTES = 16 * 1024 * 1024;

async function start(state: State): Promise<void> {
  const t0 = performance.now();
  enableRecentBlobs(RECENT_BLOB_BYTES);
  // Started by the launcher or in production, DATABASE_URL is set. Alone (`npm run worker`),
  // the worker uses the embedded PostgreSQL, starting it when no app runs.
  const standalone = !env().DATABASE_URL;
  state.database = await resolveDatabase({ purpose: "cli" });
  if (state.stopping) return;
  if (standalone && state.database.embedded) {
    // Alone on the embedded database, nobody else has migrated it (applyMigrations logs what it applies).
    await applyMigrations(state.database.url, log);
    if (state.stopping) return;
  }
  log.info({ embedded: state.database.embedded, ms: elapsed(t0) }, "database ready");

  state.prisma = createDb(state.database.url, 6);
  const prisma = state.prisma;
  state.boss = await startBoss(state.database.url, log, { role: "worker" });
  const boss = state.boss;
  if (state.stopping) return;
  await ensureQueues(boss);

  const cleanupWorker = await workQueue(boss, "cleanupExpired", (_payload, job) => cleanupExpired(prisma, job.log, new Date()), log);
  await scheduleJob(boss, "cleanupExpired", { trigger: "schedule" });
  // Snoozes are due to the minute; the schedule's first run covers any that fell due while stopped.
  await workQueue(boss, "wakeSnoozed", (_payload, job) => wakeSnoozed(prisma, job.log, new Date()), log);
  await scheduleJob(boss, "wakeSnoozed", { trigger: "schedule" });
  // SLA breaches and warnings, and recomputing a workspace whose policies changed.
  await workQueue(boss, "slaSweep", (_payload, job) => sweepSla(prisma, job.log), log);
  await scheduleJob(boss, "slaSweep", { trigger: "schedule" });
  // Mail committed by any web process (or the listener, or an import) is parsed and threaded here:
  // drained in this process on each commit's notification, and by the job every minute as a safety net.
  // Parsing and sanitizing happen on threads of their own (prepare-pool.ts), beside the writes here.
  state.preparePool = createPreparePool(log);
  const prepare = state.preparePool.prepare;
  log.info({ threads: state.preparePool.threads }, "mail preparing threads started");
  await workQueue(boss, "processInboundMail", (_payload, job) => processQueuedInboundMail(prisma, job.log, { prepare }), log);
  await scheduleJob(boss, "processInboundMail", { trigger: "schedule" });
  // Two drains side by side: while one batch waits on PostgreSQL for its writes, the other is
  // prepared (see process-inbound-mail.ts); SKIP LOCKED keeps them on different messages.
  state.inboundDrains = [1, 2].map(() => startQueueDrain("inbound mail", (signal) => processQueuedInboundMail(prisma, log, { signal, prepare }), log));
  const inboundDrain = { wake: () => state.inboundDrains!.forEach((d) => d.wake()) };
  // Replies and acknowledgements in the outbox go out here, the same way: drained on each commit's
  // notification and every 30 s for retries that fell due, with the job every minute as a safety net.
  // Ticket mail first, then workspace mail that is no ticket message (portal sign-in links).
  const sendAll = async (l: typeof log) => ({ tickets: await sendQueuedMail(prisma, l), workspace: await sendQueuedWorkspaceMail(prisma, l) });
  await workQueue(boss, "sendMail", (_payload, job) => sendAll(job.log), log);
  await scheduleJob(boss, "sendMail", { trigger: "schedule" });
  state.outboundDrain = startQueueDrain("outbound mail", () => sendAll(log), log);
  const outboundDrain = state.outboundDrain;
  state.outboundTimer = setInterval(() => outboundDrain.wake(), 30_000);
  state.outboundTimer.unref();
  state.mailListener = listenForMail(state.database.url, log, {
    [INBOUND_MAIL_CHANNEL]: async () => inboundDrain.wake(),
    [OUTBOUND_MAIL_CHANNEL]: async () => outboundDrain.wake(),
    [MAILBOX_CHANNEL]: async () => state.mailboxes?.wake(),
  });
  // What was committed while no worker ran (or while this one restarted) goes at once too.
  inboundDrain.wake();
  outboundDrain.wake();
  // IMAP mailboxes of every workspace, fetched into raw mail that the job above then processes.
  state.mailboxes = startMailboxSupervisor(prisma, state.database.url, log, {
    intervalMs: env().IMAP_POLL_INTERVAL_SECONDS * 1000,
    maxFetchers: env().IMAP_MAX_FETCHERS,
  });
  const startupJob = await sendJob(boss, "cleanupExpired", { trigger: "startup" });
  // Run it now rather than at the next poll.
  if (startupJob) boss.notifyWorker(cleanupWorker);
  log.info(
    { queues: Object.values(QUEUES).map((q) => q.name), startupJob, ms: elapsed(t0) },
    startupJob ? "worker ready; start-up cleanup queued" : "worker ready; a cleanup was already queued",
  );
}

async function stop(state: State): Promise<void> {
  const t0 = performance.now();
  // Each step runs even when an earlier one failed, so the database is always released.
  const step = async (name: string, fn: () => Promise<unknown>) => {
    try {
      await fn();
    } catch (err) {
      log.warn({ step: name, err: err instanceof Error ? err.message : String(err) }, "worker shutdown step failed");
    }
  };
  // IMAP first: sessions finish the message in hand, log out and release their locks.
  if (state.mailboxes) await step("mailbox fetchers", () => state.mailboxes!.stop());
  if (state.mailListener) await step("mail listener", () => state.mailListener!.stop());
  if (state.inboundDrains) await step("inbound mail", () => Promise.all(state.inboundDrains!.map((d) => d.stop())));
  if (state.preparePool) await step("mail preparing threads", () => state.preparePool!.close());
  clearInterval(state.outboundTimer);
  if (state.outboundDrain) await step("outbound mail", () => state.outboundDrain!.stop());
  if (state.boss) await step("jobs", () => state.boss!.stop({ graceful: true, timeout: STOP_TIMEOUT_MS }));
  if (state.prisma) await step("prisma", () => state.prisma!.$disconnect());
  if (state.database) await step("database", () => state.database!.release());
  log.info({ ms: elapsed(t0) }, "worker stopped");
}

/** Runs until a signal asks it to stop; resolves with the exit code. */
export async function runWorker(): Promise<number> {
  const state: State = { stopping: false };
  let signalled!: (signal: NodeJS.Signals) => void;
  const signal = new Promise<NodeJS.Signals>((resolve) => (signalled = resolve));
  const onSignal = (sig: NodeJS.Signals) => {
    // The launcher forwards the signal a terminal also sends to its whole process group,
    // so a second one is expected and ignored.
    if (state.stopping) return;
    state.stopping = true;
    log.info({ signal: sig }, "worker stopping");
    signalled(sig);
  };
  // Registered before the database is resolved, so the embedded database's own signal hooks
  // stand aside and it is released after the jobs have stopped.
  for (const s of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(s, onSignal);

  let code = 0;
  try {
    await start(state);
  } catch (err) {
    log.fatal({ err: err instanceof Error ? { message: err.message, stack: err.stack } : String(err) }, "worker failed to start");
    state.stopping = true;
    code = 1;
  }
  if (!state.stopping) await signal;
  await stop(state);
  return code;
}
