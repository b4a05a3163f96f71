// npm run bench:ingest: how fast mail goes from an IMAP folder to committed tickets (issue 15).
// Generates a corpus (scripts/bench/mail-corpus.ts), appends it to a local Dovecot started for the
// run (tests/helpers/dovecot.ts), creates a mailbox for that folder in a database of its own on
// the bench PostgreSQL (scripts/bench/bench-db.ts, server defaults), starts a real worker process
// as production does (`node .next/shopdesk/worker.mjs`, the bundle `npm run build` makes; the
// bench bundles the current sources itself, into its data directory) and measures:
//   ingestPerSec  messages / seconds from the first raw message committed to the last processed
//   parsePerSec   bare mailparser (simpleParser) in this process on the same corpus, one by one
//   ratio         ingestPerSec / parsePerSec
//   peakRssMb     the worker's peak resident memory (VmHWM of /proc/<pid>/status)
// and then, on its own line, one 25 MB message with three attachments appended after the corpus:
// how long it took and the worker's resident memory before and at its peak while it was processed.
// Progress goes to stderr; the last line of stdout is one JSON object with those figures.
//
//   npm run bench:ingest -- [--messages 2000] [--seed N] [--profile DIR] [--sql-stats]
//
// Needs root and Debian's dovecot-imapd, like the IMAP tests.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { log, formatMs } from "./bench-log";
import { messageCount, prepareMailBench } from "./mail-bench";
import { generateCorpus } from "./mail-corpus";

const { values } = parseArgs({
  options: { messages: { type: "string", default: "2000" }, seed: { type: "string", default: "20261205" }, profile: { type: "string" }, "sql-stats": { type: "boolean", default: false } },
});
const count = messageCount(values.messages);
await prepareMailBench("bench:ingest");
const { scratchDatabase, startBenchServer } = await import("./bench-db");
const { startDovecot, withImap, folderFlags } = await import("../../tests/helpers/dovecot");
const { productionWorkerEnv, startWorker, ROOT, workerReady } = await import("../../tests/helpers/processes");

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** About 25 MB of MIME: a short text and three 6 MB binary attachments, base64-encoded. */
function largeMessage(): Buffer {
  const parts = [0, 1, 2].map((i) => [
    "--large",
    `Content-Type: application/octet-stream; name="scan-${i}.bin"`,
    `Content-Disposition: attachment; filename="scan-${i}.bin"`,
    "Content-Transfer-Encoding: base64",
    "",
    randomBytes(6 * 1024 * 1024).toString("base64").replace(/.{76}/g, "$&\r\n"),
  ].join("\r\n"));
  return Buffer.from(
    [
      "From: Big Sender <big.sender@example.com>",
      "To: support@shop.example",
      "Subject: Scans of the damaged sofa",
      `Message-ID: <large.${randomBytes(6).toString("hex")}@example.com>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="large"',
      "",
      "--large",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "The scans are attached.",
      ...parts,
      "--large--",
      "",
    ].join("\r\n"),
  );
}

function memoryKb(pid: number, field: "VmHWM" | "VmRSS"): number | null {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) a process used so far; with `children`, also its reaped children's. */
function cpuSeconds(pid: number, children = false): number {
  try {
    // After the command name in parentheses: utime, stime, cutime, cstime are fields 14-17.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").replace(/^.*\) /s, "").split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]) + (children ? Number(fields[13]) + Number(fields[14]) : 0);
    return ticks / 100;
  } catch {
    return 0;
  }
}

/** PostgreSQL's CPU seconds so far: the postmaster, its live backends and the ones that ended. */
function postgresCpuSeconds(postmaster: number): number {
  let total = cpuSeconds(postmaster, true);
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").replace(/^.*\) /s, "").split(" ")[1]);
      if (ppid === postmaster) total += cpuSeconds(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

// 1. The corpus, and bare mailparser on it.
const { messages, stats } = generateCorpus(count, Number(values.seed));
log.info({ messages: count, mb: (stats.bytes / 1024 / 1024).toFixed(1), ...stats.byKind }, "corpus generated");
const { simpleParser } = await import("mailparser");
const p0 = performance.now();
for (const raw of messages) await simpleParser(raw, { skipImageLinks: true });
const parseMs = performance.now() - p0;
const parsePerSec = count / (parseMs / 1000);
log.info({ ms: Math.round(parseMs), perSec: parsePerSec.toFixed(1) }, "bare mailparser");

// 2. Dovecot with the corpus in its INBOX.
const user = { user: "bench@shop.test", password: `pw-${randomBytes(6).toString("hex")}` };
const dovecot = await startDovecot([user]);
const sqlStats = values["sql-stats"];
const server = await startBenchServer("measure", sqlStats ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all", track_io_timing: "on" } : {});
let scratch: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let worker: ReturnType<typeof startWorker> | undefined;
let exitCode = 0;
try {
  const a0 = performance.now();
  // Two connections appending side by side: the corpus is in place sooner.
  const halves = [messages.filter((_, i) => i % 2 === 0), messages.filter((_, i) => i % 2 === 1)];
  let appended = 0;
  await Promise.all(
    halves.map((part) =>
      withImap(dovecot, user, async (c) => {
        for (const raw of part) {
          await c.append("INBOX", raw);
          if (++appended % 500 === 0) log.info({ appended }, "appending to Dovecot");
        }
      }),
    ),
  );
  log.info({ ms: Math.round(performance.now() - a0) }, `appended ${count} messages to Dovecot`);

  // 3. A database of the run's own, a workspace and the mailbox.
  scratch = await scratchDatabase(server, "shopdesk_bench_ingest");
  const url = scratch.url;
  process.env.DATABASE_URL = url;
  const { applyMigrations } = await import("@/server/db/migrations");
  const { createDb } = await import("@/server/db");
  const { makeWorkspace } = await import("@/server/demo/factories");
  const { keyring, sealSecret } = await import("@/server/mail/secret-box");
  const silent = (await import("pino")).default({ level: "silent" });
  await applyMigrations(url, silent);
  const prisma = createDb(url, 2);
  const ws = await makeWorkspace(prisma);
  if (sqlStats) {
    await prisma.$executeRawUnsafe("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await prisma.$queryRawUnsafe("SELECT pg_stat_statements_reset()");
  }

  // 4. A real worker; the mailbox is created once it is ready, so its first fetch starts the clock.
  // As the launcher starts it in production, from a bundle of the current sources; `--profile DIR`
  // adds a CPU profile of the worker, written when it stops.
  const { bundleProcesses, bundlePath } = await import("@/cli/launcher/process-bundles");
  // Inside the project (whatever BENCH_DATA_DIR says), so that node finds the packages.
  const bundles = path.join(ROOT, ".shopdesk-bench-ingest", "bundle");
  await bundleProcesses(ROOT, bundles);
  process.env.SHOPDESK_TEST_WORKER_BUNDLE = bundlePath(bundles, "worker");
  const profile = values.profile ? ["--cpu-prof", "--cpu-prof-dir", values.profile] : [];
  worker = startWorker("bench-worker", { ...productionWorkerEnv(url, "info"), IMAP_POLL_INTERVAL_SECONDS: "1" }, false, profile);
  await workerReady(worker, 120_000);
  const mailbox = await prisma.mailbox.create({
    data: {
      workspaceId: ws.id,
      name: "Support",
      address: "support@shop.example",
      forwardingKey: randomBytes(12).toString("hex"),
      imapHost: dovecot.host,
      imapPort: dovecot.port,
      imapSecurity: "NONE",
      imapUsername: user.user,
      imapPasswordEnc: sealSecret(user.password, await keyring()),
    },
    select: { id: true },
  });
  const w0 = performance.now();
  const cpu0 = { worker: cpuSeconds(worker.pid), postgres: postgresCpuSeconds(server.pid) };
  let peakRssKb = 0;
  let lastLog = 0;
  for (;;) {
    peakRssKb = Math.max(peakRssKb, memoryKb(worker.pid, "VmRSS") ?? 0);
    const [stored, done] = await Promise.all([
      prisma.inboundMail.count({ where: { mailboxId: mailbox.id } }),
      prisma.inboundMail.count({ where: { mailboxId: mailbox.id, status: { not: "QUEUED" } } }),
    ]);
    if (done >= count) break;
    if (!worker.running) throw new Error(`the worker exited: ${JSON.stringify(worker.exit)}\n${worker.tail()}`);
    if (performance.now() - lastLog > 5_000) {
      lastLog = performance.now();
      log.info({ fetched: stored, processed: done, rssMb: Math.round((memoryKb(worker.pid, "VmRSS") ?? 0) / 1024), elapsed: formatMs(Math.round(performance.now() - w0)) }, "ingesting");
    }
    if (performance.now() - w0 > 30 * 60_000) throw new Error(`not done after 30 min: ${done} of ${count} processed`);
    await sleep(100);
  }
  peakRssKb = Math.max(peakRssKb, memoryKb(worker.pid, "VmHWM") ?? 0);
  // CPU per message, which a busy machine does not change the way it changes the elapsed time
  // (PostgreSQL's includes this script's polling, a small part).
  const cpuMs = {
    worker: ((cpuSeconds(worker.pid) - cpu0.worker) * 1000) / count,
    postgres: ((postgresCpuSeconds(server.pid) - cpu0.postgres) * 1000) / count,
  };
  const window = await prisma.inboundMail.aggregate({ where: { mailboxId: mailbox.id }, _min: { receivedAt: true }, _max: { processedAt: true } });
  const ingestMs = window._max.processedAt!.getTime() - window._min.receivedAt!.getTime();
  const outcomes = await prisma.inboundMail.groupBy({ by: ["status"], where: { mailboxId: mailbox.id }, _count: true });
  const tickets = await prisma.ticket.count({ where: { workspaceId: ws.id } });
  const flags = await folderFlags(dovecot, user, "INBOX");
  const seen = [...flags.values()].filter((f) => f.has("\\Seen")).length;
  log.info({ outcomes: Object.fromEntries(outcomes.map((o) => [o.status, o._count])), tickets, seenOnServer: seen }, "ingest finished");
  if (seen !== count) log.warn({ seen, count }, "not every message is seen on the server");
  if (sqlStats) {
    // What the corpus's bytes cost on disk (raw mail and attachments, with TOAST), before the 25 MB message.
    const [size] = await prisma.$queryRawUnsafe<Array<{ total: bigint; blobs: bigint }>>(
      `SELECT pg_total_relation_size('"StoredBlob"') AS total, (SELECT count(*) FROM "StoredBlob") AS blobs`,
    );
    console.error(`StoredBlob after the corpus: ${size!.blobs} rows, ${(Number(size!.total) / 1024 / 1024).toFixed(1)} MB (pg_total_relation_size)`);
  }

  // 5. One 25 MB message with attachments (issue 15: handled without growing the worker's memory
  // past the cap), after the corpus: how long it takes and the worker's resident memory meanwhile.
  const large = largeMessage();
  const rssBeforeKb = memoryKb(worker.pid, "VmRSS") ?? 0;
  const l0 = performance.now();
  await withImap(dovecot, user, (c) => c.append("INBOX", large));
  let largePeakKb = rssBeforeKb;
  for (;;) {
    largePeakKb = Math.max(largePeakKb, memoryKb(worker.pid, "VmRSS") ?? 0);
    const done = await prisma.inboundMail.count({ where: { mailboxId: mailbox.id, status: { not: "QUEUED" } } });
    if (done > count) break;
    if (performance.now() - l0 > 5 * 60_000) throw new Error("the 25 MB message was not processed within 5 minutes");
    await sleep(50);
  }
  const largeRow = await prisma.inboundMail.findFirstOrThrow({ where: { mailboxId: mailbox.id, rawSize: large.byteLength }, select: { status: true, message: { select: { _count: { select: { attachments: true } } } } } });
  console.log(
    `25 MB message (${(large.byteLength / 1024 / 1024).toFixed(1)} MB, 3 attachments): ${largeRow.status} with ${largeRow.message?._count.attachments ?? 0} attachments stored in ${formatMs(Math.round(performance.now() - l0))}; worker RSS ${Math.round(rssBeforeKb / 1024)} MB before, ${Math.round(largePeakKb / 1024)} MB at its peak`,
  );
  if (sqlStats) {
    const top = await prisma.$queryRawUnsafe<Array<{ calls: bigint; total: number; mean: number; rows: bigint; query: string }>>(
      `SELECT calls, round(total_exec_time::numeric, 0)::float8 AS total, round(mean_exec_time::numeric, 3)::float8 AS mean, rows, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) AS query
         FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY total_exec_time DESC LIMIT 30`,
    );
    for (const r of top) console.error(`${String(r.total).padStart(8)} ms ${String(r.calls).padStart(7)} calls ${String(r.mean).padStart(8)} ms/call  ${r.query}`);
  }
  await prisma.$disconnect();

  const ingestPerSec = count / (ingestMs / 1000);
  const result = {
    messages: count,
    ingestPerSec: Number(ingestPerSec.toFixed(1)),
    parsePerSec: Number(parsePerSec.toFixed(1)),
    ratio: Number((ingestPerSec / parsePerSec).toFixed(2)),
    peakRssMb: Math.round(peakRssKb / 1024),
  };
  console.log(`IMAP to ticket: ${count} messages (${(stats.bytes / 1024 / 1024).toFixed(1)} MB) in ${formatMs(ingestMs)}`);
  console.log(`CPU per message: worker ${cpuMs.worker.toFixed(1)} ms, PostgreSQL ${cpuMs.postgres.toFixed(1)} ms`);
  console.log(`targets on 2 cores: >= 100 messages/s, ratio >= 0.5, peak RSS <= 300 MB`);
  console.log(JSON.stringify(result));
} catch (err) {
  log.error({ err: err instanceof Error ? err.message : String(err) }, "bench:ingest failed");
  exitCode = 1;
} finally {
  if (worker) await worker.stop("SIGTERM");
  await dovecot.stop();
  await scratch?.drop().catch(() => undefined);
  await server.stop();
}
process.exit(exitCode);
