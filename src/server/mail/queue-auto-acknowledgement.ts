// The acknowledgement of a new ticket opened by mail ("we received your message, ticket #12"),
// queued in the same transaction as the ticket, so it is sent once or not at all. Written as an
// AUTO_REPLY message (shown in the thread as automatic, never an agent's first response) with a
// delivery; the sender adds `Auto-Submitted: auto-replied`. Never for mail written by a machine
// (the caller checks classifyAutomatic: auto-replies, bounces, lists, no-reply senders), and at
// most AUTO_MAILS_PER_HOUR automatic mails to one address per hour per workspace, so two robots
// cannot keep each other busy (RFC 3834).
// A ticket from the contact form is acknowledged too, always (the form promises it), through the
// mailbox replies go out by (the workspace's default). The built-in text ends with a link to the
// customer portal, where the customer can follow the request and answer it; a shop's own text
// places it with {{portalUrl}}, and a form ticket's gets the line when its text has no place for it
// (the form's customer has no mail of theirs to answer).
import { appUrl } from "@/env";
import type { DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { renderAcknowledgement, storedTemplates } from "./auto-acknowledge-templates";
import { mailTranslator, pickLocale } from "./mail-texts";
import { queueDelivery } from "./outbox";
import { sendingMailbox } from "./prepare-outgoing-mail";

export const AUTO_MAILS_PER_HOUR = 5;

export type AcknowledgementOutcome = "queued" | "disabled" | "rate-limited";

export async function queueAutoAcknowledgement(
  tx: DbTx,
  log: Logger,
  input: { workspaceId: string; ticketId: string; now?: Date } & ({ mailboxId: string } | { form: true }),
): Promise<AcknowledgementOutcome> {
  const { workspaceId } = input;
  const fromForm = "form" in input;
  const mailbox = fromForm
    ? await sendingMailbox(tx, workspaceId, null)
    : await tx.mailbox.findFirst({ where: { id: input.mailboxId, workspaceId }, select: { autoAcknowledge: true, autoAcknowledgeTemplates: true } });
  if (!mailbox) {
    if (fromForm) log.warn({ ticketId: input.ticketId }, "no acknowledgement for the contact form's ticket: the workspace has no mailbox to send from");
    return "disabled";
  }
  if (!fromForm && !("autoAcknowledge" in mailbox && mailbox.autoAcknowledge)) return "disabled";
  const ticket = await tx.ticket.findFirstOrThrow({
    where: { id: input.ticketId, workspaceId },
    select: {
      number: true,
      subject: true,
      customer: { select: { email: true, name: true, locale: true } },
      workspace: { select: { defaultLocale: true, slug: true } },
    },
  });
  const address = ticket.customer.email.toLowerCase();
  const now = input.now ?? new Date();
  // Count and insert under one lock per (workspace, address): two mails at once cannot both pass.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shopdesk:auto-mail:${workspaceId}:${address}`}, 0))`;
  const recent = await tx.message.count({
    where: {
      workspaceId,
      kind: "AUTO_REPLY",
      createdAt: { gt: new Date(now.getTime() - 60 * 60_000) },
      delivery: { status: { in: ["QUEUED", "SENT"] } },
      ticket: { customer: { email: address } },
    },
  });
  if (recent >= AUTO_MAILS_PER_HOUR) {
    log.warn({ ticketId: input.ticketId, recent, limit: AUTO_MAILS_PER_HOUR }, "acknowledgement skipped: too many automatic mails to this address in the last hour");
    return "rate-limited";
  }
  const locale = pickLocale(ticket.customer.locale, ticket.workspace.defaultLocale);
  const portalUrl = `${appUrl()}/${ticket.workspace.slug}/portal/${locale}`;
  const templates = storedTemplates(mailbox.autoAcknowledgeTemplates);
  const rendered = renderAcknowledgement(locale, templates, {
    ticketNumber: ticket.number,
    customerName: ticket.customer.name,
    customerEmail: ticket.customer.email,
    subject: ticket.subject,
    portalUrl,
  });
  const own = templates[locale];
  const placed = own ? /\{\{\s*portalUrl\s*\}\}/.test(own.body) : false;
  const addPortal = own ? fromForm && !placed : true;
  const body = addPortal ? `${rendered.body}\n\n${mailTranslator(locale)("autoAcknowledge.portal", { url: portalUrl })}` : rendered.body;
  const message = await tx.message.create({
    data: { workspaceId, ticketId: input.ticketId, kind: "AUTO_REPLY", channel: "EMAIL", text: body, createdAt: now },
    select: { id: true },
  });
  await queueDelivery(tx, { workspaceId, messageId: message.id, channel: "EMAIL", now });
  log.info({ ticketId: input.ticketId, messageId: message.id, locale }, "acknowledgement queued");
  return "queued";
}
