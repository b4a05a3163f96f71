// What a reply and an internal note share: under the ticket's row lock, the message, its
// TicketEvent, the ticket's activity time and version, and the live-update notification. The
// callers check the role. With `expectedVersion`, a reply written on a stale page is stopped
// with CONFLICT and what changed since. A note's @mentions of active members become Mention rows
// in the same transaction (the inbox's "Mentions" view reads them). A member's reply to an
// unassigned ticket assigns it to them (ASSIGNEE_CHANGED, same version; assign-on-first-reply.ts).
// Attached files (already checked by MessageAttachmentsSchema) are stored in the same
// transaction, bytes through the blob store, so a message never shows without its files; the
// sender mails a reply's files with it, a note's never leave.
import { randomUUID } from "node:crypto";
import type { Ctx } from "@/server/context";
import { actorApiTokenId, actorMemberId, eventActor, inTransaction } from "@/server/context";
import { replyChannel } from "./reply-channel";
import { lockTicketForUpdate } from "./lock-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { assertExpectedVersion } from "./ticket-conflict";
import { assertNotMerged } from "./merged-ticket";
import { findMentions } from "./mentions";
import { firstReplyAssignee } from "./assign-on-first-reply";
import type { DbTx } from "@/server/db";
import { queueDelivery } from "@/server/mail/outbox";
import { storeAttachments } from "@/server/mail/mail-attachments";
import type { MessageAttachments } from "./ticket.schemas";

const EVENT = { REPLY: "REPLY_ADDED", NOTE: "NOTE_ADDED" } as const;
const KIND = { REPLY: "reply", NOTE: "note" } as const;

export async function appendAgentMessage(
  ctx: Ctx,
  input: { ticketNumber: number; kind: "REPLY" | "NOTE"; text: string; expectedVersion?: number; attachments?: MessageAttachments },
): Promise<{ messageId: string; ticketNumber: number; version: number }> {
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    // Notes too: the thread moved to the target, so a note belongs there (merged-ticket.ts).
    await assertNotMerged(db, workspace.id, ticket);
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
        authorApiTokenId: actorApiTokenId(actor),
        text: input.text,
        createdAt: now,
      },
      select: { id: true, channel: true },
    });
    const files = input.attachments ?? [];
    if (files.length > 0) {
      await storeAttachments(db, workspace.id, message.id, { keep: files.map((f) => ({ ...f, id: randomUUID(), contentId: null })) });
    }
    const mentioned = input.kind === "NOTE" ? await writeMentions(db, workspace.id, message.id, input.text, actorMemberId(actor), now) : 0;
    // The outbox: only replies go to the customer, so a note can never be sent by construction.
    if (input.kind === "REPLY") {
      await queueDelivery(db, { workspaceId: workspace.id, messageId: message.id, channel: message.channel, now });
    }
    const assignTo = input.kind === "REPLY" ? await firstReplyAssignee(db, workspace.id, actor, ticket) : null;
    const event = { workspaceId: workspace.id, ticketId: ticket.id, ...eventActor(actor), ticketVersion: version, createdAt: now };
    await db.ticketEvent.createMany({
      data: [
        { ...event, type: EVENT[input.kind], data: { messageId: message.id } },
        ...(assignTo ? [{ ...event, type: "ASSIGNEE_CHANGED" as const, data: { from: null, to: assignTo } }] : []),
      ],
    });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId: workspace.id },
      data: {
        lastActivityAt: now,
        ...(assignTo ? { assigneeId: assignTo } : {}),
        // Only a reply answers the customer; a note is not a response.
        ...(input.kind === "REPLY" && !ticket.firstResponseAt ? { firstResponseAt: now } : {}),
        version,
      },
    });
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: ticket.id, number: ticket.number, version, kind: KIND[input.kind] });
    ctx.log.info({ ticketId: ticket.id, messageId: message.id, kind: input.kind, files: files.length, mentioned, assignedTo: assignTo }, "agent message added");
    return { messageId: message.id, ticketNumber: ticket.number, version };
  });
}

/** Mention rows for the active members of the workspace the note names, never its author. */
async function writeMentions(db: DbTx, workspaceId: string, messageId: string, text: string, authorId: string | null, now: Date): Promise<number> {
  if (!text.includes("@")) return 0;
  const members = await db.member.findMany({
    where: { workspaceId, deactivatedAt: null },
    select: { id: true, user: { select: { name: true, email: true } } },
  });
  const ids = findMentions(text, members.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email }))).filter((id) => id !== authorId);
  if (ids.length === 0) return 0;
  await db.mention.createMany({ data: ids.map((memberId) => ({ workspaceId, messageId, memberId, createdAt: now })) });
  return ids.length;
}
