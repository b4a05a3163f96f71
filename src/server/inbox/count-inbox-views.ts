// The numbers beside the inbox's views. Each count is its own index range (the Ticket indexes on
// (workspaceId, status, assigneeId, …) and (workspaceId, problemAreaId, status, …)), read
// index-only and stopped at INBOX_COUNT_CAP + 1: the sidebar shows "10,000+" beyond that, so a shop
// with a long closed backlog pays for ten thousand index entries per render, not for its history
// (an exact count of 200,000 closed tickets took hundreds of milliseconds, on every live refresh).
// The unseen mentions of the member looking are driven by the member's mentions (mentionedTicketIds).
import type { Ctx } from "@/server/context";
import { actorMemberId, requireRole } from "@/server/context";
import { Prisma } from "@/server/db";
import { parseInput } from "@/server/validate";
import { inboxFilterConditions, mentionedTicketIds, resolveInboxFilters } from "./inbox-filter-sql";
import { InboxFiltersSchema, type InboxFilters } from "./inbox.schemas";

/** Counts stop here; a count above it means "more than INBOX_COUNT_CAP". */
export const INBOX_COUNT_CAP = 10_000;

export type InboxViewCounts = {
  mine: number;
  unassigned: number;
  open: number;
  pending: number;
  closed: number;
  /** Tickets with a mention of the member that the member has not seen yet. */
  mentions: number;
  /** OPEN tickets per non-archived problem area key. */
  areas: Record<string, number>;
};

type Totals = Omit<InboxViewCounts, "areas">;

export async function countInboxViews(ctx: Ctx, opts: { cap?: number } = {}): Promise<InboxViewCounts> {
  const cap = opts.cap ?? INBOX_COUNT_CAP;
  requireRole(ctx, "LIGHT_AGENT");
  const ws = Prisma.sql`${ctx.workspace.id}::uuid`;
  const me = actorMemberId(ctx.actor);
  const capped = (where: Prisma.Sql) =>
    Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM "Ticket" t WHERE t."workspaceId" = ${ws} AND ${where} LIMIT ${cap + 1}) c)`;
  // An actor who is not a member has no tickets of their own and no mentions.
  const mine = me ? capped(Prisma.sql`t."status" = 'OPEN' AND t."assigneeId" = ${me}::uuid`) : Prisma.sql`0`;
  const mentions = me
    ? Prisma.sql`(SELECT count(DISTINCT m."ticketId")::int FROM (${mentionedTicketIds(ws, me, true)}) m)`
    : Prisma.sql`0`;
  const [totals, areas] = await Promise.all([
    ctx.db.$queryRaw<Totals[]>`
      SELECT ${mine} AS "mine",
             ${capped(Prisma.sql`t."status" = 'OPEN' AND t."assigneeId" IS NULL`)} AS "unassigned",
             ${capped(Prisma.sql`t."status" = 'OPEN'`)} AS "open",
             ${capped(Prisma.sql`t."status" = 'PENDING'`)} AS "pending",
             ${capped(Prisma.sql`t."status" = 'CLOSED'`)} AS "closed",
             ${mentions} AS "mentions"`,
    ctx.db.$queryRaw<Array<{ key: string; n: number }>>`
      SELECT a."key", ${capped(Prisma.sql`t."problemAreaId" = a."id" AND t."status" = 'OPEN'`)} AS "n"
        FROM "ProblemArea" a
       WHERE a."workspaceId" = ${ws} AND a."archivedAt" IS NULL
       ORDER BY a."position", a."key"`,
  ]);
  const t = totals[0]!;
  return {
    mine: t.mine,
    unassigned: t.unassigned,
    open: t.open,
    pending: t.pending,
    closed: t.closed,
    mentions: t.mentions,
    areas: Object.fromEntries(areas.map((a) => [a.key, a.n])),
  };
}

/**
 * How many tickets match these filters (a saved view's), capped like the built-in counts. The
 * filters' references resolve as for the list, so a view whose area or tag is gone counts 0.
 */
export async function countInboxFilters(ctx: Ctx, filters: InboxFilters, opts: { cap?: number } = {}): Promise<number> {
  requireRole(ctx, "LIGHT_AGENT");
  const cap = opts.cap ?? INBOX_COUNT_CAP;
  const resolved = await resolveInboxFilters(ctx, parseInput(InboxFiltersSchema, filters));
  if (!resolved) return 0;
  const where = inboxFilterConditions(ctx.workspace.id, resolved);
  const [row] = await ctx.db.$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS "n" FROM (SELECT 1 FROM "Ticket" t WHERE ${Prisma.join(where, " AND ")} LIMIT ${cap + 1}) c`;
  return row?.n ?? 0;
}
