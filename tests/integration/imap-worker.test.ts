// IMAP through a real worker process (its production bundle, as `npm start` runs it) on a database of
// this file's own and a real Dovecot: the worker's mailbox supervisor fetches every IMAP mailbox,
// mail becomes tickets within seconds, a mailbox with a wrong password shows its error and a retry
// time without holding up the other, a deleted mailbox's fetcher stops, a changed one restarts
// with its new settings, and SIGTERM logs out and releases the locks.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb, type Db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { keyring, sealSecret } from "@/server/mail/secret-box";
import { withClient } from "../helpers/infra";
import { ownMigratedDatabase, type OwnDatabase } from "../helpers/own-database";
import { appendMail, dovecotUnavailable, folderFlags, startDovecot, type Dovecot } from "../helpers/dovecot";
import { startMailboxSupervisor } from "@/worker/mailbox-supervisor";
import { productionWorkerEnv, startWorker, stopAll, workerReady, type TestProcess } from "../helpers/processes";

const good = { user: "good@shop.test", password: "pw-good-1", folders: ["Archive"] };
const bad = { user: "bad@shop.test", password: "pw-bad-1" };

let ownDb: OwnDatabase | undefined;
let url: string;
let prisma: Db;
let dovecot: Dovecot;
const workers: TestProcess[] = [];

const mail = (subject: string) =>
  Buffer.from(`From: Ana <ana@example.com>\r\nTo: ${good.user}\r\nSubject: ${subject}\r\nMessage-ID: <${randomBytes(8).toString("hex")}@example.com>\r\n\r\nHello\r\n`);

async function until<T>(what: string, timeoutMs: number, probe: () => Promise<T | null | undefined | false>): Promise<T> {
  const t0 = Date.now();
  for (;;) {
    const v = await probe();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const ticketSubjects = async (mailboxId: string) =>
  (await prisma.ticket.findMany({ where: { messages: { some: { inboundMail: { mailboxId } } } }, select: { subject: true } })).map((t) => t.subject).sort();

/** Advisory locks held by the worker's mailbox lock connections. */
async function fetcherLocks(): Promise<number> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND a.application_name = 'shopdesk-worker-mailbox-locks' AND a.datname = current_database()`,
    );
    return Number(rows[0]!.n);
  });
}

beforeAll(async () => {
  const missing = dovecotUnavailable();
  if (missing) throw new Error(missing);
  dovecot = await startDovecot([good, bad]);
  ownDb = await ownMigratedDatabase(inject("databaseUrl"), "shopdesk_imap");
  url = ownDb.url;
  prisma = createDb(url, 2);
}, 120_000);

afterAll(async () => {
  await stopAll(workers);
  await prisma?.$disconnect();
  await dovecot?.stop();
  await ownDb?.drop();
}, 120_000);

describe("the worker fetches IMAP mailboxes", () => {
  it("mail becomes tickets; a failing mailbox shows its error and retry time and holds up nothing; deleted or changed mailboxes stop or restart; SIGTERM releases all", { timeout: 150_000 }, async () => {
    const ws = await makeWorkspace(prisma);
    const ring = await keyring();
    const mailbox = (name: string, user: string, password: string) =>
      prisma.mailbox.create({
        data: {
          workspaceId: ws.id,
          name,
          address: user,
          forwardingKey: randomBytes(12).toString("hex"),
          imapHost: dovecot.host,
          imapPort: dovecot.port,
          imapSecurity: "NONE",
          imapUsername: user,
          imapPasswordEnc: sealSecret(password, ring),
        },
        select: { id: true },
      });
    // The wrong password first: the supervisor reaches it first (never fetched, created first).
    const failing = await mailbox("Broken", bad.user, "wrong-password");
    const working = await mailbox("Support", good.user, good.password);
    await appendMail(dovecot, good, "INBOX", mail("Waiting before the worker started"));

    const worker = startWorker("imap-worker", { ...productionWorkerEnv(url, "info"), IMAP_POLL_INTERVAL_SECONDS: "1" });
    workers.push(worker);
    await workerReady(worker, 90_000);

    expect(await until("first ticket", 30_000, async () => (await ticketSubjects(working.id)).length === 1 && ticketSubjects(working.id))).toEqual([
      "Waiting before the worker started",
    ]);
    const broken = await until("failure recorded", 30_000, () =>
      prisma.mailbox.findFirst({ where: { id: failing.id, lastErrorCode: { not: null } }, select: { lastErrorCode: true, retryAt: true, failureCount: true } }),
    );
    expect(broken.lastErrorCode).toBe("auth_failed");
    expect(broken.retryAt!.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect((await prisma.mailbox.findUniqueOrThrow({ where: { id: working.id }, select: { lastErrorCode: true } })).lastErrorCode).toBeNull();

    // The fetcher idles on the folder: new mail is a ticket within seconds, and seen on the server.
    const uid = await appendMail(dovecot, good, "INBOX", mail("Sent while the worker runs"));
    expect(await until("second ticket", 20_000, async () => (await ticketSubjects(working.id)).length === 2 && ticketSubjects(working.id))).toEqual([
      "Sent while the worker runs",
      "Waiting before the worker started",
    ]);
    expect((await folderFlags(dovecot, good, "INBOX")).get(uid)?.has("\\Seen")).toBe(true);
    // Backed off: the broken mailbox was tried once, not once a second.
    expect((await prisma.mailbox.findUniqueOrThrow({ where: { id: failing.id }, select: { failureCount: true } })).failureCount).toBe(1);

    // A deleted mailbox's fetcher stops and lets go of its lock.
    expect(await fetcherLocks()).toBe(1);
    await prisma.mailbox.delete({ where: { id: working.id } });
    await until("lock released after delete", 20_000, async () => (await fetcherLocks()) === 0);

    // Changed settings restart the fetcher with them: mail in the newly chosen folder is fetched.
    const again = await mailbox("Support again", good.user, good.password);
    await until("fetcher of the new mailbox", 20_000, async () => (await fetcherLocks()) === 1);
    // As the settings use case does when the folder changes: a new folder, no position yet.
    await prisma.mailbox.update({ where: { id: again.id }, data: { imapFolder: "Archive", imapUidValidity: null, imapLastUid: null } });
    await appendMail(dovecot, good, "Archive", mail("Filed under Archive"));
    expect(await until("ticket from the new folder", 20_000, async () => (await ticketSubjects(again.id)).length === 1 && ticketSubjects(again.id))).toEqual([
      "Filed under Archive",
    ]);

    // SIGTERM: a clean exit, nothing left holding a lock.
    expect(await worker.stop("SIGTERM")).toEqual({ code: 0, signal: null });
    expect(await fetcherLocks()).toBe(0);
    expect(worker.lines.join("\n")).not.toContain(good.password);
  });

  it("with more mailboxes than fetcher slots, idle fetchers make way so every mailbox is fetched in turn, but not for a mailbox another worker holds", { timeout: 60_000 }, async () => {
    await prisma.mailbox.deleteMany({});
    const ws = await makeWorkspace(prisma);
    const ring = await keyring();
    const boxes: { id: string }[] = [];
    for (const folder of ["INBOX", "Archive"]) {
      boxes.push(
        await prisma.mailbox.create({
          data: {
            workspaceId: ws.id,
            name: folder,
            address: `${folder.toLowerCase()}@shop.test`,
            forwardingKey: randomBytes(12).toString("hex"),
            imapHost: dovecot.host,
            imapPort: dovecot.port,
            imapSecurity: "NONE",
            imapUsername: good.user,
            imapPasswordEnc: sealSecret(good.password, ring),
            imapFolder: folder,
          },
          select: { id: true },
        }),
      );
    }
    const supervisor = startMailboxSupervisor(prisma, url, pino({ level: "silent" }), { intervalMs: 300, maxFetchers: 1 });
    try {
      // Both positions set (first passes done), then new mail in both folders.
      await until("both mailboxes fetched once", 20_000, async () => (await prisma.mailbox.count({ where: { id: { in: boxes.map((b) => b.id) }, imapLastUid: { not: null } } })) === 2);
      await appendMail(dovecot, good, "INBOX", mail("For the inbox"));
      await appendMail(dovecot, good, "Archive", mail("For the archive"));
      for (const b of boxes) await until(`mail of ${b.id}`, 20_000, async () => (await prisma.inboundMail.count({ where: { mailboxId: b.id } })) === 1);
      // Never more than one at a time.
      expect(await fetcherLocks()).toBeLessThanOrEqual(1);
    } finally {
      await supervisor.stop();
    }
    expect(await fetcherLocks()).toBe(0);

    // Two workers with one slot each: each keeps one mailbox, and neither pushes its own idle
    // fetcher out for the mailbox the other holds (the locks never drop while they run).
    const workersHere = [1, 2].map(() => startMailboxSupervisor(prisma, url, pino({ level: "silent" }), { intervalMs: 300, maxFetchers: 1 }));
    try {
      await until("both mailboxes held", 20_000, async () => (await fetcherLocks()) === 2);
      // A few rounds for each to find out which mailbox the other holds.
      await new Promise((r) => setTimeout(r, 2_000));
      const samples: number[] = [];
      for (let i = 0; i < 20; i++) {
        samples.push(await fetcherLocks());
        await new Promise((r) => setTimeout(r, 100));
      }
      expect(Math.min(...samples)).toBe(2);
    } finally {
      await Promise.all(workersHere.map((w) => w.stop()));
    }
    expect(await fetcherLocks()).toBe(0);
  });
});
