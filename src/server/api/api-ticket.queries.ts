// The REST API's reads of tickets and messages. Every query is scoped to ctx.workspace; a number
// of another workspace is simply not found. The ticket list is the inbox's list (listInboxIds):
// the same filters mean the same tickets as in the UI, keyset-paged by most recent activity,
// with `q` the inbox's full-text search; its cursors are the inbox's.
import type { Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import type { InboxFilters } from "@/server/inbox/inbox.schemas";
import { decodeInboxCursor } from "@/server/inbox/inbox-cursor";
import { listInboxIds } from "@/server/inbox/list-inbox";
import { toDbChannel, toDbPriority, toDbStatus, type ApiMessage, type ApiTicket, type ListTicketsQuery } from "./api.schemas";
import { API_MESSAGE_SELECT, API_TICKET_SELECT, serializeMessage, serializeTicket } from "./serializers";

/** The API's query as inbox filters, or null when its assignee is nobody in the workspace. */
async function inboxFilters(ctx: Ctx, f: ListTicketsQuery): Promise<InboxFilters | null> {
  let assignee: InboxFilters["assignee"];
  if (f.assignee === "none") assignee = "none";
  else if (f.assignee) {
    const member = await ctx.db.member.findFirst({
      where: { workspaceId: ctx.workspace.id, user: { email: f.assignee } },
      select: { id: true },
    });
    if (!member) return null;
    assignee = member.id;
  }
  return {
    ...(f.status ? { status: [toDbStatus(f.status)] } : {}),
    ...(f.priority ? { priority: [toDbPriority(f.priority)] } : {}),
    ...(f.channel ? { channel: [toDbChannel(f.channel)] } : {}),
    ...(assignee ? { assignee } : {}),
    ...(f.area ? { area: f.area } : {}),
    ...(f.tag ? { tag: f.tag } : {}),
  };
}

/** One page of tickets, most recent activity first, and the cursor of the next page. */
export async function listApiTickets(ctx: Ctx, f: ListTicketsQuery): Promise<{ data: ApiTicket[]; nextCursor: string | null }> {
  const filters = await inboxFilters(ctx, f);
  if (!filters) {
    // No member has that email: nothing matches, but a bad cursor is still a 422.
    if (f.cursor) decodeInboxCursor(f.cursor, "activity");
    return { data: [], nextCursor: null };
  }
  const page = await listInboxIds(ctx, {
    filters,
    sort: "activity",
    limit: f.limit,
    ...(f.q ? { q: f.q } : {}),
    ...(f.cursor ? { cursor: f.cursor } : {}),
  });
  const rows = await ctx.db.ticket.findMany({
    where: { workspaceId: ctx.workspace.id, id: { in: page.ids } },
    select: API_TICKET_SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return {
    // Rows deleted between the two reads drop out; the page's order is the keyset's.
    data: page.ids.flatMap((id) => (byId.has(id) ? [serializeTicket(byId.get(id)!)] : [])),
    nextCursor: page.nextCursor,
  };
}

/** The ticket with this number in ctx's workspace, or NOT_FOUND. */
export async function getApiTicket(ctx: Ctx, number: number): Promise<ApiTicket> {
  const row = await ctx.db.ticket.findUnique({
    where: { workspaceId_number: { workspaceId: ctx.workspace.id, number } },
    select: API_TICKET_SELECT,
  });
  if (!row) throw new AppError("NOT_FOUND", "Ticket not found");
  return serializeTicket(row);
}

/** Every message of the ticket, oldest first, internal notes included (the API is for agents). */
export async function listApiMessages(ctx: Ctx, number: number): Promise<ApiMessage[]> {
  const workspaceId = ctx.workspace.id;
  const ticket = await ctx.db.ticket.findUnique({ where: { workspaceId_number: { workspaceId, number } }, select: { id: true } });
  if (!ticket) throw new AppError("NOT_FOUND", "Ticket not found");
  const rows = await ctx.db.message.findMany({
    where: { workspaceId, ticketId: ticket.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: API_MESSAGE_SELECT,
  });
  return rows.map(serializeMessage);
}

export async function getApiMessage(ctx: Ctx, id: string): Promise<ApiMessage> {
  const row = await ctx.db.message.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: API_MESSAGE_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Message not found");
  return serializeMessage(row);
}

/** The id of an active member of the workspace with this email, or VALIDATION on `field`. */
export async function memberIdByEmail(ctx: Ctx, email: string, field = "assignee"): Promise<string> {
  const member = await ctx.db.member.findFirst({
    where: { workspaceId: ctx.workspace.id, deactivatedAt: null, user: { email } },
    select: { id: true },
  });
  if (!member) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { [field]: "is not an active member of this workspace" } });
  return member.id;
}

/** Tag names the ticket has now (the caller holds its row lock). */
export async function currentTagNames(ctx: Ctx, ticketId: string): Promise<string[]> {
  const links = await ctx.db.ticketTag.findMany({
    where: { workspaceId: ctx.workspace.id, ticketId },
    select: { tag: { select: { name: true } } },
  });
  return links.map((l) => l.tag.name);
}
