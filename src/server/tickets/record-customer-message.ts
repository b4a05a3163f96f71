// A message from the ticket's customer (INBOUND): the one place that decides what a customer
// message does to a ticket, called by the email ingestion (with a system ctx and the email
// threading ids), the portal and the API. It sets lastCustomerMessageAt and lastActivityAt; a
// PENDING or CLOSED ticket reopens (STATUS_CHANGED by the CUSTOMER, closedAt cleared) and any
// snooze ends. A message to a ticket that was merged away lands on the ticket it was merged into.
// Agents may record one too (a customer's message taken down by hand); light agents may not.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { lockTicketByIdForUpdate, lockTicketForUpdate, type LockedTicket } from "./lock-ticket";
import { MAX_MERGE_HOPS } from "./merged-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { inboundEmailColumns } from "./inbound-email-columns";
import { RecordCustomerMessageInput } from "./ticket.schemas";

export type RecordCustomerMessageResult = {
  messageId: string;
  ticketId: string;
  /** The ticket the message went to (the merge target when the addressed ticket was merged). */
  ticketNumber: number;
  version: number;
  reopened: boolean;
};


async function lockLiveTicket(db: DbTx, workspaceId: string, number: number): Promise<LockedTicket> {
  let ticket = await lockTicketForUpdate(db, workspaceId, number);
  for (let hop = 0; ticket.mergedIntoId; hop++) {
    if (hop >= MAX_MERGE_HOPS) throw new AppError("CONFLICT", `Ticket #${number} has a merge chain that is too long`);
    ticket = await lockTicketByIdForUpdate(db, workspaceId, ticket.mergedIntoId);
  }
  return ticket;
}

export async function recordCustomerMessage(ctx: Ctx, raw: RecordCustomerMessageInput): Promise<RecordCustomerMessageResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(RecordCustomerMessageInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const workspaceId = workspace.id;
    const ticket = await lockLiveTicket(db, workspaceId, input.ticketNumber);
    const now = new Date();
    const version = ticket.version + 1;
    const reopened = ticket.status !== "OPEN";
    const message = await db.message.create({
      data: {
        workspaceId,
        ticketId: ticket.id,
        kind: "INBOUND",
        authorCustomerId: ticket.customerId,
        channel: input.channel ?? ticket.channel,
        text: input.text,
        html: input.html ?? null,
        ...inboundEmailColumns(input.email),
        createdAt: now,
      },
      select: { id: true },
    });
    const customer = { actorType: "CUSTOMER" as const, actorMemberId: null, ticketVersion: version, createdAt: now };
    await db.ticketEvent.createMany({
      data: [
        { workspaceId, ticketId: ticket.id, type: "CUSTOMER_MESSAGE", data: { messageId: message.id }, ...customer },
        ...(reopened ? [{ workspaceId, ticketId: ticket.id, type: "STATUS_CHANGED" as const, data: { from: ticket.status, to: "OPEN" }, ...customer }] : []),
      ],
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId },
      data: {
        lastCustomerMessageAt: now,
        lastActivityAt: now,
        snoozedUntil: null,
        ...(reopened ? { status: "OPEN", closedAt: null } : {}),
        version,
      },
    });
    await notifyTicketChanged(db, { workspaceId, ticketId: ticket.id, number: ticket.number, version, kind: "customer_message" });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id, reopened }, "customer message recorded");
    return { messageId: message.id, ticketId: ticket.id, ticketNumber: ticket.number, version, reopened };
  });
}
