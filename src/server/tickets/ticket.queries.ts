// Reads of one ticket for the agent pages (the inbox's lists live in src/server/inbox). Every
// query is scoped to ctx.workspace.
import type { Ctx } from "@/server/context";
import { AppError } from "@/server/errors";

const TICKET_SELECT = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  channel: true,
  lastActivityAt: true,
  createdAt: true,
  customer: { select: { id: true, name: true, email: true } },
  assignee: { select: { id: true, user: { select: { name: true } } } },
  problemArea: { select: { key: true, name: true, names: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
} as const;

/** The ticket with this number in ctx's workspace, or NOT_FOUND (also for other workspaces' numbers). */
export async function getTicketInWorkspace(ctx: Ctx, number: number) {
  if (!Number.isSafeInteger(number) || number < 1) throw new AppError("NOT_FOUND");
  const ticket = await ctx.db.ticket.findUnique({
    where: { workspaceId_number: { workspaceId: ctx.workspace.id, number } },
    select: {
      ...TICKET_SELECT,
      version: true,
      firstResponseAt: true,
      closedAt: true,
      snoozedUntil: true,
      ccEmails: true,
      orderNumber: true,
      teamId: true,
      mergedInto: { select: { number: true } },
      customer: { select: { id: true, name: true, email: true, phone: true, locale: true } },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND");
  return ticket;
}

export type ThreadEntry =
  | {
      type: "message";
      id: string;
      kind: "INBOUND" | "REPLY" | "NOTE" | "AUTO_REPLY";
      at: Date;
      text: string;
      /** Replies and automatic mails: where they stand in the outbox (null for replies from before it). */
      deliveryStatus: "QUEUED" | "SENT" | "FAILED" | null;
      /** Why the last attempt failed (the server's words), while queued for a retry or failed. */
      deliveryError: string | null;
      authorName: string;
      /** "system": written by Shopdesk itself (an acknowledgement, a note about a failed delivery). */
      authorKind: "agent" | "customer" | "system";
      /** Notes only: the names of the members the note mentions (for highlighting). */
      mentionedNames: string[];
      /** Sanitized HTML of a mail (remote images held back, see mail-html.ts), or null. */
      html: string | null;
      attachments: Array<{ id: string; filename: string; contentType: string; size: number }>;
      /** Inbound mail only: how it was threaded, its From and Cc, and the raw message it came from. */
      email: {
        threadedBy: "REFERENCES" | "TOKEN" | "SUBJECT_NUMBER" | "NEW" | null;
        fromName: string | null;
        fromAddress: string | null;
        cc: string[];
        inboundMailId: string | null;
        /** The raw message could not be read: the message only says so and links the original. */
        unparsed: boolean;
      } | null;
    }
  | {
      type: "event";
      id: string;
      at: Date;
      eventType: string;
      actorName: string | null;
      /** Who made the change, for folding a run of changes by one actor: "MEMBER:<id>", "API:", "SYSTEM:". */
      actorKey: string;
      data: unknown;
    };

/**
 * The agent's view of a ticket: messages including internal notes, with events interleaved,
 * oldest first. Customer-facing views must never use this query.
 */
export async function getAgentThread(ctx: Ctx, ticketId: string): Promise<ThreadEntry[]> {
  const [messages, events, systemNotes] = await Promise.all([
    ctx.db.message.findMany({
      where: { workspaceId: ctx.workspace.id, ticketId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        kind: true,
        text: true,
        createdAt: true,
        authorMember: { select: { user: { select: { name: true } } } },
        authorCustomer: { select: { name: true, email: true } },
        // Replies and notes written through the REST API carry the token's name instead.
        authorApiToken: { select: { name: true } },
        delivery: { select: { status: true, lastError: true } },
        mentions: { where: { workspaceId: ctx.workspace.id }, select: { member: { select: { user: { select: { name: true } } } } } },
        html: true,
        threadedBy: true,
        emailFromName: true,
        emailFromAddress: true,
        emailCc: true,
        inboundMailId: true,
        inboundMail: { select: { status: true } },
        attachments: {
          where: { workspaceId: ctx.workspace.id },
          orderBy: [{ createdAt: "asc" }, { id: "asc" }],
          select: { id: true, filename: true, contentType: true, byteSize: true },
        },
      },
    }),
    ctx.db.ticketEvent.findMany({
      where: {
        workspaceId: ctx.workspace.id,
        ticketId,
        // Message events duplicate the messages themselves.
        type: { notIn: ["NOTE_ADDED", "REPLY_ADDED", "CUSTOMER_MESSAGE"] },
      },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        type: true,
        data: true,
        createdAt: true,
        actorType: true,
        actorMemberId: true,
        actorMember: { select: { user: { select: { name: true } } } },
      },
    }),
    // Notes Shopdesk wrote itself (add-system-note.ts): their event names the system as actor.
    ctx.db.ticketEvent.findMany({
      where: { workspaceId: ctx.workspace.id, ticketId, type: "NOTE_ADDED", actorType: "SYSTEM" },
      select: { data: true },
    }),
  ]);
  const systemNoteIds = new Set(systemNotes.map((e) => (e.data as { messageId?: unknown }).messageId).filter((id): id is string => typeof id === "string"));
  const authorKind = (m: (typeof messages)[number]): "agent" | "customer" | "system" =>
    m.kind === "INBOUND" ? "customer" : m.kind === "AUTO_REPLY" || systemNoteIds.has(m.id) ? "system" : "agent";
  const entries: ThreadEntry[] = [
    ...messages.map((m) => ({
      type: "message" as const,
      id: m.id,
      kind: m.kind,
      at: m.createdAt,
      text: m.text,
      deliveryStatus: m.delivery?.status ?? null,
      deliveryError: m.delivery && m.delivery.status !== "SENT" ? m.delivery.lastError : null,
      authorName:
        m.authorMember?.user.name ?? m.authorApiToken?.name ?? m.authorCustomer?.name ?? m.authorCustomer?.email ?? "—",
      authorKind: authorKind(m),
      mentionedNames: m.mentions.map((x) => x.member.user.name),
      html: m.html,
      attachments: m.attachments.map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.byteSize })),
      email:
        m.kind === "INBOUND" && m.inboundMailId
          ? {
              threadedBy: m.threadedBy,
              fromName: m.emailFromName,
              fromAddress: m.emailFromAddress,
              cc: m.emailCc,
              inboundMailId: m.inboundMailId,
              unparsed: m.inboundMail?.status === "UNPARSED",
            }
          : null,
    })),
    ...events.map((e) => ({
      type: "event" as const,
      id: e.id,
      at: e.createdAt,
      eventType: e.type,
      actorName: e.actorMember?.user.name ?? null,
      actorKey: `${e.actorType}:${e.actorMemberId ?? ""}`,
      data: e.data,
    })),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || (a.type === "event" ? 1 : -1));
}

/** The customer's other tickets, across every channel, newest activity first (the ticket page's sidebar). */
export async function listCustomerTickets(ctx: Ctx, customerId: string, exceptTicketId: string, limit = 10) {
  return ctx.db.ticket.findMany({
    where: { workspaceId: ctx.workspace.id, customerId, id: { not: exceptTicketId } },
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, number: true, subject: true, status: true, channel: true, lastActivityAt: true },
  });
}

/** Tickets of the customer that another of their tickets can be merged into: open or pending, not merged away. */
export async function listMergeCandidates(ctx: Ctx, customerId: string, exceptTicketId: string, limit = 20) {
  return ctx.db.ticket.findMany({
    where: { workspaceId: ctx.workspace.id, customerId, id: { not: exceptTicketId }, status: { in: ["OPEN", "PENDING"] }, mergedIntoId: null },
    orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, number: true, subject: true, status: true },
  });
}

/** True when the signed-in member has mentions on this ticket they have not seen yet. */
export async function hasUnseenMentions(ctx: Ctx, ticketId: string): Promise<boolean> {
  if (ctx.actor.type !== "member") return false;
  const workspaceId = ctx.workspace.id;
  const row = await ctx.db.mention.findFirst({
    where: { workspaceId, memberId: ctx.actor.memberId, seenAt: null, message: { workspaceId, ticketId } },
    select: { messageId: true },
  });
  return row !== null;
}
