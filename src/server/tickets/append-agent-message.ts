// What a reply and an internal note share: under the ticket's row lock, the message, its
// TicketEvent and the ticket's activity time and version. The callers check the role.
import type { Ctx } from "@/server/context";
import { actorMemberId, eventActor, inTransaction } from "@/server/context";
import { lockTicketForUpdate } from "./lock-ticket";

const EVENT = { REPLY: "REPLY_ADDED", NOTE: "NOTE_ADDED" } as const;

export async function appendAgentMessage(
  ctx: Ctx,
  input: { ticketNumber: number; kind: "REPLY" | "NOTE"; text: string },
): Promise<{ messageId: string; ticketNumber: number }> {
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    const now = new Date();
    const message = await db.message.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        kind: input.kind,
        channel: ticket.channel,
        authorMemberId: actorMemberId(actor),
        text: input.text,
        createdAt: now,
      },
      select: { id: true },
    });
    await db.ticketEvent.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        type: EVENT[input.kind],
        ...eventActor(actor),
        data: { messageId: message.id },
        createdAt: now,
      },
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId: workspace.id },
      data: {
        lastActivityAt: now,
        // Only a reply answers the customer; a note is not a response.
        ...(input.kind === "REPLY" && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
        version: { increment: 1 },
      },
    });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id, kind: input.kind }, "agent message added");
    return { messageId: message.id, ticketNumber: ticket.number };
  });
}
