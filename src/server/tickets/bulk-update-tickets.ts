// The inbox's bulk actions (close, reopen, assign, set priority or area, add or remove a tag) on
// up to MAX_BULK_TICKETS tickets: one request, one transaction, one TicketEvent per ticket per
// changed field. A number that is not a ticket of the workspace fails the whole request with
// NOT_FOUND before anything is written. Tickets already in the wanted state, and tickets merged
// into another (read-only), are skipped; so are tickets whose version is not the one given in
// `expectedVersions` (returned in `stale`: an undo must not overwrite a later change).
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { lockTicketsForUpdate } from "./lock-ticket";
import { applyTicketChanges, resolveRefs, type AppliedChange } from "./ticket-changes";
import { BulkUpdateTicketsInput } from "./ticket.schemas";

export type BulkUpdateTicketsResult = {
  requested: number;
  updated: AppliedChange[];
  /** Numbers of tickets skipped because they changed since the version the caller expected. */
  stale: number[];
};

export async function bulkUpdateTickets(ctx: Ctx, raw: BulkUpdateTicketsInput): Promise<BulkUpdateTicketsResult> {
  requireRole(ctx, "AGENT");
  const { ticketNumbers, expectedVersions, ...changes } = parseInput(BulkUpdateTicketsInput, raw);
  const expected = new Map((expectedVersions ?? []).map((e) => [e.ticketNumber, e.version]));
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    // Merged tickets are read-only (merged-ticket.ts); a selection may well include some
    // (they are closed), so they are skipped like tickets already in the wanted state.
    const tickets = await lockTicketsForUpdate(db, workspace.id, ticketNumbers);
    const refs = await resolveRefs(db, workspace.id, changes);
    const isStale = (t: { number: number; version: number }) => expected.has(t.number) && expected.get(t.number) !== t.version;
    const stale = tickets.filter(isStale).map((t) => t.number);
    const live = tickets.filter((t) => !t.mergedIntoId && !isStale(t));
    const updated = await applyTicketChanges(db, workspace.id, actor, live, changes, refs);
    ctx.log.info({ requested: tickets.length, updated: updated.length, stale: stale.length }, "tickets bulk-updated");
    return { requested: tickets.length, updated, stale };
  });
}
