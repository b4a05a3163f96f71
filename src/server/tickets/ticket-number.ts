// Ticket numbers: sequential per workspace, starting at 1, without gaps.
// The single UPDATE takes the workspace row lock, so concurrent allocations queue behind each
// other and each sees the previous one's counter. Call it inside the transaction that inserts the
// ticket, as late as possible: the lock is held until commit, and if the transaction rolls back
// so does the increment, and the number is handed out again.
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";

/** Reserves `count` consecutive numbers and returns the first. */
export async function allocateTicketNumbers(db: DbTx, workspaceId: string, count: number): Promise<number> {
  if (!Number.isInteger(count) || count < 1) throw new RangeError(`count must be a positive integer, got ${count}`);
  const rows = await db.$queryRaw<Array<{ ticketCounter: number }>>`
    UPDATE "Workspace"
       SET "ticketCounter" = "ticketCounter" + ${count}::int
     WHERE "id" = ${workspaceId}::uuid
 RETURNING "ticketCounter"`;
  const row = rows[0];
  if (!row) throw new AppError("NOT_FOUND", "Workspace not found");
  return row.ticketCounter - count + 1;
}

/** The next ticket number of the workspace. */
export function allocateTicketNumber(db: DbTx, workspaceId: string): Promise<number> {
  return allocateTicketNumbers(db, workspaceId, 1);
}
