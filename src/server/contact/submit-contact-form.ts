// A visitor sends the contact form: a FORM ticket for the customer (found by email or created, with
// the page's language remembered), the files they attached, and the acknowledgement in their
// language with the ticket number and a link to the portal, all in one transaction.
//
// Abuse, without a third-party captcha:
// - the honeypot field: filled in, the submission is dropped (logged) and the visitor sees the
//   usual thanks, so a script learns nothing;
// - the form token (form-token.ts): faster than MIN_FILL_MS, forged, or older than a day, and the
//   form comes back with a message and a fresh token (the visitor's text kept);
// - limits per client address and per email address (PostgreSQL store, shared by all web
//   processes), counted only for submissions that are otherwise valid, so correcting a mistake
//   costs nothing.
// The same visit sent twice (a double click, a resent POST) returns the ticket it already made.
import { randomUUID } from "node:crypto";
import { inTransaction, systemCtx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { storeAttachments } from "@/server/mail/mail-attachments";
import { queueAutoAcknowledgement } from "@/server/mail/queue-auto-acknowledgement";
import { consumeOrLimit, type Limit } from "@/server/rate-limits";
import { createTicket } from "@/server/tickets/create-ticket";
import { fieldError, parseInput } from "@/server/validate";
import { ContactFormInput } from "./contact-form.schemas";
import { checkFormToken } from "./form-token";

/** Per client address, across workspaces: a person writes a few times an hour at most. */
export const CONTACT_LIMIT_PER_ADDRESS: Limit = { points: 10, durationSeconds: 60 * 60 };
/** Per email address and workspace. */
export const CONTACT_LIMIT_PER_EMAIL: Limit = { points: 5, durationSeconds: 60 * 60 };

export type ContactFormResult = { status: "sent"; ticketNumber: number; email: string } | { status: "dropped" };

function formIssue(code: "formExpired" | "tooFast"): AppError {
  return fieldError("_form", code, code === "tooFast" ? "the form was sent faster than a person can fill it in" : "the form is too old or not ours; send it again");
}

export async function submitContactForm(
  db: Db,
  raw: ContactFormInput,
  visitor: { address: string | null },
  log: Logger,
  now = new Date(),
): Promise<ContactFormResult> {
  const input = parseInput(ContactFormInput, raw);
  const workspace = await db.workspace.findUnique({ where: { slug: input.workspace }, select: WORKSPACE_REF_SELECT });
  if (!workspace) throw new AppError("NOT_FOUND");
  const requestLog = log.child({ workspaceId: workspace.id });
  if (input.website?.trim()) {
    requestLog.info("contact form dropped: the honeypot field was filled in");
    return { status: "dropped" };
  }
  const token = checkFormToken(input.formToken, workspace.id, now);
  if (!token.ok) {
    requestLog.info({ reason: token.reason }, "contact form refused: its token");
    throw formIssue(token.reason === "tooFast" ? "tooFast" : "formExpired");
  }
  const area = await db.problemArea.findFirst({ where: { workspaceId: workspace.id, key: input.area, archivedAt: null }, select: { key: true } });
  if (!area) throw fieldError("area", "invalid", "is not a problem area of this shop");
  const already = await submittedTicket(db, workspace.id, token.sessionId);
  if (already) return { status: "sent", ticketNumber: already, email: input.email };

  if (visitor.address) await consumeOrLimit("contact-address", CONTACT_LIMIT_PER_ADDRESS, visitor.address, "too many contact forms from this address");
  await consumeOrLimit("contact-email", CONTACT_LIMIT_PER_EMAIL, `${workspace.id}:${input.email}`, "too many contact forms for this email address");

  const ctx = systemCtx(db, workspace, requestLog, "contact form");
  const result = await inTransaction(ctx, async (tx) => {
    // One visit, one ticket: the visit's row is locked, so a second POST of it waits and then
    // finds the first one's ticket.
    await tx.db.$executeRaw`INSERT INTO "ContactFormSession" ("id", "workspaceId", "locale", "createdAt")
      VALUES (${token.sessionId}::uuid, ${workspace.id}::uuid, ${input.locale}, ${now}) ON CONFLICT ("id") DO NOTHING`;
    const [session] = await tx.db.$queryRaw<Array<{ workspaceId: string; ticketNumber: number | null }>>`
      SELECT s."workspaceId"::text AS "workspaceId", t."number" AS "ticketNumber"
        FROM "ContactFormSession" s LEFT JOIN "Ticket" t ON t."id" = s."ticketId"
       WHERE s."id" = ${token.sessionId}::uuid FOR UPDATE OF s`;
    if (session?.workspaceId !== workspace.id) throw formIssue("formExpired");
    if (session.ticketNumber !== null) return { ticketNumber: session.ticketNumber, created: false };

    const ticket = await createTicket(tx, {
      subject: input.subject,
      customer: { email: input.email, name: input.name, locale: input.locale },
      channel: "FORM",
      message: { text: input.message },
      area: area.key,
      ...(input.orderNumber ? { orderNumber: input.orderNumber } : {}),
    });
    await storeAttachments(tx.db, workspace.id, ticket.messageId, { keep: input.attachments.map((f) => ({ ...f, id: randomUUID(), contentId: null })) });
    await tx.db.contactFormSession.update({ where: { id: token.sessionId, workspaceId: workspace.id }, data: { submittedAt: now, ticketId: ticket.ticketId } });
    const acknowledgement = await queueAutoAcknowledgement(tx.db, requestLog, { workspaceId: workspace.id, ticketId: ticket.ticketId, form: true });
    requestLog.info({ ticketId: ticket.ticketId, number: ticket.number, files: input.attachments.length, acknowledgement }, "contact form submitted");
    return { ticketNumber: ticket.number, created: true };
  });
  return { status: "sent", ticketNumber: result.ticketNumber, email: input.email };
}

/** The ticket number this visit already made, if it was sent before. */
async function submittedTicket(db: Db, workspaceId: string, sessionId: string): Promise<number | null> {
  const session = await db.contactFormSession.findFirst({
    where: { id: sessionId, workspaceId, ticketId: { not: null } },
    select: { ticket: { select: { number: true } } },
  });
  return session?.ticket?.number ?? null;
}
