// What the customer portal reads. Every query is scoped to the workspace AND the signed-in
// customer (ctx.actor), so another customer's ticket, or another workspace's, is simply not found.
// The thread is what the customer was sent or wrote: INBOUND, REPLY and AUTO_REPLY messages,
// filtered in SQL; notes and events never leave the database for this page.
import { db as defaultDb, type DbTx } from "@/server/db";
import type { WorkspaceRef } from "@/server/context";
import { WORKSPACE_REF_SELECT } from "@/server/context";
import { AppError } from "@/server/errors";
import { SLUG_PATTERN } from "@/lib/validation";
import type { TicketStatus } from "@/generated/prisma/enums";
import type { PortalCtx } from "./portal-sessions";

/** The message kinds a customer sees: their own messages and what was sent to them. */
export const PORTAL_MESSAGE_KINDS = ["INBOUND", "REPLY", "AUTO_REPLY"] as const;

/** The workspace whose portal `/<slug>/portal` is; null for a slug that names none. */
export async function findPortalWorkspace(slug: string, db: DbTx = defaultDb()): Promise<WorkspaceRef | null> {
  if (slug.length > 48 || !SLUG_PATTERN.test(slug)) return null;
  return db.workspace.findUnique({ where: { slug }, select: WORKSPACE_REF_SELECT });
}

export type PortalTicketSummary = { number: number; subject: string; status: TicketStatus; createdAt: Date; lastActivityAt: Date };

/** The customer's tickets from every channel, newest first (merged-away tickets live on in their target). */
export async function listPortalTickets(ctx: PortalCtx, limit = 200): Promise<PortalTicketSummary[]> {
  return ctx.db.ticket.findMany({
    where: { workspaceId: ctx.workspace.id, customerId: ctx.actor.customerId, mergedIntoId: null },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { number: true, subject: true, status: true, createdAt: true, lastActivityAt: true },
  });
}

export type PortalMessage = {
  id: string;
  at: Date;
  text: string;
  /** "customer": the customer wrote it; "agent": a member's reply (name given); "team": the shop's (automatic or API). */
  from: "customer" | "agent" | "team";
  authorName: string | null;
  attachments: Array<{ id: string; filename: string; size: number }>;
};

export type PortalTicket = PortalTicketSummary & {
  messages: PortalMessage[];
  /** Merged away into another ticket of the same customer: that ticket's number (its messages live there). */
  mergedInto: number | null;
};

/** One of the customer's tickets with its visible thread, oldest first; NOT_FOUND for any other number. */
export async function getPortalTicket(ctx: PortalCtx, number: number): Promise<PortalTicket> {
  const ticket = await ctx.db.ticket.findFirst({
    where: { workspaceId: ctx.workspace.id, customerId: ctx.actor.customerId, number },
    select: {
      number: true,
      subject: true,
      status: true,
      createdAt: true,
      lastActivityAt: true,
      // Merges join tickets of one customer (merge-tickets.ts); checked again so that only a
      // ticket of theirs is ever named.
      mergedInto: { select: { number: true, customerId: true, workspaceId: true } },
      messages: {
        where: { workspaceId: ctx.workspace.id, kind: { in: [...PORTAL_MESSAGE_KINDS] } },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          kind: true,
          text: true,
          createdAt: true,
          authorMember: { select: { user: { select: { name: true } } } },
          attachments: { where: { workspaceId: ctx.workspace.id }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, filename: true, byteSize: true } },
        },
      },
    },
  });
  if (!ticket) throw new AppError("NOT_FOUND", "Ticket not found");
  const { messages, mergedInto, ...summary } = ticket;
  return {
    ...summary,
    mergedInto: mergedInto && mergedInto.workspaceId === ctx.workspace.id && mergedInto.customerId === ctx.actor.customerId ? mergedInto.number : null,
    messages: messages.map((m) => {
      const agent = m.kind === "REPLY" ? (m.authorMember?.user.name ?? null) : null;
      return {
        id: m.id,
        at: m.createdAt,
        text: m.text,
        from: m.kind === "INBOUND" ? "customer" : agent ? "agent" : "team",
        authorName: agent,
        attachments: m.attachments.map((a) => ({ id: a.id, filename: a.filename, size: a.byteSize })),
      };
    }),
  };
}

/** An attachment of a message the customer sees on one of their tickets, or NOT_FOUND (a note's file too). */
export async function getPortalAttachment(ctx: PortalCtx, id: string) {
  const row = await ctx.db.attachment.findFirst({
    where: {
      id,
      workspaceId: ctx.workspace.id,
      message: { workspaceId: ctx.workspace.id, kind: { in: [...PORTAL_MESSAGE_KINDS] }, ticket: { workspaceId: ctx.workspace.id, customerId: ctx.actor.customerId } },
    },
    select: { filename: true, contentType: true, blobId: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
