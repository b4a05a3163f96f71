// Snooze: the ticket is PENDING until `until`, when the worker's tickets.wake-snoozed job reopens
// it (see jobs/wake-snoozed.ts). A customer message or a manual status change before then ends
// the snooze. Snoozing again moves the time. Agents only.
import type { Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import type { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { lockTicketForUpdate } from "./lock-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { assertExpectedVersion } from "./ticket-conflict";
import { assertNotMerged } from "./merged-ticket";
import { MAX_SNOOZE_MS, SnoozeTicketInput } from "./ticket.schemas";

export type SnoozeTicketResult = { ticketId: string; number: number; version: number; snoozedUntil: Date };

export async function snoozeTicket(ctx: Ctx, raw: SnoozeTicketInput, now: Date = new Date()): Promise<SnoozeTicketResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(SnoozeTicketInput, raw);
  const until = input.until;
  if (until.getTime() <= now.getTime()) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { until: "must be in the future" } });
  if (until.getTime() - now.getTime() > MAX_SNOOZE_MS) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { until: "must be within a year" } });
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const workspaceId = workspace.id;
    const ticket = await lockTicketForUpdate(db, workspaceId, input.ticketNumber);
    await assertNotMerged(db, workspaceId, ticket);
    await assertExpectedVersion(db, workspaceId, ticket, input.expectedVersion);
    const version = ticket.version + 1;
    const who = { ...eventActor(actor), ticketVersion: version, createdAt: now };
    const events: Prisma.TicketEventCreateManyInput[] = [];
    if (ticket.status !== "PENDING") {
      events.push({ workspaceId, ticketId: ticket.id, type: "STATUS_CHANGED", data: { from: ticket.status, to: "PENDING" }, ...who });
    }
    events.push({ workspaceId, ticketId: ticket.id, type: "SNOOZED", data: { until: until.toISOString() }, ...who });
    await db.ticketEvent.createMany({ data: events });
    await db.ticket.update({
      where: { id: ticket.id, workspaceId },
      data: { status: "PENDING", closedAt: null, snoozedUntil: until, version },
    });
    await notifyTicketChanged(db, { workspaceId, ticketId: ticket.id, number: ticket.number, version, kind: "snoozed" });
    ctx.log.info({ ticketId: ticket.id, until: until.toISOString() }, "ticket snoozed");
    return { ticketId: ticket.id, number: ticket.number, version, snoozedUntil: until };
  });
}
