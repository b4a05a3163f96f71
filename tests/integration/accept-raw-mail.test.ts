// The first step of every way mail comes in: the raw bytes are committed as a QUEUED InboundMail
// before anything else happens, once per mailbox however often they arrive, and the processing
// job is woken on commit.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { databaseUrl, db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { acceptRawMail, acceptRawMails, acceptRefusedMail, INBOUND_MAIL_CHANNEL, MAX_RAW_MAIL_BYTES, type MailToAccept } from "@/server/mail/accept-raw-mail";
import { BLOB_STREAM_CHUNK_BYTES, readBlob } from "@/server/storage/blob-store";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;

async function makeMailbox(workspaceId: string) {
  const key = randomBytes(12).toString("hex");
  return db().mailbox.create({
    data: { workspaceId, name: "Support", address: `support-${key}@shop.example`, forwardingKey: key },
    select: { id: true, workspaceId: true },
  });
}

const mail = (subject: string) =>
  Buffer.from(
    `From: Ana <ana@example.com>\r\nTo: support@shop.example\r\nSubject: ${subject}\r\n` +
      `Message-ID: <${randomBytes(6).toString("hex")}@example.com>\r\n\r\nWhere is my order?\r\n`,
  );

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
});

describe("acceptRawMail", () => {
  it("commits the raw bytes as a QUEUED message of the mailbox, readable back byte for byte", async () => {
    const mailbox = await makeMailbox(ws.id);
    const raw = mail("Order 1001");
    const accepted = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
    expect(accepted).toMatchObject({ status: "QUEUED", created: true });
    const row = await db().inboundMail.findUniqueOrThrow({ where: { id: accepted.id } });
    expect(row).toMatchObject({ workspaceId: ws.id, mailboxId: mailbox.id, source: "HTTP", rawSize: raw.byteLength });
    expect((await readBlob(db(), ws.id, row.rawBlobId)).equals(raw)).toBe(true);
    // Another workspace cannot read it by id.
    await expect(readBlob(db(), other.id, row.rawBlobId)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("reads back a message larger than one read of the blob store byte for byte (assembled from several)", async () => {
    const mailbox = await makeMailbox(ws.id);
    const raw = Buffer.concat([mail("Scans"), randomBytes(Math.round(BLOB_STREAM_CHUNK_BYTES * 2.5)).toString("base64url").match(/.{1,76}/g)!.map((l) => Buffer.from(`${l}\r\n`))].flat());
    const accepted = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
    const row = await db().inboundMail.findUniqueOrThrow({ where: { id: accepted.id } });
    expect((await readBlob(db(), ws.id, row.rawBlobId)).equals(raw)).toBe(true);
  });

  it("the same bytes again, even twenty at once, are the same message, not new ones", async () => {
    const mailbox = await makeMailbox(ws.id);
    const raw = mail("Refund please");
    const results = await Promise.all(Array.from({ length: 20 }, () => acceptRawMail(db(), { mailbox, raw, source: "HTTP" })));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(1);
  });

  it("stores identical bytes once per workspace, even for two mailboxes, and apart from other workspaces", async () => {
    const [a, b, c] = [await makeMailbox(ws.id), await makeMailbox(ws.id), await makeMailbox(other.id)];
    const raw = mail("Same bytes everywhere");
    const ids = [];
    for (const mailbox of [a, b, c]) ids.push((await acceptRawMail(db(), { mailbox, raw, source: "IMPORT" })).id);
    const rows = await db().inboundMail.findMany({ where: { id: { in: ids } }, select: { rawBlobId: true, workspaceId: true } });
    expect(rows).toHaveLength(3);
    const blobOf = (workspaceId: string) => new Set(rows.filter((r) => r.workspaceId === workspaceId).map((r) => r.rawBlobId));
    expect(blobOf(ws.id).size).toBe(1);
    expect(blobOf(other.id).size).toBe(1);
    expect([...blobOf(ws.id)][0]).not.toBe([...blobOf(other.id)][0]);
  });

  it("an IMAP message fetched again under its (UIDVALIDITY, UID) is the stored one", async () => {
    const mailbox = await makeMailbox(ws.id);
    const first = await acceptRawMail(db(), { mailbox, raw: mail("Exchange"), source: "IMAP", imap: { uidValidity: 7n, uid: 42n } });
    const again = await acceptRawMail(db(), { mailbox, raw: mail("Exchange"), source: "IMAP", imap: { uidValidity: 7n, uid: 42n } });
    expect(again).toEqual({ id: first.id, status: "QUEUED", created: false });
  });

  it("after a UIDVALIDITY change, a message with the same resync key is the stored one, even with other bytes", async () => {
    const mailbox = await makeMailbox(ws.id);
    const first = await acceptRawMail(db(), { mailbox, raw: mail("Resync"), source: "IMAP", imap: { uidValidity: 7n, uid: 3n, resyncKey: "k".repeat(64) } });
    const again = await acceptRawMail(db(), { mailbox, raw: mail("Resync, rewritten"), source: "IMAP", imap: { uidValidity: 8n, uid: 1n, resyncKey: "k".repeat(64) } });
    expect(again).toEqual({ id: first.id, status: "QUEUED", created: false });
    // Without a key (no Message-ID), other bytes are another message.
    const other = await acceptRawMail(db(), { mailbox, raw: mail("No key"), source: "IMAP", imap: { uidValidity: 8n, uid: 2n, resyncKey: null } });
    expect(other.created).toBe(true);
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(2);
  });

  it("records a message the server hands over but that cannot be accepted as unparsed, with the reason, once", async () => {
    const mailbox = await makeMailbox(ws.id);
    const headers = Buffer.from("From: ana@example.com\r\nSubject: Huge\r\n\r\n");
    const input = { mailbox, source: "IMAP" as const, kept: headers, size: MAX_RAW_MAIL_BYTES + 1, reason: "too large", imap: { uidValidity: 7n, uid: 9n } };
    const refused = await acceptRefusedMail(db(), input);
    expect(refused).toMatchObject({ status: "UNPARSED", created: true });
    expect(await acceptRefusedMail(db(), input)).toEqual({ ...refused, created: false });
    const row = await db().inboundMail.findUniqueOrThrow({ where: { id: refused.id } });
    expect(row).toMatchObject({ status: "UNPARSED", reason: "too large", rawSize: MAX_RAW_MAIL_BYTES + 1, processedAt: expect.any(Date) });
    expect((await readBlob(db(), ws.id, row.rawBlobId)).equals(headers)).toBe(true);
  });

  it("refuses an empty message and one over the size limit with a field message, storing nothing", async () => {
    const mailbox = await makeMailbox(ws.id);
    await expect(acceptRawMail(db(), { mailbox, raw: Buffer.alloc(0), source: "HTTP" })).rejects.toMatchObject({
      code: "VALIDATION",
      fields: { body: expect.any(String) },
    });
    await expect(acceptRawMail(db(), { mailbox, raw: Buffer.alloc(MAX_RAW_MAIL_BYTES + 1, 0x61), source: "HTTP" })).rejects.toMatchObject({
      code: "VALIDATION",
    });
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(0);
  });

  it("wakes the processing job on commit, once per new message", async () => {
    const mailbox = await makeMailbox(ws.id);
    await listen(async (heard) => {
      const raw = mail("Wake up");
      const first = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
      await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
      await expect.poll(() => heard).toContain(first.id);
      // The repeat woke nobody.
      await new Promise((r) => setTimeout(r, 200));
      expect(heard.filter((id) => id === first.id)).toHaveLength(1);
    });
  });
});

async function listen(fn: (heard: string[]) => Promise<void>): Promise<void> {
  const listener = new pg.Client({ connectionString: databaseUrl() });
  await listener.connect();
  const heard: string[] = [];
  listener.on("notification", (n) => {
    if (n.channel === INBOUND_MAIL_CHANNEL && n.payload) heard.push(n.payload);
  });
  await listener.query(`LISTEN ${INBOUND_MAIL_CHANNEL}`);
  try {
    await fn(heard);
  } finally {
    await listener.end();
  }
}

describe("acceptRawMails (the IMAP fetcher's FETCH group at once)", () => {
  const imap = (uid: bigint, resyncKey: string | null = null, uidValidity = 7n) => ({ uidValidity, uid, resyncKey });

  it("commits each message once: the same bytes twice in a group are one row, and the same group again creates nothing", async () => {
    const mailbox = await makeMailbox(ws.id);
    const [a, b] = [mail("Order 1"), mail("Order 2")];
    const group: MailToAccept[] = [
      { kind: "raw", raw: a, imap: imap(1n, "a".repeat(64)) },
      { kind: "raw", raw: b, imap: imap(2n, "b".repeat(64)) },
      // The same message twice in the folder (a client that appended it twice).
      { kind: "raw", raw: a, imap: imap(3n, "a".repeat(64)) },
    ];
    await listen(async (heard) => {
      const first = await acceptRawMails(db(), { mailbox, source: "IMAP" }, group);
      expect(first.map((r) => r.created)).toEqual([true, true, false]);
      expect(first[2]!.id).toBe(first[0]!.id);
      expect(first.every((r) => r.status === "QUEUED")).toBe(true);

      const again = await acceptRawMails(db(), { mailbox, source: "IMAP" }, group);
      expect(again).toEqual(first.map((r) => ({ ...r, created: false })));

      const rows = await db().inboundMail.findMany({ where: { mailboxId: mailbox.id }, orderBy: { imapUid: "asc" }, select: { id: true, imapUid: true, rawBlobId: true } });
      expect(rows.map((r) => [r.id, r.imapUid])).toEqual([
        [first[0]!.id, 1n],
        [first[1]!.id, 2n],
      ]);
      expect((await readBlob(db(), ws.id, rows[0]!.rawBlobId)).equals(a)).toBe(true);
      expect((await readBlob(db(), ws.id, rows[1]!.rawBlobId)).equals(b)).toBe(true);
      // Woken once per created message, not per message of the group (test files running
      // alongside on the same database wake other messages on the channel: not counted).
      const ours = () => heard.filter((id) => id === first[0]!.id || id === first[1]!.id).sort();
      await expect.poll(ours).toEqual([first[0]!.id, first[1]!.id].sort());
      await new Promise((r) => setTimeout(r, 200));
      expect(ours()).toHaveLength(2);
    });
  });

  it("ends each message as it would end alone, in order: resync key, a UID already taken, refused, new", async () => {
    const mailbox = await makeMailbox(ws.id);
    const stored = await acceptRawMail(db(), { mailbox, raw: mail("Stored before the resync"), source: "IMAP", imap: imap(3n, "k".repeat(64)) });
    const fresh = mail("New after the resync");
    const results = await acceptRawMails(db(), { mailbox, source: "IMAP" }, [
      // The stored message under a new UIDVALIDITY, a header rewritten: its resync key names it.
      { kind: "raw", raw: mail("Stored before the resync, rewritten"), imap: imap(1n, "k".repeat(64), 8n) },
      { kind: "raw", raw: fresh, imap: imap(2n, "n".repeat(64), 8n) },
      { kind: "refused", kept: Buffer.from("Subject: Huge\r\n\r\n"), size: MAX_RAW_MAIL_BYTES + 1, reason: "too large", imap: imap(3n, null, 8n) },
      // Other bytes under a (UIDVALIDITY, UID) the group already took: that message.
      { kind: "raw", raw: mail("Same UID, other bytes"), imap: imap(2n, null, 8n) },
    ]);
    expect(results[0]).toEqual({ id: stored.id, status: "QUEUED", created: false });
    expect(results[1]).toMatchObject({ status: "QUEUED", created: true });
    expect(results[2]).toMatchObject({ status: "UNPARSED", created: true });
    expect(results[3]).toEqual({ ...results[1], created: false });
    const rows = await db().inboundMail.findMany({ where: { mailboxId: mailbox.id }, select: { id: true, status: true, reason: true, rawSize: true } });
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.id === results[2]!.id)).toMatchObject({ status: "UNPARSED", reason: "too large", rawSize: MAX_RAW_MAIL_BYTES + 1 });
  });

  it("fails as a whole when one message cannot be accepted, storing nothing", async () => {
    const mailbox = await makeMailbox(ws.id);
    await expect(
      acceptRawMails(db(), { mailbox, source: "IMAP" }, [
        { kind: "raw", raw: mail("Fine"), imap: imap(1n) },
        { kind: "raw", raw: Buffer.alloc(0), imap: imap(2n) },
      ]),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(await db().inboundMail.count({ where: { mailboxId: mailbox.id } })).toBe(0);
  });
});
