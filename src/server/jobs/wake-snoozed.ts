// Reopens snoozed tickets whose time has come: PENDING -> OPEN with a STATUS_CHANGED event by
// the SYSTEM ({ from, to, reason: "snooze" }) and a live-update notification. Run by the worker
// every minute (queue tickets.wake-snoozed). A system sweep over every workspace, like
// cleanup-expired: it reads no content and acts on no member's behalf; each ticket's rows are
// written with its own workspaceId.
import type { Db, Prisma } from "@/server/db";
import type { Logger } from "@/server/logger";
import { notifyTicketsChanged, type TicketChange } from "@/server/tickets/notify-ticket-changed";

/** Tickets per transaction, so a sweep after downtime never holds many row locks at once. */
export const WAKE_BATCH = 200;

type Due = { id: string; workspaceId: string; number: number; status: string; version: number };

export async function wakeSnoozed(db: Db, log: Logger, now: Date = new Date()): Promise<{ woken: number }> {
  let woken = 0;
  for (;;) {
    const batch = await db.$transaction(async (tx) => {
      // SKIP LOCKED: a ticket being changed right now (or by another worker's sweep) is left to
      // that change, which ends the snooze itself, or to the next sweep.
      const due = await tx.$queryRaw<Due[]>`
        SELECT "id"::text AS "id", "workspaceId"::text AS "workspaceId", "number", "status"::text AS "status", "version"
          FROM "Ticket"
         WHERE "snoozedUntil" <= ${now}
         ORDER BY "snoozedUntil"
         LIMIT ${WAKE_BATCH}
           FOR UPDATE SKIP LOCKED`;
      if (due.length === 0) return { seen: 0, woken: 0 };
      // Every change away from PENDING ends the snooze, so non-pending rows here are only
      // tidied (snoozedUntil cleared), without an event.
      const pending = due.filter((t) => t.status === "PENDING");
      const others = due.filter((t) => t.status !== "PENDING");
      if (others.length > 0) {
        await tx.ticket.updateMany({ where: { id: { in: others.map((t) => t.id) } }, data: { snoozedUntil: null } });
      }
      if (pending.length > 0) {
        // The version is bumped in SQL; each ticket's new version is its locked version + 1.
        await tx.$executeRaw`
          UPDATE "Ticket"
             SET "status" = 'OPEN', "snoozedUntil" = NULL, "version" = "version" + 1, "updatedAt" = ${now}
           WHERE "id" = ANY(${pending.map((t) => t.id)}::uuid[])`;
        const events: Prisma.TicketEventCreateManyInput[] = pending.map((t) => ({
          workspaceId: t.workspaceId,
          ticketId: t.id,
          type: "STATUS_CHANGED",
          actorType: "SYSTEM",
          actorMemberId: null,
          data: { from: "PENDING", to: "OPEN", reason: "snooze" },
          ticketVersion: t.version + 1,
          createdAt: now,
        }));
        await tx.ticketEvent.createMany({ data: events });
        const changes: TicketChange[] = pending.map((t) => ({
          workspaceId: t.workspaceId,
          ticketId: t.id,
          number: t.number,
          version: t.version + 1,
          kind: "status",
        }));
        await notifyTicketsChanged(tx, changes);
      }
      return { seen: due.length, woken: pending.length };
    });
    woken += batch.woken;
    if (batch.seen < WAKE_BATCH) break;
  }
  if (woken > 0) log.info({ woken, at: now.toISOString() }, "snoozed tickets woken");
  else log.debug({ at: now.toISOString() }, "no snoozed tickets due");
  return { woken };
}
