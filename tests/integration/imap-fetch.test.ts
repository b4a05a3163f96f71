// The IMAP fetcher against a real Dovecot started by the test (tests/helpers/dovecot.ts): what it
// imports, that a message is marked seen or moved only after its bytes are committed, a
// UIDVALIDITY change without doubles, one fetcher per mailbox, and the mailbox's status.
import { randomBytes } from "node:crypto";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, db, disconnectDb } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { MAX_RAW_MAIL_BYTES } from "@/server/mail/accept-raw-mail";
import { MailboxLocks } from "@/server/mail/imap/mailbox-locks";
import { runMailboxFetcher, type FetcherOptions } from "@/server/mail/imap/run-mailbox-fetcher";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { keyring, sealSecret } from "@/server/mail/secret-box";
import { readBlob } from "@/server/storage/blob-store";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { appendMail, dovecotUnavailable, folderFlags, startDovecot, withImap, type Dovecot, type DovecotUser } from "../helpers/dovecot";
import { withClient } from "../helpers/infra";

const log = pino({ level: "silent" });
const users = {
  inbox: { user: "inbox@shop.test", password: "pw-inbox-1" },
  failing: { user: "failing@shop.test", password: "pw-failing-1" },
  move: { user: "move@shop.test", password: "pw-move-1", folders: ["Done"] },
  resync: { user: "resync@shop.test", password: "pw-resync-1", folders: ["Support"] },
  race: { user: "race@shop.test", password: "pw-race-1" },
  twice: { user: "twice@shop.test", password: "pw-twice-1" },
  big: { user: "big@shop.test", password: "pw-big-1" },
  auth: { user: "auth@shop.test", password: "pw-auth-1" },
} satisfies Record<string, DovecotUser>;

let dovecot: Dovecot;
let ws: CreatedWorkspace;
let locks: MailboxLocks;

function mail(subject: string, opts: { id?: string; extra?: string; from?: string } = {}): Buffer {
  const id = opts.id ?? `${randomBytes(8).toString("hex")}@example.com`;
  return Buffer.from(
    `From: ${opts.from ?? "Ana <ana@example.com>"}\r\nTo: support@shop.test\r\nSubject: ${subject}\r\n` +
      `Date: Mon, 30 Nov 2026 10:00:00 +0000\r\nMessage-ID: <${id}>\r\n${opts.extra ?? ""}\r\nWhere is my order?\r\n`,
  );
}

async function makeMailbox(user: DovecotUser, extra: { imapFolder?: string; imapAfterImport?: "MARK_SEEN" | "MOVE"; imapMoveTo?: string; password?: string } = {}) {
  const key = randomBytes(12).toString("hex");
  return db().mailbox.create({
    data: {
      workspaceId: ws.id,
      name: user.user,
      address: `${key}@shop.test`,
      forwardingKey: key,
      imapHost: dovecot.host,
      imapPort: dovecot.port,
      imapSecurity: "NONE",
      imapUsername: user.user,
      imapPasswordEnc: sealSecret(extra.password ?? user.password, await keyring()),
      imapFolder: extra.imapFolder ?? "INBOX",
      imapAfterImport: extra.imapAfterImport ?? "MARK_SEEN",
      imapMoveTo: extra.imapMoveTo ?? null,
    },
    select: { id: true, workspaceId: true },
  });
}

const fetchOnce = (mailbox: { id: string; workspaceId: string }, opts: FetcherOptions = {}, withLocks = locks) =>
  runMailboxFetcher({ db: db(), log, locks: withLocks }, mailbox, opts);

async function stored(mailboxId: string) {
  return db().inboundMail.findMany({ where: { mailboxId }, orderBy: { imapUid: "asc" }, select: { id: true, imapUid: true, imapUidValidity: true, rawSha256: true, status: true, reason: true, rawBlobId: true } });
}

const seen = (flags: Map<number, Set<string>>, uid: number) => flags.get(uid)?.has("\\Seen") ?? false;

beforeAll(async () => {
  // npm test installs dovecot-imapd (scripts/ensure-deps.mjs); without it this fails, saying why.
  const missing = dovecotUnavailable();
  if (missing) throw new Error(missing);
  dovecot = await startDovecot(Object.values(users));
  ws = await makeWorkspace(db());
  locks = new MailboxLocks(databaseUrl(), log);
});

afterAll(async () => {
  await locks?.close();
  await dovecot?.stop();
  await disconnectDb();
});

describe("the IMAP fetcher", () => {
  it("imports new mail by UID (also mail someone already read), marks it seen after the commit, and it becomes tickets", async () => {
    const mailbox = await makeMailbox(users.inbox);
    // Read before Shopdesk was connected: left alone by the first fetch.
    const old = await appendMail(dovecot, users.inbox, "INBOX", mail("Old and read"), ["\\Seen"]);
    const first = await appendMail(dovecot, users.inbox, "INBOX", mail("Parcel never arrived"));
    expect(await fetchOnce(mailbox)).toBe("done");
    let rows = await stored(mailbox.id);
    expect(rows.map((r) => Number(r.imapUid))).toEqual([first]);
    expect(await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { imapLastUid: true, lastFetchAt: true, lastErrorCode: true } })).toMatchObject({
      imapLastUid: BigInt(first),
      lastFetchAt: expect.any(Date),
      lastErrorCode: null,
    });

    // New mail that someone read in their mail client before the next fetch is imported all the same.
    const readElsewhere = await appendMail(dovecot, users.inbox, "INBOX", mail("Wrong size"), ["\\Seen"]);
    const unread = await appendMail(dovecot, users.inbox, "INBOX", mail("Refund please"));
    expect(await fetchOnce(mailbox)).toBe("done");
    rows = await stored(mailbox.id);
    expect(rows.map((r) => Number(r.imapUid))).toEqual([first, readElsewhere, unread]);
    const flags = await folderFlags(dovecot, users.inbox, "INBOX");
    expect([first, readElsewhere, unread].map((u) => seen(flags, u))).toEqual([true, true, true]);
    expect(seen(flags, old)).toBe(true);

    // Fetching again finds nothing new.
    expect(await fetchOnce(mailbox)).toBe("done");
    expect(await stored(mailbox.id)).toHaveLength(3);

    await processQueuedInboundMail(db(), log, { workspaceId: ws.id });
    const tickets = await db().inboundMail.findMany({ where: { mailboxId: mailbox.id }, select: { status: true, message: { select: { ticket: { select: { subject: true, channel: true } } } } } });
    expect(tickets.map((t) => [t.status, t.message?.ticket.subject, t.message?.ticket.channel]).sort()).toEqual([
      ["PROCESSED", "Parcel never arrived", "EMAIL"],
      ["PROCESSED", "Refund please", "EMAIL"],
      ["PROCESSED", "Wrong size", "EMAIL"],
    ]);
  });

  it("a message whose commit fails stays unseen on the server, the fetch stops before it, and the next fetch takes it", async () => {
    const mailbox = await makeMailbox(users.failing);
    await fetchOnce(mailbox); // the (empty) folder's position
    const ok = await appendMail(dovecot, users.failing, "INBOX", mail("Stored fine"));
    const doomed = mail("The database falls over");
    const bad = await appendMail(dovecot, users.failing, "INBOX", doomed);
    const after = await appendMail(dovecot, users.failing, "INBOX", mail("Comes after"));
    // The database refuses exactly that message (as if it went down while committing it). The
    // three are one FETCH group: committing it at once fails, and one by one the first still commits.
    const fn = `fail_${randomBytes(4).toString("hex")}`;
    await withClient(databaseUrl(), async (c) => {
      await c.query(`CREATE FUNCTION ${fn}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
        IF NEW."rawSha256" = '${sha256Hex(doomed)}' THEN RAISE EXCEPTION 'database unavailable'; END IF; RETURN NEW; END $$`);
      await c.query(`CREATE TRIGGER ${fn} BEFORE INSERT ON "InboundMail" FOR EACH ROW EXECUTE FUNCTION ${fn}()`);
    });
    try {
      expect(await fetchOnce(mailbox)).toBe("failed");
      expect((await stored(mailbox.id)).map((r) => Number(r.imapUid))).toEqual([ok]);
      const flags = await folderFlags(dovecot, users.failing, "INBOX");
      expect([ok, bad, after].map((u) => seen(flags, u))).toEqual([true, false, false]);
      // The database's failure is not the mailbox's: its status stays ok, its position before the message.
      expect(await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { imapLastUid: true, lastErrorCode: true, retryAt: true } })).toEqual({
        imapLastUid: BigInt(ok),
        lastErrorCode: null,
        retryAt: null,
      });
    } finally {
      await withClient(databaseUrl(), async (c) => {
        await c.query(`DROP TRIGGER ${fn} ON "InboundMail"`);
        await c.query(`DROP FUNCTION ${fn}()`);
      });
    }
    expect(await fetchOnce(mailbox)).toBe("done");
    expect((await stored(mailbox.id)).map((r) => Number(r.imapUid))).toEqual([ok, bad, after]);
    const flags = await folderFlags(dovecot, users.failing, "INBOX");
    expect([ok, bad, after].map((u) => seen(flags, u))).toEqual([true, true, true]);
  });

  it("the same message twice in the folder is imported once, both marked seen, and a second pass adds nothing", async () => {
    const mailbox = await makeMailbox(users.twice);
    await fetchOnce(mailbox);
    const same = mail("Sent twice");
    const uids = [
      await appendMail(dovecot, users.twice, "INBOX", same),
      await appendMail(dovecot, users.twice, "INBOX", mail("In between")),
      await appendMail(dovecot, users.twice, "INBOX", same),
    ];
    expect(await fetchOnce(mailbox)).toBe("done");
    const rows = await stored(mailbox.id);
    expect(rows.map((r) => Number(r.imapUid))).toEqual(uids.slice(0, 2));
    expect(rows[0]!.rawSha256).toBe(sha256Hex(same));
    const flags = await folderFlags(dovecot, users.twice, "INBOX");
    expect(uids.map((u) => seen(flags, u))).toEqual([true, true, true]);
    // As after a crash before the position was saved: the whole group is fetched again.
    await db().mailbox.update({ where: { id: mailbox.id }, data: { imapLastUid: BigInt(uids[0]! - 1) } });
    expect(await fetchOnce(mailbox)).toBe("done");
    expect((await stored(mailbox.id)).map((r) => r.id)).toEqual(rows.map((r) => r.id));
  });

  it("moves imported mail to the mailbox's folder after the commit", async () => {
    const mailbox = await makeMailbox(users.move, { imapAfterImport: "MOVE", imapMoveTo: "Done" });
    await fetchOnce(mailbox);
    await appendMail(dovecot, users.move, "INBOX", mail("Move me"));
    await appendMail(dovecot, users.move, "INBOX", mail("Me too"));
    expect(await fetchOnce(mailbox)).toBe("done");
    expect(await stored(mailbox.id)).toHaveLength(2);
    expect((await folderFlags(dovecot, users.move, "INBOX")).size).toBe(0);
    expect((await folderFlags(dovecot, users.move, "Done")).size).toBe(2);
  });

  it("after a UIDVALIDITY change fetches the folder again without doubling what it already has", async () => {
    const mailbox = await makeMailbox(users.resync, { imapFolder: "Support" });
    // Read long before Shopdesk was connected: never imported, not by the resync either.
    const ancient = mail("Read in 2020", { id: "ancient@example.com" });
    const in2020 = new Date("2020-03-01T10:00:00Z");
    await appendMail(dovecot, users.resync, "Support", ancient, ["\\Seen"], in2020);
    await fetchOnce(mailbox);
    const a = mail("Same bytes again", { id: "same-bytes@example.com" });
    const b = mail("Header rewritten by the server", { id: "rewritten@example.com", extra: "X-Spam-Score: 1\r\n" });
    await appendMail(dovecot, users.resync, "Support", a);
    await appendMail(dovecot, users.resync, "Support", b);
    expect(await fetchOnce(mailbox)).toBe("done");
    const before = await stored(mailbox.id);
    expect(before).toHaveLength(2);

    // The folder is recreated (as after a server migration): new UIDVALIDITY, every UID new. The
    // same message may come back with a header rewritten (same Message-ID, date, sender and size).
    const oldValidity = before[0]!.imapUidValidity!;
    for (let attempt = 0; ; attempt++) {
      await withImap(dovecot, users.resync, async (c) => {
        await c.mailboxDelete("Support");
        await c.mailboxCreate("Support");
      });
      const status = await withImap(dovecot, users.resync, (c) => c.status("Support", { uidValidity: true }));
      if (status && status.uidValidity !== oldValidity) break;
      // Dovecot derives UIDVALIDITY from the clock: recreated within the same second, it repeats.
      if (attempt > 5) throw new Error("the recreated folder kept its UIDVALIDITY");
      await new Promise((r) => setTimeout(r, 1100));
    }
    await appendMail(dovecot, users.resync, "Support", a, ["\\Seen"]);
    await appendMail(dovecot, users.resync, "Support", Buffer.from(b.toString().replace("X-Spam-Score: 1", "X-Spam-Score: 7")), ["\\Seen"]);
    await appendMail(dovecot, users.resync, "Support", ancient, ["\\Seen"], in2020);
    // New since: imported whether someone already read it or not.
    await appendMail(dovecot, users.resync, "Support", mail("Read in a mail client meanwhile"), ["\\Seen"]);
    const c = await appendMail(dovecot, users.resync, "Support", mail("Genuinely new"));
    expect(await fetchOnce(mailbox)).toBe("done");
    const after = await stored(mailbox.id);
    expect(after).toHaveLength(4);
    const subjects = await Promise.all(after.map(async (r) => /Subject: (.*)\r/.exec((await readBlob(db(), ws.id, r.rawBlobId)).toString())?.[1]));
    expect(subjects.sort()).toEqual(["Genuinely new", "Header rewritten by the server", "Read in a mail client meanwhile", "Same bytes again"]);
    expect(after.map((r) => r.id).slice(0, 2).sort()).toEqual(before.map((r) => r.id).sort());
    const box = await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { imapUidValidity: true, imapLastUid: true } });
    expect(box.imapUidValidity).not.toBe(oldValidity);
    expect(box.imapLastUid).toBe(BigInt(c));
    expect(after.find((r) => Number(r.imapUid) === c)?.imapUidValidity).toBe(box.imapUidValidity);
  });

  it("two fetchers on one mailbox (two workers) import each message once; the second skips while the first holds it", async () => {
    const mailbox = await makeMailbox(users.race);
    await fetchOnce(mailbox);
    for (let i = 0; i < 20; i++) await appendMail(dovecot, users.race, "INBOX", mail(`Race ${i}`));
    const otherWorker = new MailboxLocks(databaseUrl(), log, "shopdesk-test-second-worker");
    try {
      const outcomes = await Promise.all([fetchOnce(mailbox, {}, locks), fetchOnce(mailbox, {}, otherWorker), fetchOnce(mailbox, {}, otherWorker)]);
      expect(outcomes).toContain("done");
      expect(await stored(mailbox.id)).toHaveLength(20);
      expect([...(await folderFlags(dovecot, users.race, "INBOX")).values()].every((f) => f.has("\\Seen"))).toBe(true);

      // While one worker's fetcher stays connected (IDLE), the other's is turned away.
      const stop = new AbortController();
      let idle!: () => void;
      const idling = new Promise<void>((r) => (idle = r));
      const holder = fetchOnce(mailbox, { idle: true, signal: stop.signal, recheckMs: 60_000, onIdle: (i) => i && idle() }, locks);
      await idling;
      expect(await fetchOnce(mailbox, {}, otherWorker)).toBe("locked");
      // New mail reaches the idling fetcher without another round.
      await appendMail(dovecot, users.race, "INBOX", mail("Arrives while idling"));
      for (let i = 0; i < 100 && (await stored(mailbox.id)).length < 21; i++) await new Promise((r) => setTimeout(r, 100));
      expect(await stored(mailbox.id)).toHaveLength(21);
      stop.abort();
      expect(await holder).toBe("done");
      // Released on stop: the other worker may take it now.
      expect(await fetchOnce(mailbox, {}, otherWorker)).toBe("done");
    } finally {
      await otherWorker.close();
    }
  });

  it("a message over the size limit is recorded as unparsed with its headers and the reason, and the fetch goes on", async () => {
    const mailbox = await makeMailbox(users.big);
    await fetchOnce(mailbox);
    const bigBody = Buffer.alloc(MAX_RAW_MAIL_BYTES + 1024 * 1024, "A");
    const headers = "From: Ana <ana@example.com>\r\nTo: support@shop.test\r\nSubject: Huge scan\r\nMessage-ID: <huge@example.com>\r\n\r\n";
    const huge = await appendMail(dovecot, users.big, "INBOX", Buffer.concat([Buffer.from(headers), bigBody]));
    const small = await appendMail(dovecot, users.big, "INBOX", mail("Small one after"));
    expect(await fetchOnce(mailbox)).toBe("done");
    const rows = await stored(mailbox.id);
    expect(rows.map((r) => [Number(r.imapUid), r.status])).toEqual([
      [huge, "UNPARSED"],
      [small, "QUEUED"],
    ]);
    expect(rows[0]!.reason).toMatch(/over the 35 MB limit/);
    expect((await readBlob(db(), ws.id, rows[0]!.rawBlobId)).toString()).toContain("Subject: Huge scan");
    // Left unread on the server for a person to deal with; the position moved past it.
    const flags = await folderFlags(dovecot, users.big, "INBOX");
    expect([seen(flags, huge), seen(flags, small)]).toEqual([false, true]);
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { imapLastUid: true } })).imapLastUid).toBe(BigInt(small));
  }, 60_000);

  it("a wrong password is recorded on the mailbox with a retry time, and cleared by the next successful fetch", async () => {
    const mailbox = await makeMailbox(users.auth, { password: "not-the-password" });
    const t0 = Date.now();
    expect(await fetchOnce(mailbox)).toBe("failed");
    const failed = await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { lastErrorCode: true, lastError: true, failureCount: true, retryAt: true } });
    expect(failed).toMatchObject({ lastErrorCode: "auth_failed", failureCount: 1 });
    expect(failed.lastError).not.toContain("not-the-password");
    // About a minute (with jitter), never now.
    expect(failed.retryAt!.getTime()).toBeGreaterThanOrEqual(t0 + 45_000);
    expect(failed.retryAt!.getTime()).toBeLessThanOrEqual(Date.now() + 75_000);
    // Before its retry time a fetcher leaves it alone.
    expect(await fetchOnce(mailbox)).toBe("waiting");

    await db().mailbox.update({ where: { id: mailbox.id }, data: { imapPasswordEnc: sealSecret(users.auth.password, await keyring()), retryAt: new Date() } });
    expect(await fetchOnce(mailbox)).toBe("done");
    expect(await db().mailbox.findUniqueOrThrow({ where: { id: mailbox.id }, select: { lastErrorCode: true, lastError: true, failureCount: true, retryAt: true, lastFetchAt: true } })).toMatchObject({
      lastErrorCode: null,
      lastError: null,
      failureCount: 0,
      retryAt: null,
      lastFetchAt: expect.any(Date),
    });
  });
});
