// The worker's mail sender: drains the outbox (QUEUED EMAIL deliveries whose next attempt is due)
// one delivery at a time. A delivery is claimed with FOR UPDATE SKIP LOCKED and leased (its next
// attempt pushed LEASE_MINUTES ahead) in a short transaction, so any number of workers share the
// queue, none holds a database connection while talking SMTP, and a worker that dies mid-send
// leaves the delivery to be tried again when the lease ends. Then the mail goes out over the
// mailbox's SMTP, and the outcome is written: SENT; or a retry after back-off (4xx answers,
// timeouts, refused connections); or FAILED at once for a permanent 5xx refusal, after the last
// attempt, or when there is nothing to send with (no mailbox, no SMTP). A failed delivery gets an
// internal note on its ticket saying why, and agents can retry it (retry-delivery.ts).
import nodemailer from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { Db, DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { notifyTicketChanged } from "@/server/tickets/notify-ticket-changed";
import { addDeliveryFailedNote } from "./delivery-failed-note";
import { buildMailOptions, isPermanentSmtpFailure, nextAttemptAt, smtpFailureText } from "./outgoing-mail";
import { prepareOutgoingMail, type PreparedMail, type SmtpSettings } from "./prepare-outgoing-mail";
import { replyTokenSecret } from "./reply-secret";

/** How long a claimed delivery is left to the worker sending it before another may take it. */
export const LEASE_MINUTES = 10;
const CONNECT_TIMEOUT_MS = 15_000;
const SOCKET_TIMEOUT_MS = 60_000;

export type SendResult = { sent: number; retrying: number; failed: number };

type Claimed = { id: string; workspaceId: string; messageId: string; attempts: number };

export type SendOptions = {
  /** The clock: what is due, and the times written (tests move it forward instead of waiting). */
  now?: Date;
  limit?: number;
  workspaceId?: string;
};

/** Sends every due delivery (or `limit` of them); returns what happened. */
export async function sendQueuedMail(db: Db, log: Logger, opts: SendOptions = {}): Promise<SendResult> {
  const result: SendResult = { sent: 0, retrying: 0, failed: 0 };
  const secret = replyTokenSecret();
  const transports = new Map<string, nodemailer.Transporter<SMTPTransport.SentMessageInfo>>();
  try {
    for (let taken = 0; taken < (opts.limit ?? Infinity); taken++) {
      const now = opts.now ?? new Date();
      let claimedNow: Claimed | undefined;
      let claim: { claimed: Claimed; prepared: PreparedMail | null } | null;
      try {
        claim = await db.$transaction(
          async (tx) => {
            const claimed = await claimNext(tx, now, opts.workspaceId ?? null);
            if (!claimed) return null;
            claimedNow = claimed;
            return { claimed, prepared: await prepareOutgoingMail(tx, claimed, secret) };
          },
          { timeout: 60_000, maxWait: 30_000 },
        );
      } catch (err) {
        // Something unexpected while preparing one delivery (its lease rolled back with it): count
        // it as a failed attempt, so it backs off instead of stopping the queue or coming straight back.
        if (!claimedNow) throw err;
        const error = `Could not prepare the mail: ${err instanceof Error ? err.message : String(err)}`;
        const dlog = log.child({ deliveryId: claimedNow.id, messageId: claimedNow.messageId, workspaceId: claimedNow.workspaceId });
        dlog.error({ err: error }, "mail delivery could not be prepared");
        result[await record(db, dlog, claimedNow, null, { ok: false, permanent: false, error }, now)]++;
        continue;
      }
      if (!claim) break;
      const { claimed, prepared } = claim;
      const dlog = log.child({ deliveryId: claimed.id, messageId: claimed.messageId, workspaceId: claimed.workspaceId });
      const outcome = await attempt(transports, prepared, dlog);
      result[await record(db, dlog, claimed, prepared, outcome, now)]++;
    }
  } finally {
    for (const t of transports.values()) t.close();
  }
  return result;
}

async function claimNext(tx: DbTx, now: Date, workspaceId: string | null): Promise<Claimed | null> {
  const rows = await tx.$queryRaw<Claimed[]>`
    SELECT "id"::text AS "id", "workspaceId"::text AS "workspaceId", "messageId"::text AS "messageId", "attempts"
      FROM "MessageDelivery"
     WHERE "status" = 'QUEUED' AND "channel" = 'EMAIL' AND "nextAttemptAt" <= ${now}
       AND (${workspaceId}::uuid IS NULL OR "workspaceId" = ${workspaceId}::uuid)
     ORDER BY "nextAttemptAt", "id"
     LIMIT 1
       FOR UPDATE SKIP LOCKED`;
  const claimed = rows[0];
  if (!claimed) return null;
  await tx.messageDelivery.update({ where: { id: claimed.id }, data: { nextAttemptAt: new Date(now.getTime() + LEASE_MINUTES * 60_000) } });
  return claimed;
}

type Outcome = { ok: true } | { ok: false; permanent: boolean; error: string };

/** The cached transport for a mailbox's SMTP settings (made on first use). */
export function transportFor(cache: TransportCache, s: SmtpSettings) {
  let t = cache.get(s.mailboxId);
  if (!t) {
    t = nodemailer.createTransport({
      host: s.host,
      port: s.port,
      secure: s.security === "TLS",
      requireTLS: s.security === "STARTTLS",
      ignoreTLS: s.security === "NONE",
      ...(s.username ? { auth: { user: s.username, pass: s.password ?? "" } } : {}),
      connectionTimeout: CONNECT_TIMEOUT_MS,
      greetingTimeout: CONNECT_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
    });
    cache.set(s.mailboxId, t);
  }
  return t;
}

/** The transports of one drain, by mailbox: one SMTP connection per mailbox, closed by the caller. */
export type TransportCache = Map<string, nodemailer.Transporter<SMTPTransport.SentMessageInfo>>;

async function attempt(cache: Map<string, nodemailer.Transporter<SMTPTransport.SentMessageInfo>>, prepared: PreparedMail | null, log: Logger): Promise<Outcome> {
  if (!prepared) return { ok: false, permanent: true, error: "The message no longer exists." };
  if (!prepared.ok) return { ok: false, permanent: true, error: prepared.reason };
  try {
    const info = await transportFor(cache, prepared.smtp).sendMail(buildMailOptions(prepared.mail));
    log.info({ mailboxId: prepared.smtp.mailboxId, accepted: info.accepted.length, rejected: info.rejected.length, automatic: prepared.mail.automatic }, "mail sent");
    return { ok: true };
  } catch (e) {
    const permanent = isPermanentSmtpFailure(e);
    const error = smtpFailureText(e);
    log.warn({ mailboxId: prepared.smtp.mailboxId, permanent, code: (e as { code?: unknown }).code, responseCode: (e as { responseCode?: unknown }).responseCode, err: error }, "mail not sent");
    return { ok: false, permanent, error };
  }
}

async function record(db: Db, log: Logger, claimed: Claimed, prepared: PreparedMail | null, outcome: Outcome, now: Date): Promise<keyof SendResult> {
  const attempts = claimed.attempts + 1;
  // Written only while still QUEUED: a delivery an agent re-queued meanwhile is theirs now.
  const where = { id: claimed.id, workspaceId: claimed.workspaceId, status: "QUEUED" as const };
  if (outcome.ok) {
    await db.$transaction(async (tx) => {
      await tx.messageDelivery.updateMany({ where, data: { status: "SENT", sentAt: new Date(), attempts, lastError: null } });
      if (prepared) await announce(tx, claimed.workspaceId, prepared.ticketId);
    });
    return "sent";
  }
  const retryAt = outcome.permanent ? null : nextAttemptAt(attempts, now);
  const lastError = outcome.error.slice(0, 1000);
  if (retryAt) {
    await db.messageDelivery.updateMany({ where, data: { attempts, lastError, nextAttemptAt: retryAt } });
    log.info({ attempts, retryAt }, "mail delivery will be retried");
    return "retrying";
  }
  await db.$transaction(async (tx) => {
    const { count } = await tx.messageDelivery.updateMany({ where, data: { status: "FAILED", attempts, lastError } });
    if (count === 0 || !prepared) return;
    const workspace = await tx.workspace.findUniqueOrThrow({ where: { id: claimed.workspaceId }, select: WORKSPACE_REF_SELECT });
    await addDeliveryFailedNote(systemCtx(tx, workspace, log, "mail-sender"), { messageId: claimed.messageId, reason: lastError });
  });
  log.warn({ attempts, err: lastError }, "mail delivery failed");
  return "failed";
}

/** A live update for the ticket whose reply changed state ("Sending…" -> "Sent"); its version is unchanged. */
async function announce(tx: DbTx, workspaceId: string, ticketId: string): Promise<void> {
  const ticket = await tx.ticket.findFirst({ where: { id: ticketId, workspaceId }, select: { number: true, version: true } });
  if (ticket) await notifyTicketChanged(tx, { workspaceId, ticketId, number: ticket.number, version: ticket.version, kind: "delivery" });
}
