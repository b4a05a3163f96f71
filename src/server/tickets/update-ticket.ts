// An agent changes a ticket's status, priority, assignee, problem area or tags. Light agents
// cannot. With `expectedVersion` (the version the agent's page or API client loaded), a change
// to a ticket that moved on meanwhile is refused with CONFLICT and the changes since. A ticket
// merged into another is read-only (CONFLICT with `mergedInto`, see merged-ticket.ts).
// See ticket-changes.ts for the events written and why lastActivityAt is left alone.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { lockTicketForUpdate } from "./lock-ticket";
import { applyTicketChanges, resolveRefs, type AppliedChange } from "./ticket-changes";
import { assertExpectedVersion } from "./ticket-conflict";
import { assertNotMerged } from "./merged-ticket";
import { UpdateTicketInput } from "./ticket.schemas";

export type UpdateTicketResult = AppliedChange;

export async function updateTicket(ctx: Ctx, raw: UpdateTicketInput): Promise<UpdateTicketResult> {
  requireRole(ctx, "AGENT");
  const { ticketNumber, expectedVersion, ...changes } = parseInput(UpdateTicketInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, ticketNumber);
    await assertNotMerged(db, workspace.id, ticket);
    await assertExpectedVersion(db, workspace.id, ticket, expectedVersion);
    const refs = await resolveRefs(db, workspace.id, changes);
    const [applied] = await applyTicketChanges(db, workspace.id, actor, [ticket], changes, refs);
    if (!applied) return { ticketId: ticket.id, number: ticket.number, version: ticket.version, changed: [], undo: {} };
    ctx.log.info({ ticketId: ticket.id, changed: applied.changed, version: applied.version }, "ticket updated");
    return applied;
  });
}
