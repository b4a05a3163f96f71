// A message from the ticket's customer (INBOUND): the one place that decides what a customer
// message does to a ticket, called by the email ingestion (with a system ctx and the email
// threading ids), the portal and the API. It sets lastCustomerMessageAt and lastActivityAt; a
// PENDING or CLOSED ticket reopens (STATUS_CHANGED by the CUSTOMER, closedAt cleared) and any
// snooze ends; a reopened ticket goes through the assignment rule when its assignee is missing or
// unavailable (teams/route-tickets.ts). A message to a ticket that was merged away lands on the ticket it was merged into.
// Agents may record one too (a customer's message taken down by hand); light agents may not. A
// customer signed in to the portal (actor "customer") may write only to their own tickets: any
// other number is NOT_FOUND. Files (a portal reply's) are stored in the same transaction.
import { randomUUID } from "node:crypto";
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { lockTicketByIdForUpdate, lockTicketForUpdate, type LockedTicket } from "./lock-ticket";
import { MAX_MERGE_HOPS } from "./merged-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { inboundEmailColumns } from "./inbound-email-columns";
import { MAX_TICKET_CC, RecordCustomerMessageInput } from "./ticket.schemas";
import { ccRecipients } from "@/server/mail/outgoing-mail";
import { forwardingAddress } from "@/server/mailboxes/mailbox.queries";
import { storeAttachments } from "@/server/mail/mail-attachments";
import { routeReopenedTicket, RULE_ACTOR } from "@/server/teams/route-tickets";

export type RecordCustomerMessageResult = {
  messageId: string;
  ticketId: string;
  /** The ticket the message went to (the merge target when the addressed ticket was merged). */
  ticketNumber: number;
  version: number;
  reopened: boolean;
};


async function lockLiveTicket(db: DbTx, workspaceId: string, number: number, ownerId: string | null): Promise<LockedTicket> {
  let ticket = await lockTicketForUpdate(db, workspaceId, number);
  // A customer's own ticket or none: another customer's number is not found, as a foreign one.
  if (ownerId !== null && ticket.customerId !== ownerId) throw new AppError("NOT_FOUND", "Ticket not found");
  for (let hop = 0; ticket.mergedIntoId; hop++) {
    if (hop >= MAX_MERGE_HOPS) throw new AppError("CONFLICT", `Ticket #${number} has a merge chain that is too long`);
    ticket = await lockTicketByIdForUpdate(db, workspaceId, ticket.mergedIntoId);
  }
  return ticket;
}

/**
 * Addresses a customer's mail copies that the ticket does not have yet: they receive the replies
 * from now on, as the first mail's Cc do (an agent can remove them; copying one again brings it
 * back, as in Zendesk). Never our own addresses (also +tagged) nor the customer; no more once the
 * ticket has MAX_TICKET_CC.
 */
async function mailCcToAdd(db: DbTx, workspaceId: string, ticketId: string, mailCc: readonly string[]): Promise<{ added: string[]; all: string[] }> {
  const ticket = await db.ticket.findUniqueOrThrow({ where: { id: ticketId, workspaceId }, select: { ccEmails: true, customer: { select: { email: true } } } });
  const mailboxes = await db.mailbox.findMany({ where: { workspaceId }, select: { address: true, forwardingKey: true } });
  const exclude = [ticket.customer.email, ...ticket.ccEmails, ...mailboxes.flatMap((m) => [m.address, forwardingAddress(m.forwardingKey)])];
  const added = ccRecipients(mailCc, exclude).slice(0, Math.max(0, MAX_TICKET_CC - ticket.ccEmails.length));
  return { added, all: [...ticket.ccEmails, ...added] };
}

export async function recordCustomerMessage(ctx: Ctx, raw: RecordCustomerMessageInput): Promise<RecordCustomerMessageResult> {
  const ownerId = ctx.actor.type === "customer" ? ctx.actor.customerId : null;
  if (ownerId === null) requireRole(ctx, "AGENT");
  const input = parseInput(RecordCustomerMessageInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const workspaceId = workspace.id;
    const ticket = await lockLiveTicket(db, workspaceId, input.ticketNumber, ownerId);
    const now = new Date();
    const version = ticket.version + 1;
    const reopened = ticket.status !== "OPEN";
    const message = await db.message.create({
      data: {
        workspaceId,
        ticketId: ticket.id,
        kind: "INBOUND",
        authorCustomerId: ownerId ?? ticket.customerId,
        channel: input.channel ?? ticket.channel,
        text: input.text,
        html: input.html ?? null,
        ...inboundEmailColumns(input.email),
        createdAt: now,
      },
      select: { id: true },
    });
    const files = input.attachments ?? [];
    if (files.length > 0) {
      await storeAttachments(db, workspaceId, message.id, { keep: files.map((f) => ({ ...f, id: randomUUID(), contentId: null })) });
    }
    const customer = { actorType: "CUSTOMER" as const, actorMemberId: null, ticketVersion: version, createdAt: now };
    const mailCc = input.email?.cc ?? [];
    const cc = mailCc.length > 0 ? await mailCcToAdd(db, workspaceId, ticket.id, mailCc) : null;
    const routing = reopened ? await routeReopenedTicket(db, workspaceId, ticket) : null;
    await db.ticketEvent.createMany({
      data: [
        { workspaceId, ticketId: ticket.id, type: "CUSTOMER_MESSAGE", data: { messageId: message.id }, ...customer },
        ...(reopened ? [{ workspaceId, ticketId: ticket.id, type: "STATUS_CHANGED" as const, data: { from: ticket.status, to: "OPEN" }, ...customer }] : []),
        ...(cc?.added ?? []).map((address) => ({ workspaceId, ticketId: ticket.id, type: "CC_ADDED" as const, data: { address }, ...customer })),
        ...(routing?.events ?? []).map((e) => ({ workspaceId, ticketId: ticket.id, ...e, ...customer, ...RULE_ACTOR })),
      ],
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId },
      data: {
        lastCustomerMessageAt: now,
        lastActivityAt: now,
        snoozedUntil: null,
        ...(reopened ? { status: "OPEN", closedAt: null } : {}),
        ...(cc?.added.length ? { ccEmails: cc.all } : {}),
        ...routing?.data,
        version,
      },
    });
    await notifyTicketChanged(db, { workspaceId, ticketId: ticket.id, number: ticket.number, version, kind: "customer_message" });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id, reopened }, "customer message recorded");
    return { messageId: message.id, ticketId: ticket.id, ticketNumber: ticket.number, version, reopened };
  });
}
