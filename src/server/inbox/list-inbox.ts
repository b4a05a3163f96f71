// One page of the inbox: the tickets that match the filters, in one of three orders, keyset-paged
// (never OFFSET, which gets slower page after page and skips or repeats rows while tickets
// arrive). Two statements: the page's keys, which one of the Ticket indexes serves in order
// (activity: (workspaceId[, status[, assigneeId]], lastActivityAt, id); created:
// (workspaceId, status, createdAt, id); priority: (workspaceId, status, priority, lastActivityAt,
// id); due: (workspaceId, status, slaDueAt, id), the tickets with a deadline and those without
// read as two ranges), then the page's rows by id (inbox-items.ts). With `q` the keys come from searchTickets,
// which ranks by recency, so a search is always listed by activity. Any member may read.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { Prisma } from "@/server/db";
import { parseInput } from "@/server/validate";
import { searchTickets, SEARCH_MAX_LIMIT, ticketNumberIn } from "@/server/search/search-tickets";
import { decodeInboxCursor, encodeInboxCursor } from "./inbox-cursor";
import { inboxFilterConditions, resolveInboxFilters, type ResolvedInboxFilters } from "./inbox-filter-sql";
import { loadInboxItems } from "./inbox-items";
import { ListInboxInputSchema, type InboxKeyset, type InboxPage, type InboxSort, type ListInboxInput } from "./inbox.schemas";

type Key = { id: string; lastActivityAt: Date; createdAt: Date; priority: "LOW" | "NORMAL" | "HIGH" | "URGENT"; slaDueAt: Date | null };

const ORDER: Record<InboxSort, Prisma.Sql> = {
  activity: Prisma.sql`t."lastActivityAt" DESC, t."id" DESC`,
  created: Prisma.sql`t."createdAt" DESC, t."id" DESC`,
  priority: Prisma.sql`t."priority" DESC, t."lastActivityAt" DESC, t."id" DESC`,
  due: Prisma.sql`t."slaDueAt" ASC NULLS LAST, t."id" ASC`,
};

/** The same orders backwards: for the rows before a position (the previous ticket of a list). */
const REVERSE_ORDER: Record<InboxSort, Prisma.Sql> = {
  activity: Prisma.sql`t."lastActivityAt" ASC, t."id" ASC`,
  created: Prisma.sql`t."createdAt" ASC, t."id" ASC`,
  priority: Prisma.sql`t."priority" ASC, t."lastActivityAt" ASC, t."id" ASC`,
  due: Prisma.sql`t."slaDueAt" DESC NULLS FIRST, t."id" DESC`,
};

/**
 * Rows strictly after `k` in its sort, or strictly before it with `before` (row comparison: one
 * index range, no OR chain). The due sort has its own (dueRanges).
 */
function afterKeyset(k: Exclude<InboxKeyset, { sort: "due" }>, before = false): Prisma.Sql {
  const at = Prisma.sql`${k.at.toISOString()}::timestamptz`;
  const id = Prisma.sql`${k.id}::uuid`;
  const op = Prisma.raw(before ? ">" : "<");
  switch (k.sort) {
    case "activity":
      return Prisma.sql`(t."lastActivityAt", t."id") ${op} (${at}, ${id})`;
    case "created":
      return Prisma.sql`(t."createdAt", t."id") ${op} (${at}, ${id})`;
    case "priority":
      return Prisma.sql`(t."priority", t."lastActivityAt", t."id") ${op} (${k.priority}::"TicketPriority", ${at}, ${id})`;
  }
}

export type InboxKey = Key;

/** Where a ticket stands in a sort, as the cursor of the page that starts right after it. */
export function keysetOf(sort: InboxSort, k: Key): InboxKeyset {
  if (sort === "due") return { sort, at: k.slaDueAt, id: k.id };
  if (sort === "priority") return { sort, priority: k.priority, at: k.lastActivityAt, id: k.id };
  return { sort, at: sort === "created" ? k.createdAt : k.lastActivityAt, id: k.id };
}

/**
 * The id of the ticket just before `position` in a list without search (the nearest newer one
 * in its sort), or null at the top: the same filters and indexes as the list, walked backwards.
 */
export async function inboxIdBefore(ctx: Ctx, raw: Omit<ListInboxInput, "q" | "cursor" | "limit">, position: Key): Promise<string | null> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(ListInboxInputSchema, raw);
  const filters = await resolveInboxFilters(ctx, input.filters);
  if (!filters) return null;
  const { keys } = await sortedKeys(ctx, filters, input.sort, 1, keysetOf(input.sort, position), true);
  return keys[0]?.id ?? null;
}

export async function listInbox(ctx: Ctx, raw: ListInboxInput): Promise<InboxPage> {
  const page = await listInboxIds(ctx, raw);
  return { items: await loadInboxItems(ctx, page.ids), nextCursor: page.nextCursor };
}

/**
 * The ids of one page, in order, and the next page's cursor: listInbox without the rows, for
 * callers that show tickets in their own shape (the REST API).
 */
export async function listInboxIds(ctx: Ctx, raw: ListInboxInput): Promise<{ ids: string[]; nextCursor: string | null }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(ListInboxInputSchema, raw);
  const sort: InboxSort = input.q ? "activity" : input.sort;
  // Decoded before anything else, so a bad cursor is a VALIDATION error even when no ticket matches.
  const after = input.cursor ? decodeInboxCursor(input.cursor, sort) : undefined;
  const filters = await resolveInboxFilters(ctx, input.filters);
  if (!filters) return { ids: [], nextCursor: null };

  const { keys, more } = input.q
    ? await searchPage(ctx, input.q, filters, input.limit, after)
    : await sortedKeys(ctx, filters, sort, input.limit, after);
  ctx.log.debug({ workspaceId: ctx.workspace.id, sort, search: Boolean(input.q), keys: keys.length }, "inbox listed");
  return { ids: keys.map((k) => k.id), nextCursor: more ? encodeInboxCursor(keysetOf(sort, more)) : null };
}

type KeyPage = { keys: Key[]; more: Key | null };

const ALL_STATUSES = ["OPEN", "PENDING", "CLOSED"] as const;

/**
 * One branch per status, each `status = X ORDER BY <sort> LIMIT n` on an index that starts with
 * (workspaceId, status) and so returns it in order, merged and cut to the page. A single
 * `status IN (...)` (or no status at all) would make PostgreSQL read every matching row and sort
 * them, because no index yields several statuses in one order; three short ordered scans do not.
 */
async function sortedKeys(
  ctx: Ctx,
  f: ResolvedInboxFilters,
  sort: InboxSort,
  limit: number,
  after?: InboxKeyset,
  /** Walk backwards: the rows before `after`, nearest first. */
  backwards = false,
): Promise<KeyPage> {
  const { status, ...rest } = f;
  const common = inboxFilterConditions(ctx.workspace.id, rest);
  if (after && after.sort !== "due") common.push(afterKeyset(after, backwards));
  const order = backwards ? REVERSE_ORDER[sort] : ORDER[sort];
  // The due sort reads each status as two ranges (see dueRanges); the others as one.
  const ranges = sort === "due" ? dueRanges(after?.sort === "due" ? after : undefined, backwards) : [{ where: [], order }];
  const branch = (s: string, range: Range) => Prisma.sql`(
    SELECT t."id", t."lastActivityAt", t."createdAt", t."priority", t."slaDueAt"
      FROM "Ticket" t
     WHERE ${Prisma.join([...common, ...range.where, Prisma.sql`t."status" = ${s}::"TicketStatus"`], " AND ")}
     ORDER BY ${range.order}
     LIMIT ${limit + 1})`;
  const branches = [...new Set(status ?? ALL_STATUSES)].flatMap((s) => ranges.map((r) => branch(s, r)));
  // Ordered as uuid and enum (the keyset's types), cast to text only on the way out.
  const rows = await ctx.db.$queryRaw<Key[]>`
    SELECT t."id"::text AS "id", t."lastActivityAt", t."createdAt", t."priority"::text AS "priority", t."slaDueAt"
      FROM (${Prisma.join(branches, " UNION ALL ")}) t
     ORDER BY ${order}
     LIMIT ${limit + 1}`;
  const keys = rows.slice(0, limit);
  return { keys, more: rows.length > limit ? keys.at(-1)! : null };
}

type Range = { where: Prisma.Sql[]; order: Prisma.Sql };

/**
 * The due sort's ranges of one status after (or before) a position: the tickets with a deadline,
 * earliest first, and those without one, by id, after them. Each is one range of the index
 * (workspaceId, status, slaDueAt, id) in its order; an OR of the two would be none.
 */
function dueRanges(after: Extract<InboxKeyset, { sort: "due" }> | undefined, backwards: boolean): Range[] {
  const dated = (cond?: Prisma.Sql): Range => ({
    where: [cond ?? Prisma.sql`t."slaDueAt" IS NOT NULL`],
    order: backwards ? Prisma.sql`t."slaDueAt" DESC, t."id" DESC` : Prisma.sql`t."slaDueAt" ASC, t."id" ASC`,
  });
  const undated = (cond?: Prisma.Sql): Range => ({
    where: [Prisma.sql`t."slaDueAt" IS NULL`, ...(cond ? [cond] : [])],
    order: backwards ? Prisma.sql`t."id" DESC` : Prisma.sql`t."id" ASC`,
  });
  if (!after) return [dated(), undated()];
  const id = Prisma.sql`${after.id}::uuid`;
  if (after.at === null) {
    // Among the undated: forwards only undated ones follow; backwards every dated one comes first.
    return backwards ? [undated(Prisma.sql`t."id" < ${id}`), dated()] : [undated(Prisma.sql`t."id" > ${id}`)];
  }
  const at = Prisma.sql`${after.at.toISOString()}::timestamptz`;
  return backwards ? [dated(Prisma.sql`(t."slaDueAt", t."id") < (${at}, ${id})`)] : [dated(Prisma.sql`(t."slaDueAt", t."id") > (${at}, ${id})`), undated()];
}

/** Before every keyset position: the first page, for a cursor that must start there. */
const TOP: Key = { id: "ffffffff-ffff-ffff-ffff-ffffffffffff", lastActivityAt: new Date("9999-12-31T00:00:00Z"), createdAt: new Date(0), priority: "NORMAL", slaDueAt: null };

/**
 * A search page. A query that is exactly a ticket number (`12`, `#12`) names that ticket: when
 * it passes the filters it comes first on the first page, ahead of the recency order, and is left
 * out of every page's search results, so paging never repeats it. (The inbox page opens such a
 * ticket instead; the REST API lists it first.)
 */
async function searchPage(ctx: Ctx, q: string, f: ResolvedInboxFilters, limit: number, after?: InboxKeyset): Promise<KeyPage> {
  const number = ticketNumberIn(q);
  const named = number === null ? null : await namedTicket(ctx, number, f);
  if (!named) return searchKeys(ctx, q, f, limit, after);
  if (after) return searchKeys(ctx, q, f, limit, after, named.id);
  if (limit === 1) {
    // Only the named ticket fits: the next page starts from the top, without it.
    const rest = await searchKeys(ctx, q, f, 1, undefined, named.id);
    return { keys: [named], more: rest.keys.length > 0 ? TOP : null };
  }
  const rest = await searchKeys(ctx, q, f, limit - 1, undefined, named.id);
  return { keys: [named, ...rest.keys], more: rest.more };
}

/** The ticket of the workspace with this number, if it passes the filters. */
async function namedTicket(ctx: Ctx, number: number, f: ResolvedInboxFilters): Promise<Key | null> {
  const where = [...inboxFilterConditions(ctx.workspace.id, f), Prisma.sql`t."number" = ${number}`];
  const [row] = await ctx.db.$queryRaw<Key[]>`
    SELECT t."id"::text AS "id", t."lastActivityAt", t."createdAt", t."priority"::text AS "priority", t."slaDueAt"
      FROM "Ticket" t WHERE ${Prisma.join(where, " AND ")}`;
  return row ?? null;
}

/** Enough search chunks to fill a page; search has no mention filter, so that one is applied here. */
const MAX_SEARCH_CHUNKS = 25;

async function searchKeys(ctx: Ctx, q: string, f: ResolvedInboxFilters, limit: number, after?: InboxKeyset, skipId?: string): Promise<KeyPage> {
  const { mentionedMemberId, ...searchFilters } = f;
  const found: Key[] = [];
  let position = after && after.sort !== "due" && after.id !== TOP.id ? { lastActivityAt: after.at, id: after.id } : undefined;
  for (let chunk = 0; chunk < MAX_SEARCH_CHUNKS; chunk++) {
    // One more than the page tells whether another page follows; search pages hold at most
    // SEARCH_MAX_LIMIT, so a larger page takes several chunks.
    const want = mentionedMemberId ? SEARCH_MAX_LIMIT : Math.min(SEARCH_MAX_LIMIT, limit + 1 - found.length);
    const hits = await searchTickets(ctx, { q, limit: want, includeNotes: true, filters: searchFilters, ...(position ? { after: position } : {}) });
    const ids = mentionedMemberId ? await mentioned(ctx, mentionedMemberId, hits.map((h) => h.ticketId)) : null;
    for (const h of hits) {
      if ((ids && !ids.has(h.ticketId)) || h.ticketId === skipId) continue;
      found.push({ id: h.ticketId, lastActivityAt: h.lastActivityAt, createdAt: h.lastActivityAt, priority: "NORMAL", slaDueAt: null });
    }
    if (found.length > limit) {
      const keys = found.slice(0, limit);
      return { keys, more: keys.at(-1)! };
    }
    const last = hits.at(-1);
    if (hits.length < want || !last) return { keys: found, more: null };
    position = { lastActivityAt: last.lastActivityAt, id: last.ticketId };
  }
  // Searched this far without filling the page: offer the rest from where the search stopped.
  const stop: Key = { id: position!.id, lastActivityAt: position!.lastActivityAt, createdAt: position!.lastActivityAt, priority: "NORMAL", slaDueAt: null };
  return { keys: found, more: stop };
}

/** Which of these tickets have a mention of the member. */
async function mentioned(ctx: Ctx, memberId: string, ticketIds: string[]): Promise<Set<string>> {
  if (ticketIds.length === 0) return new Set();
  const ws = ctx.workspace.id;
  const rows = await ctx.db.$queryRaw<Array<{ id: string }>>`
    SELECT DISTINCT mm."ticketId"::text AS "id" FROM "Mention" mn
      JOIN "Message" mm ON mm."id" = mn."messageId" AND mm."workspaceId" = ${ws}::uuid
     WHERE mn."workspaceId" = ${ws}::uuid AND mn."memberId" = ${memberId}::uuid
       AND mm."ticketId" = ANY(${ticketIds}::uuid[])`;
  return new Set(rows.map((r) => r.id));
}
