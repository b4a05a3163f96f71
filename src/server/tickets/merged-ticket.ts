// A ticket merged into another is read-only (as in Zendesk): its thread moved to the target, so
// replies, notes, field changes, snoozing and merging it again are refused with CONFLICT naming
// the ticket to work on instead: the live end of the merge chain. Only a customer's message
// still reaches it, and record-customer-message.ts routes that to the same live ticket.
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";

/** Merge chains are short; a longer one means a cycle, which merges never create. */
export const MAX_MERGE_HOPS = 10;

/** The number of the ticket at the live end of the merge chain starting at `mergedIntoId`. */
export async function liveTicketNumber(db: DbTx, workspaceId: string, mergedIntoId: string): Promise<number> {
  let id = mergedIntoId;
  for (let hop = 0; hop < MAX_MERGE_HOPS; hop++) {
    const t = await db.ticket.findFirst({ where: { id, workspaceId }, select: { number: true, mergedIntoId: true } });
    if (!t) break;
    if (!t.mergedIntoId) return t.number;
    id = t.mergedIntoId;
  }
  throw new AppError("CONFLICT", "The ticket has a merge chain that is too long");
}

/** The CONFLICT for ticket `number` that went into ticket `target`; `mergedInto` carries the target's number. */
export function mergedTicketError(number: number, target: number): AppError {
  return new AppError("CONFLICT", `Ticket #${number} was merged into #${target} and is read-only; work on #${target} instead`, { mergedInto: target });
}

/** Throws the merged-ticket CONFLICT when `ticket` was merged into another. */
export async function assertNotMerged(db: DbTx, workspaceId: string, ticket: { number: number; mergedIntoId: string | null }): Promise<void> {
  if (!ticket.mergedIntoId) return;
  throw mergedTicketError(ticket.number, await liveTicketNumber(db, workspaceId, ticket.mergedIntoId));
}
