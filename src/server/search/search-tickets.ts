// One search box for tickets: by number (`#123` or `123`), order number (exactly, normalized), subject, message text (internal notes
// only when `includeNotes`), customer name and email. Scoped to ctx.workspace; any member may
// search. PostgreSQL only: stored tsvectors (`simple` configuration over folded text, see the
// migration 20261125185330_search_functions), GIN indexes, and pg_trgm for parts of words.
//
// CUSTOMER-FACING CALLERS (portal, anything a customer sees) MUST pass `includeNotes: false`:
// otherwise a ticket can be found, and its existence confirmed, by the text of an internal note.
//
// The plan: exact results (the first `limit` matching tickets by last activity, newest first,
// id as tie-breaker and keyset cursor) at a bounded cost whether the word is common or rare.
// The planner cannot choose between the two ways to get there (its estimates for ILIKE patterns
// and prefix tsqueries are guesses, and a wrong guess costs seconds on a large workspace), so
// the code decides:
// 1. Walk: the newest SEARCH_WALK_ROWS tickets that pass the filters, along (workspaceId,
//    lastActivityAt, id), each checked (number, subject, customer by primary key, messages
//    through (workspaceId, ticketId, createdAt)) until the page is full. A common word fills the
//    page after a few hundred tickets; when it does, the page is exact (nothing newer matched).
//    So is it when fewer tickets than that pass the filters (the walk saw them all).
// 2. Otherwise the word is rare among recent tickets: the GIN indexes (Ticket, Message and
//    Customer searchVector; pg_trgm on subject, email and name) give every match in the
//    workspace, each set materialised (so the planner cannot turn it back into a walk), joined
//    to its tickets, filtered and sorted. Its cost follows how often the word occurs in the whole
//    installation (the indexes are not per workspace): milliseconds for a rare word, more for
//    a word that is common elsewhere but rare in this workspace's recent tickets.
// Words: the query is folded exactly like the documents (shopdesk_search_fold), parsed by
// plainto_tsquery (which never fails on any input and ANDs the words in order), and the last word
// made a prefix (`word:*`) by appending `:*` to the tsquery's own text form, which is properly
// quoted: no tsquery syntax is ever built from the user's text. The expression is written inline
// (immutable functions of a bound value), so the planner folds it to a constant.
// Notes match only with `includeNotes`; what matched is reported per result for highlighting.
import { z } from "zod";
import { text } from "@/lib/validation";
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { Prisma } from "@/server/db";
import { normalizeOrderNumber } from "@/lib/order-number";
import { parseInput } from "@/server/validate";
import { ChannelSchema, TicketPrioritySchema, TicketStatusSchema } from "@/server/tickets/ticket.schemas";

/** How many of the newest tickets the walk checks before it asks the indexes instead. */
export const SEARCH_WALK_ROWS = 500;
export const SEARCH_MAX_LIMIT = 100;
/** pg_trgm needs 3 characters to use its index; shorter substrings would scan the workspace. */
const MIN_SUBSTRING = 3;
const MAX_TICKET_NUMBER = 2_147_483_647;

export const SearchTicketsInput = z.object({
  q: text().trim().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(25),
  /** Agents see internal notes; customer-facing callers must pass false. */
  includeNotes: z.boolean().default(true),
  filters: z
    .object({
      status: z.array(TicketStatusSchema).max(3).optional(),
      priority: z.array(TicketPrioritySchema).max(4).optional(),
      channel: z.array(ChannelSchema).max(7).optional(),
      /** A member id, or null for unassigned tickets. */
      assigneeId: z.uuid().nullable().optional(),
      problemAreaId: z.uuid().optional(),
      customerId: z.uuid().optional(),
      tagId: z.uuid().optional(),
    })
    .strict()
    .optional(),
  /** Results after this one (the last result of the previous page). */
  after: z.object({ lastActivityAt: z.coerce.date(), id: z.uuid() }).optional(),
});
export type SearchTicketsInput = z.input<typeof SearchTicketsInput>;

export type SearchSource = "number" | "order" | "subject" | "message" | "note" | "customer";

export type SearchHit = {
  ticketId: string;
  number: number;
  lastActivityAt: Date;
  /** 1 for the first result of this call; results are ordered by recency. */
  rank: number;
  /** What matched, for highlighting: the number, the subject, a message, a note, the customer. */
  matchedBy: SearchSource[];
};

type Row = { id: string; number: number; lastActivityAt: Date; sources: SearchSource[] };
type Input = z.output<typeof SearchTicketsInput>;

/** `%fragment%` for ILIKE, with the user's `%`, `_` and `\` matching themselves. */
export function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, "\\$&")}%`;
}

/** The ticket number a query names (`#123`, `123`, either with spaces around), if any. */
export function ticketNumberIn(q: string): number | null {
  const m = /^\s*#?\s*(\d{1,10})\s*$/.exec(q);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= MAX_TICKET_NUMBER ? n : null;
}

/** The input as a tsquery: folded, words ANDed in order, the last one a prefix (also the help center's search). */
export function foldedPrefixTsquery(q: string): Prisma.Sql {
  const parsed = Prisma.sql`plainto_tsquery('simple'::regconfig, shopdesk_search_fold(${q}))`;
  return Prisma.sql`(CASE WHEN numnode(${parsed}) > 0 THEN (${parsed}::text || ':*')::tsquery ELSE ${parsed} END)`;
}

/** Conditions on `t` ("Ticket"): the workspace, the filters and the cursor. */
function ticketConditions(ws: string, input: Input): Prisma.Sql {
  const f = input.filters ?? {};
  const where: Prisma.Sql[] = [Prisma.sql`t."workspaceId" = ${ws}::uuid`];
  if (f.status?.length) where.push(Prisma.sql`t."status" = ANY(${f.status}::"TicketStatus"[])`);
  if (f.priority?.length) where.push(Prisma.sql`t."priority" = ANY(${f.priority}::"TicketPriority"[])`);
  if (f.channel?.length) where.push(Prisma.sql`t."channel" = ANY(${f.channel}::"Channel"[])`);
  if (f.assigneeId === null) where.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (f.assigneeId) where.push(Prisma.sql`t."assigneeId" = ${f.assigneeId}::uuid`);
  if (f.problemAreaId) where.push(Prisma.sql`t."problemAreaId" = ${f.problemAreaId}::uuid`);
  if (f.customerId) where.push(Prisma.sql`t."customerId" = ${f.customerId}::uuid`);
  if (f.tagId) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "TicketTag" tt
      WHERE tt."ticketId" = t."id" AND tt."tagId" = ${f.tagId}::uuid AND tt."workspaceId" = ${ws}::uuid)`);
  }
  if (input.after) {
    where.push(Prisma.sql`(t."lastActivityAt", t."id") < (${input.after.lastActivityAt}::timestamptz, ${input.after.id}::uuid)`);
  }
  return Prisma.join(where, " AND ");
}

type Parts = { words: Prisma.Sql | null; like: string | null; number: number | null; order: string | null };

function partsOf(q: string): Parts {
  return {
    // Without a letter or digit there is no word to look for (plainto_tsquery would be empty).
    words: /[\p{L}\p{N}]/u.test(q) ? foldedPrefixTsquery(q) : null,
    like: q.length >= MIN_SUBSTRING ? likePattern(q) : null,
    number: ticketNumberIn(q),
    order: normalizeOrderNumber(q),
  };
}

const or = (parts: Array<Prisma.Sql | null>): Prisma.Sql | null => {
  const present = parts.filter((p): p is Prisma.Sql => p !== null);
  return present.length > 0 ? Prisma.sql`(${Prisma.join(present, " OR ")})` : null;
};

/** Customers (alias c) whose name or email match. */
const customerMatch = (p: Parts) =>
  or([
    p.words ? Prisma.sql`c."searchVector" @@ ${p.words}` : null,
    p.like ? Prisma.sql`c."email" ILIKE ${p.like}` : null,
    p.like ? Prisma.sql`c."name" ILIKE ${p.like}` : null,
  ]);

/**
 * How ticket `t` can match, each a condition on one ticket (null when the query cannot match that
 * way). Lookups are scalar subqueries with LIMIT 1, which PostgreSQL always runs per ticket
 * through an index (an EXISTS it may instead turn into a hash of every match in the workspace).
 */
function matchConditions(ws: string, p: Parts, includeNotes: boolean): Record<SearchSource | "anyMessage", Prisma.Sql | null> {
  const messages = (kind: Prisma.Sql) => Prisma.sql`(SELECT true FROM "Message" m
      WHERE m."workspaceId" = ${ws}::uuid AND m."ticketId" = t."id" AND m."searchVector" @@ ${p.words} ${kind} LIMIT 1)`;
  const customer = customerMatch(p);
  return {
    number: p.number !== null ? Prisma.sql`t."number" = ${p.number}` : null,
    order: p.order !== null ? Prisma.sql`t."orderNumber" = ${p.order}` : null,
    subject: or([p.words ? Prisma.sql`t."searchVector" @@ ${p.words}` : null, p.like ? Prisma.sql`t."subject" ILIKE ${p.like}` : null]),
    customer: customer
      ? Prisma.sql`(SELECT true FROM "Customer" c WHERE c."id" = t."customerId" AND c."workspaceId" = ${ws}::uuid AND ${customer} LIMIT 1)`
      : null,
    message: p.words ? messages(Prisma.sql`AND m."kind" <> 'NOTE'`) : null,
    note: p.words && includeNotes ? messages(Prisma.sql`AND m."kind" = 'NOTE'`) : null,
    // For finding the tickets: one look at the messages, whatever their kind.
    anyMessage: p.words ? messages(includeNotes ? Prisma.empty : Prisma.sql`AND m."kind" <> 'NOTE'`) : null,
  };
}

/**
 * The ids of every ticket of the workspace that matches, from the GIN indexes, as materialised
 * sets. Each search index leads with "workspaceId" (btree_gin, migration
 * 20261125210531_search_workspace_gin), so the index scan itself keeps to the workspace: a word
 * common in other shops costs nothing here.
 */
function matchingIdSets(ws: string, p: Parts, includeNotes: boolean): Prisma.Sql[] {
  const inWorkspace = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."workspaceId" = ${ws}::uuid`;
  const sets: Prisma.Sql[] = [];
  if (p.number !== null) sets.push(Prisma.sql`SELECT t."id" FROM "Ticket" t WHERE t."workspaceId" = ${ws}::uuid AND t."number" = ${p.number}`);
  if (p.order !== null) sets.push(Prisma.sql`SELECT t."id" FROM "Ticket" t WHERE t."workspaceId" = ${ws}::uuid AND t."orderNumber" = ${p.order}`);
  const subject = or([p.words ? Prisma.sql`t."searchVector" @@ ${p.words}` : null, p.like ? Prisma.sql`t."subject" ILIKE ${p.like}` : null]);
  if (subject) sets.push(Prisma.sql`SELECT t."id" FROM "Ticket" t WHERE ${inWorkspace("t")} AND ${subject}`);
  const customer = customerMatch(p);
  if (customer) {
    // OFFSET 0 keeps the lateral per customer, through the index (customerId, lastActivityAt).
    sets.push(Prisma.sql`SELECT t."id" FROM (SELECT c."id" FROM "Customer" c WHERE ${inWorkspace("c")} AND ${customer}) c
      CROSS JOIN LATERAL (SELECT t."id" FROM "Ticket" t WHERE t."customerId" = c."id" AND t."workspaceId" = ${ws}::uuid OFFSET 0) t`);
  }
  if (p.words) {
    const notes = includeNotes ? Prisma.empty : Prisma.sql`AND m."kind" <> 'NOTE'`;
    sets.push(Prisma.sql`SELECT m."ticketId" FROM "Message" m WHERE ${inWorkspace("m")} AND m."searchVector" @@ ${p.words} ${notes}`);
  }
  return sets;
}

/** The sources of a result row, computed only for the rows returned. */
function sourcesOf(match: Record<SearchSource | "anyMessage", Prisma.Sql | null>): Prisma.Sql {
  const cases = (Object.entries(match) as Array<[SearchSource | "anyMessage", Prisma.Sql | null]>)
    .filter((e): e is [SearchSource, Prisma.Sql] => e[0] !== "anyMessage" && e[1] !== null)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([source, cond]) => Prisma.sql`CASE WHEN ${cond} THEN ${source} END`);
  return Prisma.sql`array_remove(ARRAY[${Prisma.join(cases)}]::text[], NULL)`;
}

export async function searchTickets(ctx: Ctx, raw: SearchTicketsInput): Promise<SearchHit[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(SearchTicketsInput, raw);
  const ws = ctx.workspace.id;
  const parts = partsOf(input.q);
  const match = matchConditions(ws, parts, input.includeNotes);
  const conditions = [match.number, match.order, match.subject, match.customer, match.anyMessage].filter((c): c is Prisma.Sql => c !== null);
  if (conditions.length === 0) return [];
  const filters = ticketConditions(ws, input);
  const order = Prisma.sql`ORDER BY t."lastActivityAt" DESC, t."id" DESC`;

  // 1. The walk: the subquery's order carries through, so this stops at `limit` matches.
  let rows = await ctx.db.$queryRaw<Row[]>`
    SELECT t."id"::text AS "id", t."number", t."lastActivityAt", ${sourcesOf(match)} AS "sources"
      FROM (SELECT t.* FROM "Ticket" t WHERE ${filters} ${order} LIMIT ${SEARCH_WALK_ROWS}) t
     WHERE ${Prisma.join(conditions, " OR ")}
     ${order} LIMIT ${input.limit}`;
  let complete = rows.length === input.limit;
  if (!complete) {
    // Fewer tickets than the walk's reach pass the filters (one customer's, a narrow view): the
    // walk saw them all and its page is exact. Asking the indexes instead would fetch every
    // match of the word in the installation to keep a handful.
    const [walkable] = await ctx.db.$queryRaw<Array<{ n: number }>>`
      SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Ticket" t WHERE ${filters} LIMIT ${SEARCH_WALK_ROWS}) t`;
    complete = (walkable?.n ?? 0) < SEARCH_WALK_ROWS;
  }

  // 2. Every match, from the indexes; each ticket then read by its primary key (OFFSET 0 keeps
  //    that a per-id lookup, whatever the planner guesses about the sets' sizes).
  if (!complete) {
    const sets = matchingIdSets(ws, parts, input.includeNotes);
    const names = sets.map((_, i) => Prisma.raw(`"set${i}"`));
    rows = await ctx.db.$queryRaw<Row[]>`
      WITH ${Prisma.join(sets.map((s, i) => Prisma.sql`${names[i]!} AS MATERIALIZED (${s})`))}
      SELECT t."id"::text AS "id", t."number", t."lastActivityAt", ${sourcesOf(match)} AS "sources"
        FROM (${Prisma.join(names.map((n) => Prisma.sql`SELECT * FROM ${n}`), " UNION ")}) AS s("id")
        CROSS JOIN LATERAL (SELECT t.* FROM "Ticket" t WHERE t."id" = s."id" AND ${filters} OFFSET 0) t
       ${order} LIMIT ${input.limit}`;
  }

  ctx.log.debug({ workspaceId: ws, results: rows.length, complete, includeNotes: input.includeNotes, qLength: input.q.length }, "ticket search");
  return rows.map((r, i) => ({ ticketId: r.id, number: r.number, lastActivityAt: r.lastActivityAt, rank: i + 1, matchedBy: r.sources }));
}
