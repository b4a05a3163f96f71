// A customer closes their own ticket from the portal ("my question is answered"): CLOSED with
// closedAt, any snooze ended, a STATUS_CHANGED event by the CUSTOMER and the live update, under
// the ticket's row lock. Another customer's ticket is NOT_FOUND; a closed one stays as it is.
import { inTransaction } from "@/server/context";
import { AppError } from "@/server/errors";
import { lockTicketForUpdate } from "@/server/tickets/lock-ticket";
import { notifyTicketChanged } from "@/server/tickets/notify-ticket-changed";
import { parseInput } from "@/server/validate";
import type { PortalCtx } from "./portal-sessions";
import { CloseOwnTicketInput } from "./portal.schemas";

export async function closeOwnTicket(ctx: PortalCtx, raw: CloseOwnTicketInput): Promise<{ ticketNumber: number; closed: boolean }> {
  const input = parseInput(CloseOwnTicketInput, raw);
  const customerId = ctx.actor.customerId;
  return inTransaction(ctx, async ({ db, workspace }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    if (ticket.customerId !== customerId) throw new AppError("NOT_FOUND", "Ticket not found");
    if (ticket.status === "CLOSED") return { ticketNumber: ticket.number, closed: false };
    const now = new Date();
    const version = ticket.version + 1;
    await db.ticketEvent.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, type: "STATUS_CHANGED", data: { from: ticket.status, to: "CLOSED" }, actorType: "CUSTOMER", actorMemberId: null, ticketVersion: version, createdAt: now },
    });
    await db.ticket.update({ where: { id: ticket.id, workspaceId: workspace.id }, data: { status: "CLOSED", closedAt: now, snoozedUntil: null, version } });
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: ticket.id, number: ticket.number, version, kind: "status" });
    ctx.log.info({ ticketId: ticket.id }, "customer closed their ticket");
    return { ticketNumber: ticket.number, closed: true };
  });
}
