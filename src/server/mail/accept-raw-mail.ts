// The first step of every way mail comes in (IMAP, the forwarding listener, raw MIME over HTTP,
// `mail:import`): commit the raw RFC 822 bytes, and nothing else, before anything can go wrong.
// The row is the work item: the worker's processing job parses and threads QUEUED rows, each in
// its own transaction, so a crash at any point leaves the mail QUEUED (never lost) and a message
// is written to a ticket exactly once (the status change commits with it).
import { forgetRecentQueryArgs, type Db, type DbTx, type InboundSource, type InboundStatus, type Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { BLOB_TRANSACTION_TIMEOUT_MS, putBlobs } from "@/server/storage/blob-store";
import { sha256Hex } from "@/server/tokens";

/** The largest raw message accepted (what the forwarding listener announces as SIZE, too). */
export const MAX_RAW_MAIL_BYTES = 35 * 1024 * 1024;

/** Channel of the pg_notify that wakes the processing job when mail was committed. */
export const INBOUND_MAIL_CHANNEL = "shopdesk_inbound_mail";

export type AcceptRawMailInput = {
  mailbox: { id: string; workspaceId: string };
  raw: Uint8Array;
  source: InboundSource;
  /**
   * IMAP: the message's (UIDVALIDITY, UID) in its folder, and its resync key (imapResyncKey):
   * a message of the mailbox stored under that key is this one, whatever its UID.
   */
  imap?: { uidValidity: bigint; uid: bigint; resyncKey?: string | null };
  /** The forwarding listener: the SMTP envelope and the SPF/DKIM/DMARC verdict. */
  envelope?: Prisma.InputJsonValue;
  authResults?: Prisma.InputJsonValue;
};

export type AcceptedMail = { id: string; status: InboundStatus; created: boolean };

function invalidBody(message: string): AppError {
  return new AppError("VALIDATION", message, { fields: { body: message } });
}

/**
 * Commits the raw bytes (stored once per workspace) and a QUEUED InboundMail row, and wakes the
 * processing job on commit. The same bytes accepted again for the same mailbox (a client that
 * retried a POST, an IMAP message fetched twice) return the existing row with created=false.
 */
export async function acceptRawMail(db: Db | DbTx, input: AcceptRawMailInput): Promise<AcceptedMail> {
  const { mailbox, source, ...mail } = input;
  const [accepted] = await acceptRawMails(db, { mailbox, source }, [{ kind: "raw", ...mail }]);
  return accepted!;
}

export type RefusedMailInput = {
  mailbox: { id: string; workspaceId: string };
  source: InboundSource;
  /** What is kept of the message (its header block), stored as its raw bytes. */
  kept: Uint8Array;
  /** The message's real size in bytes. */
  size: number;
  reason: string;
  imap?: { uidValidity: bigint; uid: bigint };
};

/**
 * A message acceptRawMail refuses (over MAX_RAW_MAIL_BYTES, or empty) that a server still hands
 * us (IMAP): recorded as UNPARSED with the reason and what could be kept, so it is never skipped
 * silently. Idempotent on (UIDVALIDITY, UID) and on the kept bytes, like acceptRawMail.
 */
export async function acceptRefusedMail(db: Db | DbTx, input: RefusedMailInput): Promise<AcceptedMail> {
  const { mailbox, source, ...mail } = input;
  const [accepted] = await acceptRawMails(db, { mailbox, source }, [{ kind: "refused", ...mail }]);
  return accepted!;
}

/** One message of acceptRawMails: raw mail to accept, or one that is refused (acceptRefusedMail). */
export type MailToAccept =
  | ({ kind: "raw" } & Omit<AcceptRawMailInput, "mailbox" | "source">)
  | ({ kind: "refused" } & Omit<RefusedMailInput, "mailbox" | "source">);

type Found = { id: string; status: InboundStatus };
/** What a message of the batch turned out to be: a row stored before, or the n-th row to insert. */
type Target = { found: Found } | { insert: number };

/**
 * acceptRawMail and acceptRefusedMail for several messages of one mailbox at once (the IMAP
 * fetcher's FETCH group), in one transaction and a handful of statements whatever their number:
 * one SELECT for what is stored already, one INSERT for the blobs, one INSERT for the rows, one
 * pg_notify. Each message ends as it would have alone, one after the other in this order (a
 * message that comes twice in the batch is created once; the second is the first's row).
 * Results are in the order of `mails`. Any failure fails the whole batch: callers that need to
 * know which message the database refuses accept them one by one instead.
 */
export async function acceptRawMails(
  db: Db | DbTx,
  to: { mailbox: { id: string; workspaceId: string }; source: InboundSource },
  mails: MailToAccept[],
): Promise<AcceptedMail[]> {
  const { mailbox, source } = to;
  const rows = mails.map((m) => {
    const imap = m.imap ? { imapUidValidity: m.imap.uidValidity, imapUid: m.imap.uid } : { imapUidValidity: null, imapUid: null };
    if (m.kind === "refused") {
      const bytes = m.kept;
      const data = { status: "UNPARSED" as const, reason: m.reason.slice(0, 1000), processedAt: new Date(), rawSize: m.size, ...imap };
      return { bytes, sha256: sha256Hex(bytes), resyncKey: null, data };
    }
    const bytes = m.raw;
    if (bytes.byteLength === 0) throw invalidBody("The message is empty.");
    if (bytes.byteLength > MAX_RAW_MAIL_BYTES) throw invalidBody(`The message is larger than ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB.`);
    const resyncKey = m.imap?.resyncKey ?? null;
    return { bytes, sha256: sha256Hex(bytes), resyncKey, data: { rawSize: bytes.byteLength, resyncKey, envelope: m.envelope, authResults: m.authResults, ...imap } };
  });
  if (rows.length === 0) return [];
  const uidKey = (v: bigint | null, u: bigint | null) => (v === null || u === null ? null : `${v}:${u}`);

  const accepted = await withTransaction(db, async (tx) => {
    // Everything stored already under one of the batch's keys, oldest first.
    const stored = await tx.inboundMail.findMany({
      where: { mailboxId: mailbox.id, OR: knownKeys(rows) },
      select: { id: true, status: true, rawSha256: true, resyncKey: true, imapUidValidity: true, imapUid: true },
      orderBy: { receivedAt: "asc" },
    });
    const bySha = new Map<string, Target>();
    const byUid = new Map<string, Target>();
    const byResyncKey = new Map<string, Target>();
    for (const r of stored) {
      const found = { found: { id: r.id, status: r.status } };
      bySha.set(r.rawSha256, found);
      const uid = uidKey(r.imapUidValidity, r.imapUid);
      if (uid) byUid.set(uid, found);
      // The oldest message under a resync key is the one it names.
      if (r.resyncKey && !byResyncKey.has(r.resyncKey)) byResyncKey.set(r.resyncKey, found);
    }

    // In order, each message against what is stored and what the batch inserts before it.
    const inserts: typeof rows = [];
    const targets = rows.map((row): Target => {
      // After a UIDVALIDITY change the same message comes back under a new UID (and possibly with
      // a header rewritten by the server): the resync key finds it. Only the mailbox's one fetcher
      // (an advisory lock) writes IMAP rows, so this read-then-insert does not race.
      const resync = row.resyncKey ? byResyncKey.get(row.resyncKey) : undefined;
      if (resync) return resync;
      // The same bytes, or other bytes under a (UIDVALIDITY, UID) already taken: the server's key
      // names the message.
      const uid = uidKey(row.data.imapUidValidity, row.data.imapUid);
      const known = bySha.get(row.sha256) ?? (uid ? byUid.get(uid) : undefined);
      if (known) return known;
      const target = { insert: inserts.push(row) - 1 };
      bySha.set(row.sha256, target);
      if (uid) byUid.set(uid, target);
      if (row.resyncKey) byResyncKey.set(row.resyncKey, target);
      return target;
    });

    const inserted: Array<{ row: Found; created: boolean } | undefined> = [];
    if (inserts.length > 0) {
      // Read back within seconds by the processing job, in the worker that fetched them.
      const blobs = await putBlobs(tx, mailbox.workspaceId, inserts.map((r) => r.bytes), { readSoon: true });
      const created = await tx.inboundMail.createManyAndReturn({
        data: inserts.map((r, i) => ({ workspaceId: mailbox.workspaceId, mailboxId: mailbox.id, source, rawBlobId: blobs[i]!.id, rawSha256: r.sha256, ...r.data })),
        skipDuplicates: true,
        select: { id: true, status: true, rawSha256: true },
      });
      // The batch's rows have distinct sha256s: the one returned for a sha256 is that insert's.
      const createdBySha = new Map(created.map((r) => [r.rawSha256, { id: r.id, status: r.status }]));
      inserts.forEach((r, i) => {
        const row = createdBySha.get(r.sha256);
        if (row) inserted[i] = { row, created: true };
      });
      // Skipped: another transaction stored the same bytes (or took the UID) since the SELECT.
      const raced = inserts.flatMap((r, i) => (inserted[i] ? [] : [{ r, i }]));
      if (raced.length > 0) {
        const found = await tx.inboundMail.findMany({
          where: { mailboxId: mailbox.id, OR: knownKeys(raced.map(({ r }) => ({ ...r, resyncKey: null }))) },
          select: { id: true, status: true, rawSha256: true, imapUidValidity: true, imapUid: true },
        });
        for (const { r, i } of raced) {
          const uid = uidKey(r.data.imapUidValidity, r.data.imapUid);
          const row = found.find((f) => f.rawSha256 === r.sha256) ?? found.find((f) => uid !== null && uidKey(f.imapUidValidity, f.imapUid) === uid);
          if (!row) throw new Error(`inbound mail of mailbox ${mailbox.id} with sha256 ${r.sha256} is neither new nor stored`);
          inserted[i] = { row: { id: row.id, status: row.status }, created: false };
        }
      }
      // Delivered on commit only: the job never looks for a row it cannot see yet.
      const wake = inserted.flatMap((x) => (x?.created && x.row.status === "QUEUED" ? [x.row.id] : []));
      if (wake.length > 0) await tx.$executeRaw`SELECT pg_notify(${INBOUND_MAIL_CHANNEL}, id) FROM unnest(${wake}::text[]) AS id`;
    }

    // A message that came twice in the batch: the second one is not created.
    const claimed = new Set<number>();
    return targets.map((t): AcceptedMail => {
      if ("found" in t) return { ...t.found, created: false };
      const x = inserted[t.insert]!;
      const first = !claimed.has(t.insert);
      claimed.add(t.insert);
      return { ...x.row, created: x.created && first };
    });
  });
  // The raw bytes went through Prisma's query log: dropped now (db.ts).
  forgetRecentQueryArgs();
  return accepted;
}

/** The keys that make a row of the mailbox one of these messages (sha256, resync key, UID). */
function knownKeys(rows: Array<{ sha256: string; resyncKey: string | null; data: { imapUidValidity: bigint | null; imapUid: bigint | null } }>): Prisma.InboundMailWhereInput[] {
  const keys: Prisma.InboundMailWhereInput[] = [{ rawSha256: { in: [...new Set(rows.map((r) => r.sha256))] } }];
  const resyncKeys = [...new Set(rows.flatMap((r) => (r.resyncKey ? [r.resyncKey] : [])))];
  if (resyncKeys.length > 0) keys.push({ resyncKey: { in: resyncKeys } });
  const uids = new Map<bigint, bigint[]>();
  for (const { data } of rows) {
    if (data.imapUidValidity === null || data.imapUid === null) continue;
    uids.set(data.imapUidValidity, [...(uids.get(data.imapUidValidity) ?? []), data.imapUid]);
  }
  for (const [imapUidValidity, list] of uids) keys.push({ imapUidValidity, imapUid: { in: list } });
  return keys;
}

/**
 * `fn` in a transaction of its own, or in the caller's: the IMAP fetcher commits a whole FETCH
 * group at once, and a message is then committed with the others of its group (or none is).
 */
function withTransaction<T>(db: Db | DbTx, fn: (tx: DbTx) => Promise<T>): Promise<T> {
  // The timeout leaves room for uploading the bytes when blobs go to S3 (see blob-store.ts).
  return "$transaction" in db ? db.$transaction(fn, { timeout: BLOB_TRANSACTION_TIMEOUT_MS }) : fn(db);
}
