// The first step of every way mail comes in (IMAP, the forwarding listener, raw MIME over HTTP,
// `mail:import`): commit the raw RFC 822 bytes, and nothing else, before anything can go wrong.
// The row is the work item: the worker's processing job parses and threads QUEUED rows, each in
// its own transaction, so a crash at any point leaves the mail QUEUED (never lost) and a message
// is written to a ticket exactly once (the status change commits with it).
import type { Db, DbTx, InboundSource, InboundStatus, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { BLOB_TRANSACTION_TIMEOUT_MS, putBlob } from "@/server/storage/blob-store";
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
  const { mailbox, raw } = input;
  if (raw.byteLength === 0) throw invalidBody("The message is empty.");
  if (raw.byteLength > MAX_RAW_MAIL_BYTES) throw invalidBody(`The message is larger than ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB.`);
  const rawSha256 = sha256Hex(raw);
  return withTransaction(db, async (tx) => {
    // After a UIDVALIDITY change the same message comes back under a new UID (and possibly with
    // a header rewritten by the server): the resync key finds it. Only the mailbox's one fetcher
    // (an advisory lock) writes IMAP rows, so this read-then-insert does not race.
    if (input.imap?.resyncKey) {
      const known = await tx.inboundMail.findFirst({
        where: { mailboxId: mailbox.id, resyncKey: input.imap.resyncKey },
        select: { id: true, status: true },
        orderBy: { receivedAt: "asc" },
      });
      if (known) return { ...known, created: false };
    }
    const blob = await putBlob(tx, mailbox.workspaceId, raw);
    const { count } = await tx.inboundMail.createMany({
      data: [
        {
          workspaceId: mailbox.workspaceId,
          mailboxId: mailbox.id,
          source: input.source,
          rawBlobId: blob.id,
          rawSha256,
          rawSize: raw.byteLength,
          imapUidValidity: input.imap?.uidValidity ?? null,
          imapUid: input.imap?.uid ?? null,
          resyncKey: input.imap?.resyncKey ?? null,
          envelope: input.envelope,
          authResults: input.authResults,
        },
      ],
      skipDuplicates: true,
    });
    const row = await findAccepted(tx, mailbox.id, rawSha256, input.imap);
    // Delivered on commit only: the job never looks for a row it cannot see yet.
    if (count === 1) await tx.$executeRaw`SELECT pg_notify(${INBOUND_MAIL_CHANNEL}, ${row.id})`;
    return { id: row.id, status: row.status, created: count === 1 };
  });
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
  const { mailbox, kept } = input;
  const rawSha256 = sha256Hex(kept);
  return withTransaction(db, async (tx) => {
    const blob = await putBlob(tx, mailbox.workspaceId, kept);
    const { count } = await tx.inboundMail.createMany({
      data: [
        {
          workspaceId: mailbox.workspaceId,
          mailboxId: mailbox.id,
          source: input.source,
          status: "UNPARSED",
          reason: input.reason.slice(0, 1000),
          processedAt: new Date(),
          rawBlobId: blob.id,
          rawSha256,
          rawSize: input.size,
          imapUidValidity: input.imap?.uidValidity ?? null,
          imapUid: input.imap?.uid ?? null,
        },
      ],
      skipDuplicates: true,
    });
    const row = await findAccepted(tx, mailbox.id, rawSha256, input.imap);
    return { id: row.id, status: row.status, created: count === 1 };
  });
}

/**
 * `fn` in a transaction of its own, or in the caller's: the IMAP fetcher commits a whole FETCH
 * group at once, and a message is then committed with the others of its group (or none is).
 */
function withTransaction<T>(db: Db | DbTx, fn: (tx: DbTx) => Promise<T>): Promise<T> {
  // The timeout leaves room for uploading the bytes when blobs go to S3 (see blob-store.ts).
  return "$transaction" in db ? db.$transaction(fn, { timeout: BLOB_TRANSACTION_TIMEOUT_MS }) : fn(db);
}

async function findAccepted(
  tx: DbTx,
  mailboxId: string,
  rawSha256: string,
  imap: AcceptRawMailInput["imap"],
): Promise<{ id: string; status: InboundStatus }> {
  const select = { id: true, status: true } as const;
  const bySha = await tx.inboundMail.findUnique({ where: { mailboxId_rawSha256: { mailboxId, rawSha256 } }, select });
  if (bySha) return bySha;
  // Other bytes under a (UIDVALIDITY, UID) already taken: the server's key names the message.
  if (imap) {
    return tx.inboundMail.findUniqueOrThrow({
      where: { mailboxId_imapUidValidity_imapUid: { mailboxId, imapUidValidity: imap.uidValidity, imapUid: imap.uid } },
      select,
    });
  }
  throw new Error(`inbound mail of mailbox ${mailboxId} with sha256 ${rawSha256} is neither new nor stored`);
}
