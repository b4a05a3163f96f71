// Merges a ticket (source) into another of the same customer (target): the source's messages
// move to the target with their timestamps, the source is CLOSED with mergedIntoId set, and both
// histories say so (MERGED_INTO on the source, MERGED_FROM on the target; plus STATUS_CHANGED
// on the source when it was not closed yet). The source keeps its own events. Agents only.
import type { Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import type { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { lockTicketsForUpdate } from "./lock-ticket";
import { assertNotMerged } from "./merged-ticket";
import { notifyTicketsChanged } from "./notify-ticket-changed";
import { MergeTicketsInput } from "./ticket.schemas";

export type MergeTicketsResult = {
  source: { ticketId: string; number: number; version: number };
  target: { ticketId: string; number: number; version: number };
  movedMessages: number;
};

const invalid = (field: string, message: string) => new AppError("VALIDATION", "Some fields are invalid", { fields: { [field]: message } });

function later(a: Date | null, b: Date | null): Date | null {
  if (!a || !b) return a ?? b;
  return a.getTime() >= b.getTime() ? a : b;
}

export async function mergeTickets(ctx: Ctx, raw: MergeTicketsInput): Promise<MergeTicketsResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(MergeTicketsInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const workspaceId = workspace.id;
    // Both rows locked in id order, so a merge the other way round cannot deadlock with this one.
    const [source, target] = await lockTicketsForUpdate(db, workspaceId, [input.sourceNumber, input.targetNumber]);
    if (!source || !target) throw new AppError("NOT_FOUND", "Ticket not found");
    await assertNotMerged(db, workspaceId, source);
    if (target.mergedIntoId) throw invalid("targetNumber", "was merged into another ticket");
    if (source.customerId !== target.customerId) throw invalid("targetNumber", "belongs to another customer");

    const now = new Date();
    const sourceVersion = source.version + 1;
    const targetVersion = target.version + 1;
    const moved = await db.message.updateMany({ where: { workspaceId, ticketId: source.id }, data: { ticketId: target.id } });

    const who = eventActor(actor);
    const events: Prisma.TicketEventCreateManyInput[] = [
      {
        workspaceId,
        ticketId: source.id,
        type: "MERGED_INTO",
        ...who,
        data: { ticketId: target.id, number: target.number, movedMessages: moved.count },
        ticketVersion: sourceVersion,
        createdAt: now,
      },
      {
        workspaceId,
        ticketId: target.id,
        type: "MERGED_FROM",
        ...who,
        data: { ticketId: source.id, number: source.number, movedMessages: moved.count },
        ticketVersion: targetVersion,
        createdAt: now,
      },
    ];
    if (source.status !== "CLOSED") {
      events.push({ workspaceId, ticketId: source.id, type: "STATUS_CHANGED", ...who, data: { from: source.status, to: "CLOSED" }, ticketVersion: sourceVersion, createdAt: now });
    }
    await db.ticketEvent.createMany({ data: events });

    await db.ticket.update({
      where: { id: source.id, workspaceId },
      data: { status: "CLOSED", closedAt: source.closedAt ?? now, snoozedUntil: null, mergedIntoId: target.id, version: sourceVersion },
    });
    // The target now holds the source's thread, so its activity times cover both.
    await db.ticket.update({
      where: { id: target.id, workspaceId },
      data: {
        lastActivityAt: later(target.lastActivityAt, source.lastActivityAt)!,
        lastCustomerMessageAt: later(target.lastCustomerMessageAt, source.lastCustomerMessageAt),
        version: targetVersion,
      },
    });
    await notifyTicketsChanged(db, [
      { workspaceId, ticketId: source.id, number: source.number, version: sourceVersion, kind: "merged" },
      { workspaceId, ticketId: target.id, number: target.number, version: targetVersion, kind: "merged" },
    ]);
    ctx.log.info({ sourceId: source.id, targetId: target.id, movedMessages: moved.count }, "tickets merged");
    return {
      source: { ticketId: source.id, number: source.number, version: sourceVersion },
      target: { ticketId: target.id, number: target.number, version: targetVersion },
      movedMessages: moved.count,
    };
  });
}
