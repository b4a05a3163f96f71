// What a reply and an internal note share: under the ticket's row lock, the message, its
// TicketEvent, the ticket's activity time and version, and the live-update notification. The
// callers check the role. With `expectedVersion`, a reply written on a stale page is stopped
// with CONFLICT and what changed since.
import type { Ctx } from "@/server/context";
import { actorMemberId, eventActor, inTransaction } from "@/server/context";
import { replyChannel } from "./reply-channel";
import { lockTicketForUpdate } from "./lock-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { assertExpectedVersion } from "./ticket-conflict";

const EVENT = { REPLY: "REPLY_ADDED", NOTE: "NOTE_ADDED" } as const;
const KIND = { REPLY: "reply", NOTE: "note" } as const;

export async function appendAgentMessage(
  ctx: Ctx,
  input: { ticketNumber: number; kind: "REPLY" | "NOTE"; text: string; expectedVersion?: number },
): Promise<{ messageId: string; ticketNumber: number; version: number }> {
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    await assertExpectedVersion(db, workspace.id, ticket, input.expectedVersion);
    const now = new Date();
    const version = ticket.version + 1;
    const message = await db.message.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        kind: input.kind,
        channel: input.kind === "REPLY" ? replyChannel(ticket.channel) : ticket.channel,
        authorMemberId: actorMemberId(actor),
        text: input.text,
        createdAt: now,
      },
      select: { id: true, channel: true },
    });
    // The outbox: only replies go to the customer, so a note can never be sent by construction.
    if (input.kind === "REPLY") {
      await db.messageDelivery.create({
        data: { workspaceId: workspace.id, messageId: message.id, channel: message.channel, createdAt: now },
      });
    }
    await db.ticketEvent.create({
      data: {
        workspaceId: workspace.id,
        ticketId: ticket.id,
        type: EVENT[input.kind],
        ...eventActor(actor),
        data: { messageId: message.id },
        ticketVersion: version,
        createdAt: now,
      },
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId: workspace.id },
      data: {
        lastActivityAt: now,
        // Only a reply answers the customer; a note is not a response.
        ...(input.kind === "REPLY" && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
        version,
      },
    });
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: ticket.id, number: ticket.number, version, kind: KIND[input.kind] });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id, kind: input.kind }, "agent message added");
    return { messageId: message.id, ticketNumber: ticket.number, version };
  });
}
