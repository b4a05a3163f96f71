// An internal note written by Shopdesk itself (no member, no token): what the worker tells the
// agents about a ticket, such as a reply that could not be delivered. Like an agent's note it
// takes the ticket's row lock, bumps its version and activity, records NOTE_ADDED (actor SYSTEM)
// and announces the change; it is never sent to anyone.
import type { Ctx } from "@/server/context";
import { inTransaction } from "@/server/context";
import { AppError } from "@/server/errors";
import { lockTicketByIdForUpdate } from "./lock-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";

export async function addSystemNote(ctx: Ctx, input: { ticketId: string; text: string }): Promise<{ messageId: string; version: number }> {
  if (ctx.actor.type !== "system") throw new AppError("FORBIDDEN");
  return inTransaction(ctx, async ({ db, workspace }) => {
    const ticket = await lockTicketByIdForUpdate(db, workspace.id, input.ticketId);
    const now = new Date();
    const version = ticket.version + 1;
    const message = await db.message.create({
      data: { workspaceId: workspace.id, ticketId: ticket.id, kind: "NOTE", channel: ticket.channel, text: input.text.slice(0, 100_000), createdAt: now },
      select: { id: true },
    });
    await db.ticketEvent.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        type: "NOTE_ADDED",
        actorType: "SYSTEM",
        actorMemberId: null,
        data: { messageId: message.id },
        ticketVersion: version,
        createdAt: now,
      },
    });
    await db.ticket.update({ where: { id: ticket.id, workspaceId: workspace.id }, data: { lastActivityAt: now, version } });
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: ticket.id, number: ticket.number, version, kind: "note" });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id }, "system note added");
    return { messageId: message.id, version };
  });
}
