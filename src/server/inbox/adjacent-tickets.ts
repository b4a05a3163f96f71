// The tickets just before and just after one ticket in an inbox list: the list the agent opened
// it from, given as that list's URL params (view, filters, search, sort). The ticket page's
// Previous/Next, its [ and ] keys and "Send and go to next" open them. Same filters, order and
// keyset as the list itself (list-inbox.ts), so stepping through tickets walks the list the agent
// saw. The ticket need not match the list any more (closed or reassigned meanwhile): its place in
// the order still says what comes before and after it.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { AppError, isAppError } from "@/server/errors";
import { encodeInboxCursor } from "./inbox-cursor";
import { inboxIdBefore, keysetOf, listInboxIds, type InboxKey } from "./list-inbox";
import { resolveInboxView, type ResolvedInboxView } from "./resolve-inbox-view";
import type { InboxFilters, InboxSearchParams, InboxSort } from "./inbox.schemas";

/**
 * Search reads only forwards (newest first), so in a search list the ticket before is found by
 * reading the results from the top, this many at most; further down, a search has no Previous.
 */
export const SEARCH_PREVIOUS_SCAN = 500;
const SCAN_PAGE = 100;

export type AdjacentTickets = { previous: number | null; next: number | null };

export async function findAdjacentTickets(ctx: Ctx, input: { list: InboxSearchParams; ticketNumber: number }): Promise<AdjacentTickets> {
  requireRole(ctx, "LIGHT_AGENT");
  if (!Number.isSafeInteger(input.ticketNumber) || input.ticketNumber < 1) throw new AppError("NOT_FOUND");
  const current = await ctx.db.ticket.findUnique({
    where: { workspaceId_number: { workspaceId: ctx.workspace.id, number: input.ticketNumber } },
    select: { id: true, lastActivityAt: true, createdAt: true, priority: true, slaDueAt: true },
  });
  if (!current) throw new AppError("NOT_FOUND");
  const resolved = await resolveList(ctx, input.list);
  const q = input.list.q;
  // A search is always listed by activity (listInboxIds).
  const sort: InboxSort = q ? "activity" : resolved.sort;
  const list = { filters: resolved.filters, sort };

  const [after, beforeId] = await Promise.all([
    listInboxIds(ctx, { ...list, ...(q ? { q } : {}), cursor: encodeInboxCursor(keysetOf(sort, current)), limit: 1 }),
    q ? searchIdBefore(ctx, { ...list, q }, current) : inboxIdBefore(ctx, list, current),
  ]);
  const ids = [beforeId, after.ids[0]].filter((id): id is string => Boolean(id));
  const rows = ids.length
    ? await ctx.db.ticket.findMany({ where: { workspaceId: ctx.workspace.id, id: { in: ids } }, select: { id: true, number: true } })
    : [];
  const numberOf = (id: string | null | undefined) => rows.find((r) => r.id === id)?.number ?? null;
  return { previous: numberOf(beforeId), next: numberOf(after.ids[0]) };
}

/** The list's view and filters; a view this member cannot see (any more) falls back to the default, as on the inbox page. */
async function resolveList(ctx: Ctx, list: InboxSearchParams): Promise<ResolvedInboxView> {
  try {
    return await resolveInboxView(ctx, list);
  } catch (e) {
    if (!isAppError(e) || (e.code !== "NOT_FOUND" && e.code !== "VALIDATION")) throw e;
    const { view: _view, ...rest } = list;
    void _view;
    return resolveInboxView(ctx, rest);
  }
}

async function searchIdBefore(ctx: Ctx, list: { filters: InboxFilters; sort: InboxSort; q: string }, current: InboxKey): Promise<string | null> {
  let previous: string | null = null;
  let cursor: string | undefined;
  for (let read = 0; read < SEARCH_PREVIOUS_SCAN; read += SCAN_PAGE) {
    const page = await listInboxIds(ctx, { ...list, limit: SCAN_PAGE, ...(cursor ? { cursor } : {}) });
    for (const id of page.ids) {
      if (id === current.id) return previous;
      previous = id;
    }
    if (!page.nextCursor) return null;
    cursor = page.nextCursor;
  }
  return null;
}
