// npm run bench:fetch: the IMAP fetcher alone (issue 15), in this process, on bench:ingest's corpus.
// bench:ingest measures mail to committed tickets, where processing is the slow half and hides
// what committing raw mail costs; this appends the same corpus to a Dovecot of its own and times
// one first pass of fetchNewMail (FETCH, commit of the raw bytes, \Seen) into a fresh database on
// the bench PostgreSQL, with no worker: wall time and this process's CPU time (user + system),
// which is the fetcher's share of a worker's CPU. The last line of stdout is one JSON object.
//
//   npm run bench:fetch -- [--messages 1000] [--seed N]
//
// Needs root and Debian's dovecot-imapd, like the IMAP tests.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { formatMs, log } from "./bench-log";
import { messageCount, prepareMailBench } from "./mail-bench";
import { generateCorpus } from "./mail-corpus";

const { values } = parseArgs({ options: { messages: { type: "string", default: "1000" }, seed: { type: "string", default: "20261205" } } });
const count = messageCount(values.messages);
await prepareMailBench("bench:fetch");
const { scratchDatabase, startBenchServer } = await import("./bench-db");
const { startDovecot, withImap } = await import("../../tests/helpers/dovecot");

const { messages, stats } = generateCorpus(count, Number(values.seed));
log.info({ messages: count, mb: (stats.bytes / 1024 / 1024).toFixed(1) }, "corpus generated");
const user = { user: "bench@shop.test", password: `pw-${randomBytes(6).toString("hex")}` };
const dovecot = await startDovecot([user]);
const server = await startBenchServer("measure");
let scratch: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let exitCode = 0;
try {
  await withImap(dovecot, user, async (c) => {
    for (const raw of messages) await c.append("INBOX", raw);
  });
  scratch = await scratchDatabase(server, "shopdesk_bench_fetch");
  const url = scratch.url;
  process.env.DATABASE_URL = url;
  const { applyMigrations } = await import("@/server/db/migrations");
  const { createDb } = await import("@/server/db");
  const { makeWorkspace } = await import("@/server/demo/factories");
  const { fetchNewMail } = await import("@/server/mail/imap/fetch-new-mail");
  const silent = (await import("pino")).default({ level: "silent" });
  await applyMigrations(url, silent);
  const prisma = createDb(url, 2);
  const ws = await makeWorkspace(prisma);
  const mailbox = await prisma.mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: "support@shop.example", forwardingKey: randomBytes(12).toString("hex") },
    select: { id: true, workspaceId: true, imapAfterImport: true, imapMoveTo: true, imapUidValidity: true, imapLastUid: true },
  });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const counts = await withImap(dovecot, user, async (c) => {
    await c.mailboxOpen("INBOX");
    return fetchNewMail(prisma, silent, c, mailbox);
  });
  const wallMs = Math.round(performance.now() - t0);
  const cpu = process.cpuUsage(cpu0);
  const stored = await prisma.inboundMail.count({ where: { mailboxId: mailbox.id } });
  await prisma.$disconnect();
  if (stored !== count) throw new Error(`${stored} of ${count} messages stored`);
  console.log(`IMAP fetch of ${count} messages (${(stats.bytes / 1024 / 1024).toFixed(1)} MB) into raw mail rows: ${formatMs(wallMs)}`);
  console.log(JSON.stringify({ messages: count, imported: counts.imported, wallMs, cpuMs: Math.round((cpu.user + cpu.system) / 1000), perSec: Number((count / (wallMs / 1000)).toFixed(1)) }));
} catch (err) {
  log.error({ err: err instanceof Error ? err.message : String(err) }, "bench:fetch failed");
  exitCode = 1;
} finally {
  await dovecot.stop();
  await scratch?.drop().catch(() => undefined);
  await server.stop();
}
process.exit(exitCode);
