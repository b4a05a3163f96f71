// An internal note: visible to agents only, never sent to the customer. Light agents may
// write notes (that is most of what they do).
import type { Ctx } from "@/server/context";
import { actorMemberId, eventActor, inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { AddNoteInput } from "./ticket.schemas";
import { lockTicketForUpdate } from "./lock-ticket";

export async function addNote(ctx: Ctx, raw: AddNoteInput): Promise<{ messageId: string; ticketNumber: number }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(AddNoteInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    const now = new Date();
    const message = await db.message.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        kind: "NOTE",
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
        type: "NOTE_ADDED",
        ...eventActor(actor),
        data: { messageId: message.id },
        createdAt: now,
      },
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId: workspace.id },
      data: { lastActivityAt: now, version: { increment: 1 } },
    });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id }, "note added");
    return { messageId: message.id, ticketNumber: ticket.number };
  });
}
