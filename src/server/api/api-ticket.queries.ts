// The REST API's reads of tickets and messages. Every query is scoped to ctx.workspace; a number
// of another workspace is simply not found. The list is keyset-paginated on
// (lastActivityAt desc, id desc), which the index Ticket(workspaceId, lastActivityAt, id) serves;
// with `q` it is the inbox's full-text search (searchTickets), which pages on the same keyset.
import type { Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { toDbChannel, toDbPriority, toDbStatus, type ApiMessage, type ApiTicket, type ListTicketsQuery } from "./api.schemas";
import { searchTickets, SEARCH_MAX_LIMIT } from "@/server/search/search-tickets";
import { decodeCursor, encodeCursor } from "./cursor";
import { API_MESSAGE_SELECT, API_TICKET_SELECT, serializeMessage, serializeTicket } from "./serializers";

/** The filters of ListTicketsQuery (but `q`) as SQL conditions on `t` ("Ticket"). */
function ticketConditions(workspaceId: string, f: ListTicketsQuery): Prisma.Sql[] {
  const ws = Prisma.sql`${workspaceId}::uuid`;
  const where: Prisma.Sql[] = [Prisma.sql`t."workspaceId" = ${ws}`];
  if (f.status) where.push(Prisma.sql`t."status" = ${toDbStatus(f.status)}::"TicketStatus"`);
  if (f.priority) where.push(Prisma.sql`t."priority" = ${toDbPriority(f.priority)}::"TicketPriority"`);
  if (f.channel) where.push(Prisma.sql`t."channel" = ${toDbChannel(f.channel)}::"Channel"`);
  if (f.assignee === "none") where.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (f.assignee) {
    where.push(Prisma.sql`t."assigneeId" IN (
      SELECT m."id" FROM "Member" m JOIN "User" u ON u."id" = m."userId"
       WHERE m."workspaceId" = ${ws} AND u."email" = ${f.assignee})`);
  }
  if (f.area) {
    where.push(Prisma.sql`t."problemAreaId" IN (SELECT a."id" FROM "ProblemArea" a WHERE a."workspaceId" = ${ws} AND a."key" = ${f.area})`);
  }
  if (f.tag) {
    where.push(Prisma.sql`EXISTS (
      SELECT 1 FROM "TicketTag" tt JOIN "Tag" g ON g."id" = tt."tagId"
       WHERE tt."ticketId" = t."id" AND tt."workspaceId" = ${ws} AND g."workspaceId" = ${ws} AND g."name" = ${f.tag})`);
  }
  if (f.cursor) {
    const after = decodeCursor(f.cursor);
    where.push(Prisma.sql`(t."lastActivityAt", t."id") < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  }
  return where;
}

type Key = { id: string; lastActivityAt: Date };

/**
 * The filters' member, area and tag as ids for searchTickets, or null when one names nothing in
 * the workspace (then no ticket matches).
 */
async function searchFilterIds(ctx: Ctx, f: ListTicketsQuery) {
  const workspaceId = ctx.workspace.id;
  const [member, area, tag] = await Promise.all([
    f.assignee && f.assignee !== "none"
      ? ctx.db.member.findFirst({ where: { workspaceId, user: { email: f.assignee } }, select: { id: true } })
      : undefined,
    f.area ? ctx.db.problemArea.findFirst({ where: { workspaceId, key: f.area }, select: { id: true } }) : undefined,
    f.tag ? ctx.db.tag.findFirst({ where: { workspaceId, name: f.tag }, select: { id: true } }) : undefined,
  ]);
  if (member === null || area === null || tag === null) return null;
  return {
    ...(f.status ? { status: [toDbStatus(f.status)] } : {}),
    ...(f.priority ? { priority: [toDbPriority(f.priority)] } : {}),
    ...(f.channel ? { channel: [toDbChannel(f.channel)] } : {}),
    ...(f.assignee === "none" ? { assigneeId: null } : member ? { assigneeId: member.id } : {}),
    ...(area ? { problemAreaId: area.id } : {}),
    ...(tag ? { tagId: tag.id } : {}),
  };
}

/** Up to `want` keys of the search's results after the cursor. */
async function searchKeys(ctx: Ctx, f: ListTicketsQuery & { q: string }, want: number): Promise<Key[]> {
  const filters = await searchFilterIds(ctx, f);
  if (!filters) return [];
  const after = f.cursor ? decodeCursor(f.cursor) : undefined;
  const hits = await searchTickets(ctx, {
    q: f.q,
    limit: want,
    includeNotes: true, // the API is for agents
    filters,
    ...(after ? { after: { lastActivityAt: after.at, id: after.id } } : {}),
  });
  return hits.map((h) => ({ id: h.ticketId, lastActivityAt: h.lastActivityAt }));
}

/** One page of tickets, most recent activity first, and the cursor of the next page. */
export async function listApiTickets(ctx: Ctx, f: ListTicketsQuery): Promise<{ data: ApiTicket[]; nextCursor: string | null }> {
  const workspaceId = ctx.workspace.id;
  // One more than asked tells whether another page follows; search caps its page at
  // SEARCH_MAX_LIMIT, so a full search page of that size always offers a next (maybe empty) page.
  const want = f.q ? Math.min(f.limit + 1, SEARCH_MAX_LIMIT) : f.limit + 1;
  const page: Key[] = f.q
    ? await searchKeys(ctx, { ...f, q: f.q }, want)
    : await ctx.db.$queryRaw<Key[]>`
    SELECT t."id"::text AS "id", t."lastActivityAt"
      FROM "Ticket" t
     WHERE ${Prisma.join(ticketConditions(workspaceId, f), " AND ")}
     ORDER BY t."lastActivityAt" DESC, t."id" DESC
     LIMIT ${want}`;
  const hasMore = page.length > f.limit || (page.length === f.limit && want === f.limit);
  const keys = page.slice(0, f.limit);
  const rows = await ctx.db.ticket.findMany({
    where: { workspaceId, id: { in: keys.map((k) => k.id) } },
    select: API_TICKET_SELECT,
  });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const last = keys.at(-1);
  return {
    // Rows deleted between the two reads drop out; the page's order is the keyset's.
    data: keys.flatMap((k) => (byId.has(k.id) ? [serializeTicket(byId.get(k.id)!)] : [])),
    nextCursor: hasMore && last ? encodeCursor({ at: new Date(last.lastActivityAt), id: last.id }) : null,
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
  if (!member) throw new AppError("VALIDATION", "Some fields are invalid", { [field]: "is not an active member of this workspace" });
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
