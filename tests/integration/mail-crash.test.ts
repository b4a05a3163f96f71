// Crash safety of mail in, end to end: 200 messages wait in a real Dovecot folder (sizes from a
// few hundred bytes to ~300 KB, legacy charsets from the fixtures); a real worker process fetches
// and processes them and is SIGKILLed at random moments (while fetching and while processing),
// then started again each time. At the end every message is stored exactly once, processed into
// exactly one ticket, and \Seen on the server: nothing lost, nothing doubled.
import { randomBytes, randomInt } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { keyring, sealSecret } from "@/server/mail/secret-box";
import { ownMigratedDatabase, type OwnDatabase } from "../helpers/own-database";
import { dovecotUnavailable, folderFlags, startDovecot, withImap, type Dovecot } from "../helpers/dovecot";
import { productionWorkerEnv, ROOT, startWorker, stopAll, workerReady, type TestProcess } from "../helpers/processes";

const TOTAL = 200;
const KILLS = 3;
const box = { user: "crash@shop.test", password: "pw-crash-1" };

let ownDb: OwnDatabase | undefined;
let url: string;
let prisma: Db;
let dovecot: Dovecot;
const workers: TestProcess[] = [];

/** Fixture messages with charsets other than UTF-8 (their bodies and subjects in legacy encodings). */
async function charsetFixtures(): Promise<Buffer[]> {
  const dir = path.join(ROOT, "tests/fixtures/mail");
  const names = (await readdir(dir)).filter((n) => /^(iso-|windows-|koi8|shift|gb18030|big5|utf-7|undeclared-)/.test(n));
  return Promise.all(names.map((n) => readFile(path.join(dir, n))));
}

/** Message i: a fixture (every 5th) or a plain message of a random size, each with its own Message-ID. */
function corpus(fixtures: Buffer[]): Buffer[] {
  const out: Buffer[] = [];
  for (let i = 0; i < TOTAL; i++) {
    const id = `Message-ID: <crash-${i}@customers.example>\r\n`;
    if (i % 5 === 0) {
      const fixture = fixtures[(i / 5) % fixtures.length]!.toString("latin1").replace(/^Message-ID:.*\r?\n/im, "");
      out.push(Buffer.concat([Buffer.from(id), Buffer.from(fixture, "latin1")]));
      continue;
    }
    const lines = randomInt(2, i % 17 === 0 ? 4000 : 200);
    const body = Array.from({ length: lines }, (_, n) => `Line ${n} of my question about order ${1000 + i}: ${randomBytes(24).toString("base64")}`).join("\r\n");
    out.push(
      Buffer.from(
        `From: Customer ${i} <customer${i}@customers.example>\r\nTo: ${box.user}\r\nSubject: Order ${1000 + i}\r\n${id}` +
          `Date: Mon, 1 Dec 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`,
      ),
    );
  }
  return out;
}

/** Progress from 0 to 2 × TOTAL: messages stored, plus messages processed. */
async function progress(mailboxId: string): Promise<number> {
  const [stored, processed] = await Promise.all([
    prisma.inboundMail.count({ where: { mailboxId } }),
    prisma.inboundMail.count({ where: { mailboxId, status: { not: "QUEUED" } } }),
  ]);
  return stored + processed;
}

async function until(what: string, timeoutMs: number, probe: () => Promise<boolean>): Promise<void> {
  const t0 = Date.now();
  while (!(await probe())) {
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  const missing = dovecotUnavailable();
  if (missing) throw new Error(missing);
  dovecot = await startDovecot([box]);
  ownDb = await ownMigratedDatabase(inject("databaseUrl"), "shopdesk_crash");
  url = ownDb.url;
  prisma = createDb(url, 2);
}, 120_000);

afterAll(async () => {
  await stopAll(workers);
  await prisma?.$disconnect();
  await dovecot?.stop();
  await ownDb?.drop();
}, 120_000);

describe("a worker killed while importing mail", () => {
  it(`SIGKILLed ${KILLS} times at random points while importing ${TOTAL} messages, then restarted: exactly ${TOTAL} messages, one ticket each, all seen`, { timeout: 240_000 }, async () => {
    const messages = corpus(await charsetFixtures());
    await withImap(dovecot, box, async (c) => {
      for (const raw of messages) await c.append("INBOX", raw);
    });
    const ws = await makeWorkspace(prisma);
    const mailbox = await prisma.mailbox.create({
      data: {
        workspaceId: ws.id,
        name: "Support",
        address: box.user,
        forwardingKey: randomBytes(12).toString("hex"),
        imapHost: dovecot.host,
        imapPort: dovecot.port,
        imapSecurity: "NONE",
        imapUsername: box.user,
        imapPasswordEnc: sealSecret(box.password, await keyring()),
      },
      select: { id: true },
    });
    const env = { ...productionWorkerEnv(url, "info"), IMAP_POLL_INTERVAL_SECONDS: "1" };

    // Random moments spread over fetching (progress < TOTAL) and processing (progress > TOTAL).
    const span = 2 * TOTAL - 60;
    const thresholds = Array.from({ length: KILLS }, (_, k) => 10 + Math.floor((span / KILLS) * k) + randomInt(Math.floor(span / KILLS)));
    const killedAt: number[] = [];
    for (const [k, threshold] of thresholds.entries()) {
      const worker = startWorker(`crash-worker-${k}`, env);
      workers.push(worker);
      await workerReady(worker, 90_000);
      await until(`progress ${threshold}`, 60_000, async () => (await progress(mailbox.id)) >= threshold);
      // A little further at random, so the kill does not always land right after a commit.
      await new Promise((r) => setTimeout(r, randomInt(50)));
      worker.child.kill("SIGKILL");
      expect((await worker.exited).signal).toBe("SIGKILL");
      killedAt.push(await progress(mailbox.id));
    }
    // Each kill cut work short: none landed after everything was done.
    expect(killedAt.every((p) => p < 2 * TOTAL), `progress at the kills: ${killedAt.join(", ")}`).toBe(true);

    const last = startWorker("crash-worker-last", env);
    workers.push(last);
    await workerReady(last, 90_000);
    await until("every message processed", 90_000, async () => (await progress(mailbox.id)) === 2 * TOTAL);
    await until("every message seen", 30_000, async () => {
      const flags = await folderFlags(dovecot, box, "INBOX");
      return flags.size === TOTAL && [...flags.values()].every((f) => f.has("\\Seen"));
    });

    const rows = await prisma.inboundMail.findMany({ where: { mailboxId: mailbox.id }, select: { status: true, imapUid: true } });
    expect(rows).toHaveLength(TOTAL);
    expect(new Set(rows.map((r) => r.imapUid)).size).toBe(TOTAL);
    expect(rows.filter((r) => r.status !== "PROCESSED")).toEqual([]);
    const inbound = await prisma.message.findMany({
      where: { kind: "INBOUND", inboundMail: { mailboxId: mailbox.id } },
      select: { emailMessageId: true, ticketId: true },
    });
    expect(inbound).toHaveLength(TOTAL);
    // One ticket per Message-ID, and no ticket without its message.
    const ticketsById = new Map<string, Set<string>>();
    for (const m of inbound) ticketsById.set(m.emailMessageId ?? "", (ticketsById.get(m.emailMessageId ?? "") ?? new Set()).add(m.ticketId));
    expect(ticketsById.size).toBe(TOTAL);
    expect([...ticketsById.values()].every((t) => t.size === 1)).toBe(true);
    expect(await prisma.ticket.count({ where: { workspaceId: ws.id } })).toBe(TOTAL);
    expect(await prisma.message.count({ where: { ticket: { workspaceId: ws.id }, kind: "INBOUND" } })).toBe(TOTAL);
    await last.stop("SIGTERM");
  });
});
