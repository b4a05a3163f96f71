// One search box for tickets: by number (`#123` or `123`), subject, message text (internal notes
// only when `includeNotes`), customer name and email. Scoped to ctx.workspace; any member may
// search. PostgreSQL only: stored tsvectors (`simple` configuration over folded text, see the
// migration 20261125185330_search_functions), GIN indexes, and pg_trgm for parts of words.
//
// CUSTOMER-FACING CALLERS (portal, anything a customer sees) MUST pass `includeNotes: false`:
// otherwise a ticket can be found, and its existence confirmed, by the text of an internal note.
//
// The plan, one statement:
// 1. `query`: the input folded exactly like the documents (shopdesk_search_fold), parsed by
//    plainto_tsquery (which never fails on any input and ANDs the words in order), and the last
//    word made a prefix (`word:*`) by appending `:*` to the tsquery's own text form, which is
//    properly quoted: no tsquery syntax is ever built from the user's text.
// 2. Candidates, each branch bounded to the CANDIDATES most recent hits:
//    - the ticket with that number (unique index on workspaceId, number);
//    - tickets whose subject matches (GIN on Ticket.searchVector; pg_trgm ILIKE for 3+ characters);
//    - tickets with a matching message (GIN on Message.searchVector, newest messages first);
//    - tickets of matching customers (GIN on Customer.searchVector, pg_trgm ILIKE on email and
//      name), through the (customerId, lastActivityAt) index.
//    The GIN bitmap finds all matches of the word; the LIMIT bounds what is sorted and joined.
// 3. The union is joined to its tickets, filtered, and ordered by last activity (newest first)
//    with the id as tie-breaker, which is also the keyset cursor.
// A very common word therefore ranks only among the most recent CANDIDATES hits per branch: the
// price of a bounded, predictable query, and what a recency-ranked inbox search wants.
import { z } from "zod";
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { Prisma } from "@/server/db";
import { parseInput } from "@/server/validate";
import { ChannelSchema, TicketPrioritySchema, TicketStatusSchema } from "@/server/tickets/ticket.schemas";

/** Per branch: how many of the most recent hits are considered. */
export const SEARCH_CANDIDATES = 500;
export const SEARCH_MAX_LIMIT = 100;
/** pg_trgm needs 3 characters to use its index; shorter substrings would scan the workspace. */
const MIN_SUBSTRING = 3;
const MAX_TICKET_NUMBER = 2_147_483_647;

export const SearchTicketsInput = z.object({
  q: z.string().trim().min(1).max(200),
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

export type SearchSource = "number" | "subject" | "message" | "note" | "customer";

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

/** `%fragment%` for ILIKE, with the user's `%`, `_` and `\` matching themselves. */
export function likePattern(fragment: string): string {
  return `%${fragment.replace(/[\\%_]/g, "\\$&")}%`;
}

/** The ticket number a query names (`#123`, `123`), if any. */
export function ticketNumberIn(q: string): number | null {
  const m = /^#?\s*(\d{1,10})$/.exec(q);
  if (!m) return null;
  const n = Number(m[1]);
  return n >= 1 && n <= MAX_TICKET_NUMBER ? n : null;
}

export async function searchTickets(ctx: Ctx, raw: SearchTicketsInput): Promise<SearchHit[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(SearchTicketsInput, raw);
  const ws = ctx.workspace.id;
  const number = ticketNumberIn(input.q);
  // Without a letter or digit there is no word to look for (plainto_tsquery would be empty).
  const hasWords = /[\p{L}\p{N}]/u.test(input.q);
  const like = input.q.length >= MIN_SUBSTRING ? likePattern(input.q) : null;

  const branches: Prisma.Sql[] = [];
  if (number !== null) {
    branches.push(Prisma.sql`(SELECT "id" AS "ticketId", 'number' AS "source" FROM "Ticket"
      WHERE "workspaceId" = ${ws}::uuid AND "number" = ${number})`);
  }
  if (hasWords || like) {
    const subject = [
      hasWords ? Prisma.sql`"searchVector" @@ (SELECT "tsq" FROM "query")` : null,
      like ? Prisma.sql`"subject" ILIKE ${like}` : null,
    ].filter((s): s is Prisma.Sql => s !== null);
    branches.push(Prisma.sql`(SELECT "id" AS "ticketId", 'subject' AS "source" FROM "Ticket"
      WHERE "workspaceId" = ${ws}::uuid AND (${Prisma.join(subject, " OR ")})
      ORDER BY "lastActivityAt" DESC LIMIT ${SEARCH_CANDIDATES})`);

    const customer = [
      hasWords ? Prisma.sql`c."searchVector" @@ (SELECT "tsq" FROM "query")` : null,
      like ? Prisma.sql`c."email" ILIKE ${like}` : null,
      like ? Prisma.sql`c."name" ILIKE ${like}` : null,
    ].filter((s): s is Prisma.Sql => s !== null);
    branches.push(Prisma.sql`(SELECT t."id" AS "ticketId", 'customer' AS "source" FROM "Customer" c
      JOIN "Ticket" t ON t."customerId" = c."id" AND t."workspaceId" = ${ws}::uuid
      WHERE c."workspaceId" = ${ws}::uuid AND (${Prisma.join(customer, " OR ")})
      ORDER BY t."lastActivityAt" DESC LIMIT ${SEARCH_CANDIDATES})`);
  }
  if (hasWords) {
    const notes = input.includeNotes ? Prisma.empty : Prisma.sql`AND "kind" <> 'NOTE'`;
    branches.push(Prisma.sql`(SELECT "ticketId", CASE WHEN "kind" = 'NOTE' THEN 'note' ELSE 'message' END AS "source" FROM "Message"
      WHERE "workspaceId" = ${ws}::uuid AND "searchVector" @@ (SELECT "tsq" FROM "query") ${notes}
      ORDER BY "createdAt" DESC LIMIT ${SEARCH_CANDIDATES})`);
  }
  if (branches.length === 0) return [];

  const f = input.filters ?? {};
  const where: Prisma.Sql[] = [];
  if (f.status?.length) where.push(Prisma.sql`t."status"::text IN (${Prisma.join(f.status)})`);
  if (f.priority?.length) where.push(Prisma.sql`t."priority"::text IN (${Prisma.join(f.priority)})`);
  if (f.channel?.length) where.push(Prisma.sql`t."channel"::text IN (${Prisma.join(f.channel)})`);
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
  const filters = where.length > 0 ? Prisma.sql`AND ${Prisma.join(where, " AND ")}` : Prisma.empty;

  const rows = await ctx.db.$queryRaw<Row[]>`
    WITH "query" AS MATERIALIZED (
      SELECT CASE WHEN numnode("p") > 0 THEN ("p"::text || ':*')::tsquery ELSE "p" END AS "tsq"
      FROM (SELECT plainto_tsquery('simple'::regconfig, shopdesk_search_fold(${input.q})) AS "p") AS "parsed"
    ),
    "hits" AS (${Prisma.join(branches, " UNION ALL ")}),
    "matched" AS (
      SELECT "ticketId", array_agg(DISTINCT "source") AS "sources" FROM "hits" GROUP BY "ticketId"
    )
    SELECT t."id", t."number", t."lastActivityAt", m."sources"
    FROM "matched" m JOIN "Ticket" t ON t."id" = m."ticketId" AND t."workspaceId" = ${ws}::uuid
    WHERE TRUE ${filters}
    ORDER BY t."lastActivityAt" DESC, t."id" DESC
    LIMIT ${input.limit}`;

  ctx.log.debug({ workspaceId: ws, results: rows.length, includeNotes: input.includeNotes, qLength: input.q.length }, "ticket search");
  return rows.map((r, i) => ({ ticketId: r.id, number: r.number, lastActivityAt: r.lastActivityAt, rank: i + 1, matchedBy: r.sources }));
}
