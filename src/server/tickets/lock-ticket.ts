// Fetches a ticket of the workspace by number and locks its row for the rest of the
// transaction, so concurrent changes to one ticket apply one after the other.
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Channel, TicketStatus } from "@/generated/prisma/enums";

export type LockedTicket = { id: string; number: number; status: TicketStatus; channel: Channel; firstResponseAt: Date | null; version: number };

export async function lockTicketForUpdate(db: DbTx, workspaceId: string, number: number): Promise<LockedTicket> {
  const rows = await db.$queryRaw<LockedTicket[]>`
    SELECT "id"::text AS "id", "number", "status", "channel", "firstResponseAt", "version"
      FROM "Ticket"
     WHERE "workspaceId" = ${workspaceId}::uuid AND "number" = ${number}
       FOR UPDATE`;
  const ticket = rows[0];
  // Another workspace's ticket number is simply not found here.
  if (!ticket) throw new AppError("NOT_FOUND", "Ticket not found");
  return ticket;
}
