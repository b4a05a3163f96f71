// The worker's half of mail in: takes QUEUED raw messages one by one (FOR UPDATE SKIP LOCKED, so
// any number of workers share the queue and none takes a message another is working on), parses
// each, decides which ticket it belongs to, and writes the message and the InboundMail's new
// status in ONE transaction: a crash anywhere leaves the mail QUEUED for the next pass, and a
// message is never written twice. A message that fails in an unexpected way is counted and left
// for a later pass; after MAX_ATTEMPTS it is set UNPARSED with the reason, so one bad message
// never stops the queue and nothing is dropped.
import { systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { Db, DbTx, Prisma, ThreadedBy } from "@/server/db";
import type { Logger } from "@/server/logger";
import { readBlob } from "@/server/storage/blob-store";
import { createTicket } from "@/server/tickets/create-ticket";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { classifyAutomatic } from "./auto-mail";
import { cidResolver, planAttachments, skippedAttachmentsNote, storeAttachments } from "./mail-attachments";
import { sanitizeMailHtml } from "./mail-html";
import { detectLocale } from "./detect-language";
import { suspensionReason } from "./suspension";
import type { Locale } from "@/i18n/locales";
import { queueAutoAcknowledgement } from "./queue-auto-acknowledgement";
import { addDeliveryFailedNote } from "./delivery-failed-note";
import { MailParseError, parseMail, type ParsedMail } from "./parse-mail";
import { replyTokenSecret } from "./reply-secret";
import { findReplyTokens, verifyReplyToken } from "./reply-token";
import { subjectTicketNumber } from "./subject-number";
import { openUnparsedMailTicket } from "./unparsed-mail-ticket";

export const MAX_ATTEMPTS = 5;
const MAX_SUBJECT = 300;
const MAX_TEXT = 100_000;

type Claimed = { id: string; workspaceId: string; mailboxId: string; rawBlobId: string; attempts: number; releasedAt: Date | null; authResults: unknown };

export type ProcessResult = { processed: number; unparsed: number; ignored: number; suspended: number; failed: number };

type Outcome = "processed" | "unparsed" | "ignored" | "suspended";

/**
 * Works the queue until it is empty (or `limit` messages were taken); returns what happened.
 * `workspaceId` keeps to one workspace's mail (`mail:import` waits for its own messages).
 */
export async function processQueuedInboundMail(
  db: Db,
  log: Logger,
  opts: { limit?: number; workspaceId?: string; signal?: AbortSignal } = {},
): Promise<ProcessResult> {
  const result: ProcessResult = { processed: 0, unparsed: 0, ignored: 0, suspended: 0, failed: 0 };
  const secret = replyTokenSecret();
  // Messages that failed in this pass are not taken again in it.
  const failedNow: string[] = [];
  for (let taken = 0; taken < (opts.limit ?? Infinity) && !opts.signal?.aborted; taken++) {
    let claimedId: string | undefined;
    try {
      const outcome = await db.$transaction(
        async (tx) => {
          const claimed = await claimNext(tx, failedNow, opts.workspaceId ?? null);
          if (!claimed) return null;
          claimedId = claimed.id;
          return processOne(tx, log.child({ inboundMailId: claimed.id, mailboxId: claimed.mailboxId }), claimed, secret);
        },
        { timeout: 120_000, maxWait: 30_000 },
      );
      if (outcome === null) break;
      result[outcome]++;
    } catch (err) {
      if (!claimedId) throw err;
      failedNow.push(claimedId);
      result.failed++;
      await recordFailure(db, log, claimedId, err);
    }
  }
  return result;
}

async function claimNext(tx: DbTx, skip: string[], workspaceId: string | null): Promise<Claimed | null> {
  const rows = await tx.$queryRaw<Claimed[]>`
    SELECT "id", "workspaceId", "mailboxId", "rawBlobId", "attempts", "releasedAt", "authResults" FROM "InboundMail"
     WHERE "status" = 'QUEUED' AND "attempts" < ${MAX_ATTEMPTS} AND NOT ("id" = ANY(${skip}::uuid[]))
       AND (${workspaceId}::uuid IS NULL OR "workspaceId" = ${workspaceId}::uuid)
     ORDER BY "receivedAt", "id"
     LIMIT 1
     FOR UPDATE SKIP LOCKED`;
  return rows[0] ?? null;
}

async function recordFailure(db: Db, log: Logger, id: string, err: unknown): Promise<void> {
  const message = err instanceof Error ? err.message : String(err);
  const row = await db.inboundMail.update({ where: { id }, data: { attempts: { increment: 1 } }, select: { attempts: true } });
  if (row.attempts >= MAX_ATTEMPTS) {
    const reason = `processing failed ${row.attempts} times: ${message}`.slice(0, 1000);
    let ticketId: string | null = null;
    try {
      // Its own transaction: the failed one is gone. Nothing is dropped: agents get a ticket.
      ticketId = await db.$transaction(async (tx) => {
        const mail = await tx.inboundMail.findUniqueOrThrow({ where: { id }, select: { id: true, workspaceId: true, mailboxId: true, rawBlobId: true } });
        return openUnparsedMailTicket(tx, log.child({ inboundMailId: id }), mail, await readBlob(tx, mail.workspaceId, mail.rawBlobId), reason);
      });
    } catch (err) {
      log.error({ inboundMailId: id, err: err instanceof Error ? err.message.split("\n")[0] : String(err) }, "could not open the ticket of an unprocessable mail");
    }
    await db.inboundMail.update({
      where: { id },
      data: { status: "UNPARSED", reason, processedAt: new Date(), ...(ticketId ? { ticketId, threadedBy: "NEW" as const } : {}) },
    });
    log.error({ inboundMailId: id, attempts: row.attempts, err: message }, "inbound mail could not be processed; kept as unparsed with a ticket");
  } else {
    log.warn({ inboundMailId: id, attempts: row.attempts, err: message }, "inbound mail processing failed; will retry");
  }
}

async function finish(
  tx: DbTx,
  id: string,
  data: { status: "PROCESSED" | "UNPARSED" | "IGNORED" | "SUSPENDED"; reason?: string; ticketId?: string; threadedBy?: ThreadedBy; summary?: Prisma.InputJsonValue },
) {
  await tx.inboundMail.update({ where: { id }, data: { ...data, reason: data.reason?.slice(0, 1000) ?? null, processedAt: new Date() } });
}

async function processOne(tx: DbTx, log: Logger, claimed: Claimed, secret: string): Promise<Outcome> {
  const raw = await readBlob(tx, claimed.workspaceId, claimed.rawBlobId);
  let mail: ParsedMail;
  try {
    mail = await parseMail(raw);
  } catch (err) {
    if (!(err instanceof MailParseError)) throw err;
    const reason = `the message could not be parsed (${err.reason}): ${err.message}`;
    const ticketId = await openUnparsedMailTicket(tx, log, claimed, raw, reason);
    await finish(tx, claimed.id, { status: "UNPARSED", reason, ticketId, threadedBy: "NEW" });
    log.warn({ reason: err.reason }, "inbound mail unparsed; kept with its raw bytes");
    return "unparsed";
  }

  const sender = mail.from ?? mail.replyTo[0] ?? null;
  if (!sender?.address) {
    const reason = "the message has no sender address (From or Reply-To)";
    const ticketId = await openUnparsedMailTicket(tx, log, claimed, raw, reason);
    await finish(tx, claimed.id, { status: "UNPARSED", reason, ticketId, threadedBy: "NEW" });
    return "unparsed";
  }
  const own = await tx.mailbox.findFirst({ where: { workspaceId: claimed.workspaceId, address: sender.address }, select: { id: true } });
  if (own) {
    await finish(tx, claimed.id, { status: "IGNORED", reason: `mail from our own address ${sender.address}` });
    log.info("inbound mail from one of our own addresses ignored");
    return "ignored";
  }
  const auto = classifyAutomatic(mail);
  if (auto.bounce) {
    const bounced = auto.bouncedMessageId
      ? await tx.message.findFirst({
          where: { workspaceId: claimed.workspaceId, emailMessageId: auto.bouncedMessageId, delivery: { isNot: null } },
          select: { id: true, ticketId: true },
        })
      : null;
    if (bounced) {
      const lastError = (auto.bounceDiagnostic ?? auto.reason ?? "bounced").slice(0, 1000);
      await tx.messageDelivery.update({ where: { messageId: bounced.id }, data: { status: "FAILED", lastError } });
      // As for a delivery the sender gave up on: agents read why in a note, and may Retry.
      const ctx = systemCtx(tx, await workspaceRef(tx, claimed.workspaceId), log, "inbound-mail");
      await addDeliveryFailedNote(ctx, { messageId: bounced.id, reason: lastError });
    }
    await finish(tx, claimed.id, {
      status: "IGNORED",
      reason: bounced ? `bounce of our message ${auto.bouncedMessageId}; its delivery is marked failed` : `bounce of a message we do not know (${auto.bouncedMessageId ?? "no Message-ID"})`,
      ...(bounced ? { ticketId: bounced.ticketId } : {}),
    });
    log.info({ matched: Boolean(bounced) }, "bounce received");
    return "ignored";
  }

  // Blocked senders and likely forgeries wait in Suspended for an agent (suspension.ts); mail an
  // agent recovered from there comes back with releasedAt set and goes on.
  if (!claimed.releasedAt) {
    const { blockedSenders } = await tx.workspace.findUniqueOrThrow({ where: { id: claimed.workspaceId }, select: { blockedSenders: true } });
    const reason = suspensionReason({ blockedSenders, sender: sender.address, authResults: claimed.authResults });
    if (reason) {
      const summary = { from: { name: sender.name || null, address: sender.address }, subject: mail.subject.slice(0, MAX_SUBJECT), date: mail.date?.toISOString() ?? null };
      await finish(tx, claimed.id, { status: "SUSPENDED", reason, summary });
      log.info({ reason }, "inbound mail suspended");
      return "suspended";
    }
  }

  const ctx = systemCtx(tx, await workspaceRef(tx, claimed.workspaceId), log, "inbound-mail");
  const thread = await findThread(tx, claimed.workspaceId, mail, sender.address, secret);
  // Attachments get their ids first, so the HTML's cid: images point at their stored copies.
  const attachments = planAttachments(mail.attachments);
  const skippedNote = skippedAttachmentsNote(attachments);
  if (skippedNote) log.warn({ skipped: attachments.skipped.length }, "inbound mail has attachments over the size cap; listed in the message, kept in the raw mail");
  const body = (mail.text.trim() || mail.subject.trim() || "(empty message)").slice(0, MAX_TEXT - 2_000);
  const text = skippedNote ? `${body}\n\n${skippedNote}`.slice(0, MAX_TEXT) : body;
  const html = mail.html ? sanitizeMailHtml(mail.html, { cidUrl: cidResolver(attachments) }).html.slice(0, 1_000_000) : undefined;
  const email = {
    messageId: mail.messageId?.slice(0, 998) ?? null,
    inReplyTo: mail.inReplyTo?.slice(0, 998) ?? null,
    references: mail.references.slice(-100).map((r) => r.slice(0, 998)),
    fromName: sender.name ? sender.name.slice(0, 300) : null,
    fromAddress: sender.address,
    cc: mail.cc.map((a) => a.address).filter((a) => a !== sender.address).slice(0, 100),
    inboundMailId: claimed.id,
  };

  if (thread) {
    const recorded = await recordCustomerMessage(ctx, { ticketNumber: thread.number, text, html, channel: "EMAIL", email: { ...email, threadedBy: thread.by } });
    await storeAttachments(tx, claimed.workspaceId, recorded.messageId, attachments);
    await finish(tx, claimed.id, { status: "PROCESSED", ticketId: recorded.ticketId, threadedBy: thread.by });
    log.info({ ticketNumber: recorded.ticketNumber, threadedBy: thread.by, automatic: auto.automatic }, "inbound mail added to a ticket");
    return "processed";
  }
  const created = await createTicket(ctx, {
    subject: (mail.subject.trim() || text.split("\n")[0]!.trim() || "(no subject)").slice(0, MAX_SUBJECT),
    // A new customer's language from their mail (an existing one's is kept): the acknowledgement
    // below is written in it.
    customer: { email: sender.address, ...(sender.name ? { name: sender.name.slice(0, 120) } : {}), ...localeOf(`${mail.subject}\n${text}`) },
    channel: "EMAIL",
    mailboxId: claimed.mailboxId,
    message: { text, html, email: { ...email, threadedBy: "NEW" } },
  });
  await storeAttachments(tx, claimed.workspaceId, created.messageId, attachments);
  // Never answer a machine (RFC 3834): auto-replies, lists, no-reply and daemon senders.
  const acknowledgement = auto.automatic ? "automatic-sender" : await queueAutoAcknowledgement(tx, log, { workspaceId: claimed.workspaceId, mailboxId: claimed.mailboxId, ticketId: created.ticketId });
  await finish(tx, claimed.id, { status: "PROCESSED", ticketId: created.ticketId, threadedBy: "NEW" });
  log.info({ ticketNumber: created.number, automatic: auto.automatic, acknowledgement }, "inbound mail opened a ticket");
  return "processed";
}

async function workspaceRef(tx: DbTx, id: string) {
  return tx.workspace.findUniqueOrThrow({ where: { id }, select: WORKSPACE_REF_SELECT });
}

/**
 * The ticket this mail answers, in order: a Message-ID of the thread in In-Reply-To or
 * References; a reply token of ours (plus-address or our Message-ID form); `[#n]` in the subject,
 * only when the sender is that ticket's customer or one of its Cc; otherwise none (a new ticket).
 */
async function findThread(
  tx: DbTx,
  workspaceId: string,
  mail: ParsedMail,
  sender: string,
  secret: string,
): Promise<{ number: number; by: ThreadedBy } | null> {
  // Newest first: In-Reply-To, then References from the end.
  const refs = [...new Set([mail.inReplyTo, ...[...mail.references].reverse()].filter((r): r is string => Boolean(r)))];
  if (refs.length > 0) {
    const known = await tx.message.findMany({
      where: { workspaceId, emailMessageId: { in: refs } },
      select: { emailMessageId: true, ticket: { select: { number: true } } },
    });
    for (const ref of refs) {
      const hit = known.find((m) => m.emailMessageId === ref);
      if (hit) return { number: hit.ticket.number, by: "REFERENCES" };
    }
  }
  for (const token of findReplyTokens(mail)) {
    const ticketId = verifyReplyToken(secret, workspaceId, token);
    if (!ticketId) continue;
    const ticket = await tx.ticket.findFirst({ where: { id: ticketId, workspaceId }, select: { number: true } });
    if (ticket) return { number: ticket.number, by: "TOKEN" };
  }
  const number = subjectTicketNumber(mail.subject);
  if (number !== null) {
    const ticket = await tx.ticket.findFirst({
      where: { workspaceId, number },
      select: { number: true, ccEmails: true, customer: { select: { email: true } } },
    });
    if (ticket && (ticket.customer.email.toLowerCase() === sender || ticket.ccEmails.some((c) => c.toLowerCase() === sender))) {
      return { number: ticket.number, by: "SUBJECT_NUMBER" };
    }
  }
  return null;
}

function localeOf(text: string): { locale?: Locale } {
  const locale = detectLocale(text);
  return locale ? { locale } : {};
}
