// Optimistic concurrency: a caller that loaded version N of a ticket and sends `expectedVersion: N`
// is stopped with CONFLICT when the ticket has moved on, and told what changed since N (the
// events written with a higher ticketVersion), so the agent can review and send anyway.
import type { DbTx } from "@/server/db";
import { AppError, type ConflictDetails } from "@/server/errors";

/** At most this many missed changes are returned (the newest ones). */
const MAX_CHANGES = 50;

export async function conflictDetails(
  db: DbTx,
  workspaceId: string,
  ticket: { id: string; version: number },
  expectedVersion: number,
): Promise<ConflictDetails> {
  const events = await db.ticketEvent.findMany({
    where: { workspaceId, ticketId: ticket.id, ticketVersion: { gt: expectedVersion } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: MAX_CHANGES,
    select: { type: true, createdAt: true, actorType: true, actorMemberId: true, data: true },
  });
  return {
    currentVersion: ticket.version,
    expectedVersion,
    changes: events.reverse().map((e) => ({
      type: e.type,
      at: e.createdAt.toISOString(),
      actorType: e.actorType,
      actorMemberId: e.actorMemberId,
      data: e.data,
    })),
  };
}

/** Throws CONFLICT (with details) when `expectedVersion` is given and is not the ticket's version. */
export async function assertExpectedVersion(
  db: DbTx,
  workspaceId: string,
  ticket: { id: string; number: number; version: number },
  expectedVersion: number | undefined,
): Promise<void> {
  if (expectedVersion === undefined || expectedVersion === ticket.version) return;
  const details = await conflictDetails(db, workspaceId, ticket, expectedVersion);
  throw new AppError(
    "CONFLICT",
    `Ticket #${ticket.number} changed since you loaded it (version ${expectedVersion}, now ${ticket.version})`,
    { details },
  );
}
