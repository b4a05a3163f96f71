// Undo of a ticket change from the agent UI (a close, reopen, assign, priority or bulk action):
// the changes that restore each ticket, as returned in the change's `undo`, applied through
// bulkUpdateTickets with each ticket's expected version, in one transaction. So an undo checks
// the role, writes events, bumps versions and notifies like any change, and a ticket that
// changed in between is skipped (returned in `stale`), never overwritten.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { bulkUpdateTickets } from "./bulk-update-tickets";
import { UndoTicketChangesInput, type TicketChanges } from "./ticket.schemas";

export type UndoTicketChangesResult = { undone: number[]; stale: number[] };

/** A key equal for equal change sets, whatever the order their fields were written in. */
function changesKey(changes: TicketChanges): string {
  return JSON.stringify(Object.entries(changes).filter(([, v]) => v !== undefined).sort(([a], [b]) => a.localeCompare(b)));
}

export async function undoTicketChanges(ctx: Ctx, raw: UndoTicketChangesInput): Promise<UndoTicketChangesResult> {
  requireRole(ctx, "AGENT");
  const { items } = parseInput(UndoTicketChangesInput, raw);
  // Tickets needing the same restoring changes (all were OPEN before a bulk close, say) go in one call.
  const groups = new Map<string, { changes: TicketChanges; items: typeof items }>();
  for (const item of items) {
    const key = changesKey(item.changes);
    const group = groups.get(key) ?? { changes: item.changes, items: [] };
    group.items.push(item);
    groups.set(key, group);
  }
  return inTransaction(ctx, async (tx) => {
    const undone: number[] = [];
    const stale: number[] = [];
    for (const group of groups.values()) {
      const result = await bulkUpdateTickets(tx, {
        ticketNumbers: group.items.map((i) => i.ticketNumber),
        expectedVersions: group.items.map((i) => ({ ticketNumber: i.ticketNumber, version: i.expectedVersion })),
        ...group.changes,
      });
      undone.push(...result.updated.map((u) => u.number));
      stale.push(...result.stale);
    }
    const order = new Map(items.map((i, index) => [i.ticketNumber, index]));
    const byInput = (a: number, b: number) => order.get(a)! - order.get(b)!;
    return { undone: undone.sort(byInput), stale: stale.sort(byInput) };
  });
}
