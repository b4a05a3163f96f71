// Fetches tickets of the workspace and locks their rows for the rest of the transaction, so
// concurrent changes to one ticket apply one after the other. Several rows are always locked in
// id order, so two transactions locking overlapping sets cannot deadlock.
import type { DbTx } from "@/server/db";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Channel, TicketPriority, TicketStatus } from "@/generated/prisma/enums";

export type LockedTicket = {
  id: string;
  number: number;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Channel;
  customerId: string;
  assigneeId: string | null;
  teamId: string | null;
  mailboxId: string | null;
  problemAreaId: string | null;
  /** The key of the ticket's problem area (for event data). */
  areaKey: string | null;
  firstResponseAt: Date | null;
  lastCustomerMessageAt: Date | null;
  lastActivityAt: Date;
  closedAt: Date | null;
  snoozedUntil: Date | null;
  mergedIntoId: string | null;
  version: number;
};

// `FOR UPDATE OF t`: the problem area is only read, not locked.
const SELECT_LOCKED = Prisma.sql`
  SELECT t."id"::text AS "id", t."number", t."status", t."priority", t."channel",
         t."customerId"::text AS "customerId", t."assigneeId"::text AS "assigneeId",
         t."teamId"::text AS "teamId", t."mailboxId"::text AS "mailboxId",
         t."problemAreaId"::text AS "problemAreaId", a."key" AS "areaKey",
         t."firstResponseAt", t."lastCustomerMessageAt", t."lastActivityAt", t."closedAt",
         t."snoozedUntil", t."mergedIntoId"::text AS "mergedIntoId", t."version"
    FROM "Ticket" t
    LEFT JOIN "ProblemArea" a ON a."id" = t."problemAreaId" AND a."workspaceId" = t."workspaceId"`;

export async function lockTicketForUpdate(db: DbTx, workspaceId: string, number: number): Promise<LockedTicket> {
  const rows = await db.$queryRaw<LockedTicket[]>`
    ${SELECT_LOCKED}
     WHERE t."workspaceId" = ${workspaceId}::uuid AND t."number" = ${number}
       FOR UPDATE OF t`;
  const ticket = rows[0];
  // Another workspace's ticket number is simply not found here.
  if (!ticket) throw new AppError("NOT_FOUND", "Ticket not found");
  return ticket;
}

/** Locks a ticket of the workspace by id (following a merge link), or NOT_FOUND. */
export async function lockTicketByIdForUpdate(db: DbTx, workspaceId: string, id: string): Promise<LockedTicket> {
  const rows = await db.$queryRaw<LockedTicket[]>`
    ${SELECT_LOCKED}
     WHERE t."workspaceId" = ${workspaceId}::uuid AND t."id" = ${id}::uuid
       FOR UPDATE OF t`;
  if (!rows[0]) throw new AppError("NOT_FOUND", "Ticket not found");
  return rows[0];
}

/**
 * Locks every ticket with one of `numbers` (in id order) and returns them in the order of
 * `numbers`; NOT_FOUND when any is missing from the workspace, so a request naming a foreign
 * ticket changes nothing.
 */
export async function lockTicketsForUpdate(db: DbTx, workspaceId: string, numbers: readonly number[]): Promise<LockedTicket[]> {
  const wanted = [...new Set(numbers)];
  if (wanted.length === 0) return [];
  const rows = await db.$queryRaw<LockedTicket[]>`
    ${SELECT_LOCKED}
     WHERE t."workspaceId" = ${workspaceId}::uuid AND t."number" = ANY(${wanted}::int[])
     ORDER BY t."id"
       FOR UPDATE OF t`;
  if (rows.length !== wanted.length) throw new AppError("NOT_FOUND", "Ticket not found");
  const byNumber = new Map(rows.map((r) => [r.number, r]));
  return wanted.map((n) => byNumber.get(n)!);
}
