// The worker's half of mail in: takes QUEUED raw messages in small batches (FOR UPDATE SKIP LOCKED,
// so any number of workers share the queue and none takes a message another is working on), parses
// each, decides which ticket it belongs to, and writes each message together with its InboundMail's
// new status in the batch's one transaction: a crash anywhere leaves the mail QUEUED for the next
// pass, and a message is never written twice. A message that fails in an unexpected way is counted and left
// for a later pass; after MAX_ATTEMPTS it is set UNPARSED with the reason, so one bad message
// never stops the queue and nothing is dropped.
import { systemCtx, WORKSPACE_REF_SELECT, type WorkspaceRef } from "@/server/context";
import { forgetRecentQueryArgs, type Db, type DbTx, type Prisma, type ThreadedBy } from "@/server/db";
import type { Logger } from "@/server/logger";
import { BLOB_TRANSACTION_TIMEOUT_MS, readBlob } from "@/server/storage/blob-store";
import { createTickets, type CreateTicketResult } from "@/server/tickets/create-ticket";
import type { CreateTicketInput } from "@/server/tickets/ticket.schemas";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { storeAttachments, type AttachmentPlan } from "./mail-attachments";
import { suspensionReason } from "./suspension";
import { queueAutoAcknowledgement } from "./queue-auto-acknowledgement";
import { addDeliveryFailedNote } from "./delivery-failed-note";
import type { ParsedMail } from "./parse-mail";
import { prepareMail, type Prepared } from "./prepare-mail";
import { replyTokenSecret } from "./reply-secret";
import { findReplyTokens, findShortReplyTokens, verifyReplyToken, verifyShortReplyToken } from "./reply-token";
import { subjectTicketNumber } from "./subject-number";
import { openUnparsedMailTicket } from "./unparsed-mail-ticket";

export const MAX_ATTEMPTS = 5;
const MAX_SUBJECT = 300;

type Claimed = { id: string; workspaceId: string; mailboxId: string; rawBlobId: string; attempts: number; releasedAt: Date | null; authResults: unknown };

export type ProcessResult = { processed: number; unparsed: number; ignored: number; suspended: number; failed: number };

type Outcome = "processed" | "unparsed" | "ignored" | "suspended";

/** At most this many messages, and about this many raw bytes, are processed in one transaction. */
export const BATCH_MESSAGES = 20;
const BATCH_BYTES = 8 * 1024 * 1024;
/** A batch stops taking its claimed messages after this long (the rest stay QUEUED for the next). */
const BATCH_MS = 2_000;

/**
 * Works the queue until it is empty (or `limit` messages were taken); returns what happened.
 * `workspaceId` keeps to one workspace's mail (`mail:import` waits for its own messages).
 *
 * Messages are claimed and committed in batches (BATCH_MESSAGES, about BATCH_BYTES of raw mail):
 * one transaction and one commit per batch. The whole batch is prepared first (`opts.prepare`: the
 * worker's threads, see prepare-pool.ts), then written. Each message runs inside a SAVEPOINT of its
 * own, so one that fails is rolled back alone and the others of its batch still commit; the new
 * tickets of a batch are opened together at its end (NewTickets), falling back to one savepoint
 * each when that fails. A failure is counted after the commit (recordFailure), once the batch no
 * longer holds its row. bench:ingest measures what each of these saved (README).
 */
export async function processQueuedInboundMail(
  db: Db,
  log: Logger,
  opts: { limit?: number; workspaceId?: string; signal?: AbortSignal; prepare?: (raw: Buffer) => Promise<Prepared> } = {},
): Promise<ProcessResult> {
  const prepare = opts.prepare ?? prepareMail;
  const result: ProcessResult = { processed: 0, unparsed: 0, ignored: 0, suspended: 0, failed: 0 };
  const secret = replyTokenSecret();
  // Messages that failed in this pass are not taken again in it.
  const failedNow: string[] = [];
  let taken = 0;
  while (taken < (opts.limit ?? Infinity) && !opts.signal?.aborted) {
    const failures: Array<{ id: string; err: unknown }> = [];
    const batch = await db.$transaction(
      async (tx) => {
        const claimed = await claimBatch(tx, failedNow, opts.workspaceId ?? null, Math.min(BATCH_MESSAGES, (opts.limit ?? Infinity) - taken));
        // First the CPU work of the whole batch (parsing, sanitizing, language), then its writes: the
        // writes lock rows other writers wait on (a new ticket's number locks the workspace row until
        // the commit), so they come last and close together.
        // All of the batch is prepared at once: on the worker's prepare threads (opts.prepare), or
        // here, interleaved, when there are none.
        const preparing: Array<{ mail: Claimed; prep: Promise<Prepared> }> = [];
        const started = Date.now();
        for (const mail of claimed) {
          // What was not started stays QUEUED (the claim ends with the commit) for the next batch.
          if (opts.signal?.aborted || Date.now() - started > BATCH_MS) break;
          taken++;
          let raw: Buffer;
          try {
            // The reads share the transaction's one connection: one at a time.
            raw = await readBlob(tx, mail.workspaceId, mail.rawBlobId);
          } catch (err) {
            failures.push({ id: mail.id, err });
            continue;
          }
          const prep = prepare(raw);
          // Awaited below; until then a failure must not count as unhandled.
          prep.catch(() => undefined);
          preparing.push({ mail, prep });
        }
        const prepared: Array<{ mail: Claimed; prep: Prepared }> = [];
        for (const { mail, prep } of preparing) {
          try {
            prepared.push({ mail, prep: await prep });
          } catch (err) {
            failures.push({ id: mail.id, err });
          }
        }
        const outcomes: Outcome[] = [];
        const lookups = new BatchLookups(tx);
        const opening = new NewTickets(tx, lookups);
        for (const { mail, prep } of prepared) {
          // A message answering one whose ticket is still to be opened: those open first, so that it
          // threads to it (findThread reads the database).
          if (opening.answeredBy(prep)) await opening.open(outcomes, failures);
          await tx.$executeRawUnsafe("SAVEPOINT inbound_mail");
          try {
            const outcome = await writeMail(tx, log.child({ inboundMailId: mail.id, mailboxId: mail.mailboxId }), mail, prep, secret, lookups, opening);
            if (outcome !== "deferred") outcomes.push(outcome);
            await tx.$executeRawUnsafe("RELEASE SAVEPOINT inbound_mail");
          } catch (err) {
            await tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT inbound_mail");
            lookups.forget();
            failures.push({ id: mail.id, err });
          }
        }
        await opening.open(outcomes, failures);
        return { claimed: claimed.length, outcomes };
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
    // The batch's raw mail and HTML went through Prisma's query log: dropped now (db.ts).
    forgetRecentQueryArgs();
    for (const outcome of batch.outcomes) result[outcome]++;
    for (const { id, err } of failures) {
      failedNow.push(id);
      result.failed++;
      await recordFailure(db, log, id, err);
    }
    if (batch.claimed === 0) break;
  }
  return result;
}

/**
 * The oldest QUEUED messages, up to `max` and about BATCH_BYTES of raw mail (the oldest one alone
 * when it is larger), locked for this transaction. FOR UPDATE SKIP LOCKED: messages another drain
 * holds are skipped, so any number of workers share the queue; when the oldest ones are all held,
 * this finds none and the drain ends, leaving the rest to the drains that hold them (and to the
 * next wake-up).
 */
async function claimBatch(tx: DbTx, skip: string[], workspaceId: string | null, max: number): Promise<Claimed[]> {
  if (max <= 0) return [];
  return tx.$queryRaw<Claimed[]>`
    WITH candidates AS (
      SELECT "id", sum("rawSize") OVER (ORDER BY "receivedAt", "id") - "rawSize" AS "before"
        FROM (SELECT "id", "rawSize", "receivedAt" FROM "InboundMail"
               WHERE "status" = 'QUEUED' AND "attempts" < ${MAX_ATTEMPTS} AND NOT ("id" = ANY(${skip}::uuid[]))
                 AND (${workspaceId}::uuid IS NULL OR "workspaceId" = ${workspaceId}::uuid)
               ORDER BY "receivedAt", "id"
               LIMIT ${max * 4}) AS queued
    )
    SELECT m."id", m."workspaceId", m."mailboxId", m."rawBlobId", m."attempts", m."releasedAt", m."authResults"
      FROM "InboundMail" m JOIN candidates c ON c."id" = m."id"
     WHERE c."before" < ${BATCH_BYTES} AND m."status" = 'QUEUED'
     ORDER BY m."receivedAt", m."id"
     LIMIT ${max}
     FOR UPDATE OF m SKIP LOCKED`;
}

/**
 * What every message of a batch looks up about its workspace (the workspace, its block list, its
 * own mailbox addresses), read once per workspace and batch. A message rolled back to its
 * savepoint drops them, so nothing read inside it outlives it.
 */
class BatchLookups {
  private readonly workspaces = new Map<
    string,
    Promise<{ ref: WorkspaceRef; blockedSenders: string[]; ownAddresses: Set<string>; acknowledging: Set<string> }>
  >();
  constructor(private readonly tx: DbTx) {}

  workspace(id: string) {
    let found = this.workspaces.get(id);
    if (!found) {
      found = this.tx.workspace
        .findUniqueOrThrow({
          where: { id },
          select: { ...WORKSPACE_REF_SELECT, blockedSenders: true, mailboxes: { select: { id: true, address: true, autoAcknowledge: true } } },
        })
        .then(({ blockedSenders, mailboxes, ...ref }) => ({
          ref,
          blockedSenders,
          ownAddresses: new Set(mailboxes.map((m) => m.address.toLowerCase())),
          // Mailboxes that acknowledge new tickets: the others need no acknowledgement query at all.
          acknowledging: new Set(mailboxes.filter((m) => m.autoAcknowledge).map((m) => m.id)),
        }));
      this.workspaces.set(id, found);
    }
    return found;
  }

  forget() {
    this.workspaces.clear();
  }
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
      }, { timeout: BLOB_TRANSACTION_TIMEOUT_MS });
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

async function writeMail(
  tx: DbTx,
  log: Logger,
  claimed: Claimed,
  prep: Prepared,
  secret: string,
  lookups: BatchLookups,
  opening: NewTickets,
): Promise<Outcome | "deferred"> {
  if (prep.kind === "unreadable") {
    const ticketId = await openUnparsedMailTicket(tx, log, claimed, prep.raw, prep.reason);
    await finish(tx, claimed.id, { status: "UNPARSED", reason: prep.reason, ticketId, threadedBy: "NEW" });
    log.warn({ reason: prep.parseReason ?? "no-sender" }, "inbound mail unparsed; kept with its raw bytes");
    return "unparsed";
  }
  const { mail, sender, auto, attachments, text, html } = prep;
  const workspace = await lookups.workspace(claimed.workspaceId);
  if (workspace.ownAddresses.has(sender.address.toLowerCase())) {
    await finish(tx, claimed.id, { status: "IGNORED", reason: `mail from our own address ${sender.address}` });
    log.info("inbound mail from one of our own addresses ignored");
    return "ignored";
  }
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
      const ctx = systemCtx(tx, workspace.ref, log, "inbound-mail");
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
    const reason = suspensionReason({ blockedSenders: workspace.blockedSenders, sender: sender.address, authResults: claimed.authResults });
    if (reason) {
      const summary = { from: { name: sender.name || null, address: sender.address }, subject: mail.subject.slice(0, MAX_SUBJECT), date: mail.date?.toISOString() ?? null };
      await finish(tx, claimed.id, { status: "SUSPENDED", reason, summary });
      log.info({ reason }, "inbound mail suspended");
      return "suspended";
    }
  }

  const ctx = systemCtx(tx, workspace.ref, log, "inbound-mail");
  const thread = await findThread(tx, claimed.workspaceId, mail, sender.address, secret);
  if (attachments.skipped.length > 0) log.warn({ skipped: attachments.skipped.length }, "inbound mail has attachments over the size cap; listed in the message, kept in the raw mail");
  const email = {
    messageId: mail.messageId?.slice(0, 998) ?? null,
    inReplyTo: mail.inReplyTo?.slice(0, 998) ?? null,
    references: mail.references.slice(-100).map((r) => r.slice(0, 998)),
    fromName: sender.name ? sender.name.slice(0, 300) : null,
    fromAddress: sender.address,
    cc: mail.cc.map((a) => a.address).filter((a) => a !== sender.address).slice(0, 100),
    inboundMailId: claimed.id,
    searchText: prep.searchText,
  };

  if (thread) {
    const recorded = await recordCustomerMessage(ctx, { ticketNumber: thread.number, text, html, channel: "EMAIL", email: { ...email, threadedBy: thread.by } });
    await storeAttachments(tx, claimed.workspaceId, recorded.messageId, attachments);
    await finish(tx, claimed.id, { status: "PROCESSED", ticketId: recorded.ticketId, threadedBy: thread.by });
    log.info({ ticketNumber: recorded.ticketNumber, threadedBy: thread.by, automatic: auto.automatic }, "inbound mail added to a ticket");
    return "processed";
  }
  // A new ticket: opened with the batch's other new tickets (NewTickets.open).
  opening.add({
    claimed,
    log,
    workspace: workspace.ref,
    automatic: auto.automatic,
    acknowledge: !auto.automatic && workspace.acknowledging.has(claimed.mailboxId),
    attachments,
    input: {
      subject: (mail.subject.trim() || text.split("\n")[0]!.trim() || "(no subject)").slice(0, MAX_SUBJECT),
      // A new customer's language from their mail (an existing one's is kept): the acknowledgement
      // is written in it.
      customer: { email: sender.address, ...(sender.name ? { name: sender.name.slice(0, 120) } : {}), ...prep.locale },
      channel: "EMAIL",
      mailboxId: claimed.mailboxId,
      message: { text, html, email: { ...email, threadedBy: "NEW" } },
    },
  });
  return "deferred";
}

type NewTicket = {
  claimed: Claimed;
  log: Logger;
  workspace: WorkspaceRef;
  input: CreateTicketInput;
  attachments: AttachmentPlan;
  automatic: boolean;
  /** Its mailbox acknowledges new tickets and the sender is not a machine. */
  acknowledge: boolean;
};

/**
 * The new tickets of a batch, opened together: createTickets writes a workspace's tickets,
 * customers, messages and events in a fixed number of statements, and their InboundMail rows are
 * finished in one. If that fails, each is opened alone in a savepoint of its own, as any other
 * message, so one that the database refuses is rolled back alone.
 */
class NewTickets {
  private pending: NewTicket[] = [];
  /** The Message-IDs of the pending mail: a message that names one in its References waits for them. */
  private readonly messageIds = new Set<string>();
  constructor(
    private readonly tx: DbTx,
    private readonly lookups: BatchLookups,
  ) {}

  add(ticket: NewTicket) {
    this.pending.push(ticket);
    const id = ticket.input.message.email?.messageId;
    if (id) this.messageIds.add(id);
  }

  answeredBy(prep: Prepared): boolean {
    if (prep.kind !== "mail" || this.messageIds.size === 0) return false;
    return [prep.mail.inReplyTo, ...prep.mail.references].some((r) => r !== null && r !== undefined && this.messageIds.has(r));
  }

  async open(outcomes: Outcome[], failures: Array<{ id: string; err: unknown }>): Promise<void> {
    const pending = this.pending;
    this.pending = [];
    this.messageIds.clear();
    const byWorkspace = new Map<string, NewTicket[]>();
    for (const t of pending) byWorkspace.set(t.workspace.id, [...(byWorkspace.get(t.workspace.id) ?? []), t]);
    for (const group of byWorkspace.values()) {
      await this.tx.$executeRawUnsafe("SAVEPOINT inbound_tickets");
      try {
        const ctx = systemCtx(this.tx, group[0]!.workspace, group[0]!.log, "inbound-mail");
        const created = await createTickets(ctx, group.map((t) => t.input));
        const acknowledgements: string[] = [];
        for (const [i, t] of group.entries()) acknowledgements.push(await this.finishTicket(t, created[i]!));
        await finishOpened(
          this.tx,
          group.map((t, i) => ({ id: t.claimed.id, ticketId: created[i]!.ticketId })),
        );
        await this.tx.$executeRawUnsafe("RELEASE SAVEPOINT inbound_tickets");
        group.forEach((t, i) => {
          t.log.info({ ticketNumber: created[i]!.number, automatic: t.automatic, acknowledgement: acknowledgements[i] }, "inbound mail opened a ticket");
          outcomes.push("processed");
        });
      } catch (err) {
        await this.tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT inbound_tickets");
        this.lookups.forget();
        group[0]!.log.warn({ tickets: group.length, err: err instanceof Error ? err.message.split("\n")[0] : String(err) }, "opening a batch's tickets together failed; opening them one by one");
        for (const t of group) {
          await this.tx.$executeRawUnsafe("SAVEPOINT inbound_mail");
          try {
            const [created] = await createTickets(systemCtx(this.tx, t.workspace, t.log, "inbound-mail"), [t.input]);
            const acknowledgement = await this.finishTicket(t, created!);
            await finishOpened(this.tx, [{ id: t.claimed.id, ticketId: created!.ticketId }]);
            await this.tx.$executeRawUnsafe("RELEASE SAVEPOINT inbound_mail");
            t.log.info({ ticketNumber: created!.number, automatic: t.automatic, acknowledgement }, "inbound mail opened a ticket");
            outcomes.push("processed");
          } catch (err) {
            await this.tx.$executeRawUnsafe("ROLLBACK TO SAVEPOINT inbound_mail");
            failures.push({ id: t.claimed.id, err });
          }
        }
        await this.tx.$executeRawUnsafe("RELEASE SAVEPOINT inbound_tickets");
      }
    }
  }

  /** Its attachments, and the acknowledgement (never to a machine: RFC 3834). */
  private async finishTicket(t: NewTicket, created: CreateTicketResult): Promise<string> {
    await storeAttachments(this.tx, t.claimed.workspaceId, created.messageId, t.attachments);
    if (t.automatic) return "automatic-sender";
    if (!t.acknowledge) return "disabled";
    return queueAutoAcknowledgement(this.tx, t.log, { workspaceId: t.claimed.workspaceId, mailboxId: t.claimed.mailboxId, ticketId: created.ticketId });
  }
}

/** PROCESSED, each with the ticket it opened, in one statement. */
async function finishOpened(tx: DbTx, rows: Array<{ id: string; ticketId: string }>): Promise<void> {
  await tx.$executeRaw`
    UPDATE "InboundMail" AS m
       SET "status" = 'PROCESSED'::"InboundStatus", "ticketId" = v."ticketId", "threadedBy" = 'NEW'::"ThreadedBy",
           "reason" = NULL, "processedAt" = ${new Date()}
      FROM unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.ticketId)}::uuid[]) AS v("id", "ticketId")
     WHERE m."id" = v."id"`;
}

/**
 * The ticket this mail answers, in order: a Message-ID of the thread in In-Reply-To or
 * References; a reply token of ours (plus-address, short plus-address or our Message-ID form); `[#n]` in the subject,
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
  // The short form, in the Reply-To of mailboxes whose local part is too long for the full token.
  for (const token of findShortReplyTokens(mail)) {
    const number = verifyShortReplyToken(secret, workspaceId, token);
    if (number === null) continue;
    const ticket = await tx.ticket.findFirst({ where: { workspaceId, number }, select: { number: true } });
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
