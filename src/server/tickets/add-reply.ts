// An agent's reply to the customer. Light agents may not reply. The reply is stored here;
// delivering it (email, portal) belongs to the outgoing-mail work, whose sender is to accept
// only REPLY messages, so that a note can never be sent by construction.
import type { Ctx } from "@/server/context";
import { actorMemberId, eventActor, inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { AddReplyInput } from "./ticket.schemas";
import { lockTicketForUpdate } from "./lock-ticket";

export async function addReply(ctx: Ctx, raw: AddReplyInput): Promise<{ messageId: string; ticketNumber: number }> {
  requireRole(ctx, "AGENT");
  const input = parseInput(AddReplyInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    const now = new Date();
    const memberId = actorMemberId(actor);
    const message = await db.message.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        kind: "REPLY",
        channel: ticket.channel,
        authorMemberId: memberId,
        text: input.text,
        createdAt: now,
      },
      select: { id: true },
    });
    await db.ticketEvent.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        type: "REPLY_ADDED",
        ...eventActor(actor),
        data: { messageId: message.id },
        createdAt: now,
      },
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId: workspace.id },
      data: {
        lastActivityAt: now,
        firstResponseAt: ticket.firstResponseAt ?? now,
        version: { increment: 1 },
      },
    });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id }, "reply added");
    return { messageId: message.id, ticketNumber: ticket.number };
  });
}
