// An admin deletes a business calendar. When it was the default, the oldest remaining calendar
// becomes the default, so a workspace with calendars always has one. A calendar SLA policies
// count in cannot be deleted (CONFLICT, naming them).
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { CalendarIdInput } from "@/server/sla/calendar.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { calendarAudit, getCalendarRow, lockWorkspaceCalendars } from "@/server/sla/calendar.queries";

export async function deleteCalendar(ctx: Ctx, raw: CalendarIdInput): Promise<{ id: string; newDefaultId: string | null }> {
  requireRole(ctx, "ADMIN");
  const { calendarId } = parseInput(CalendarIdInput, raw);
  const workspaceId = ctx.workspace.id;
  const newDefaultId = await inTransaction(ctx, async (tx) => {
    await lockWorkspaceCalendars(tx.db, workspaceId);
    const row = await getCalendarRow(tx, calendarId);
    // SLA policies count their targets in it: they would be left without hours.
    const usedBy = await tx.db.slaPolicy.findMany({ where: { workspaceId, calendarId }, select: { name: true }, orderBy: { position: "asc" }, take: 5 });
    if (usedBy.length > 0) throw new AppError("CONFLICT", `SLA policies count in this calendar (${usedBy.map((p) => p.name).join(", ")}): give them another calendar first`);
    await tx.db.businessCalendar.delete({ where: { id: calendarId, workspaceId } });
    const audit = calendarAudit(row);
    await recordAudit(tx.db, ctx, { action: "calendar.deleted", target: audit.target, before: audit.fields });
    if (!row.isDefault) return null;
    const next = await tx.db.businessCalendar.findFirst({
      where: { workspaceId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (next) await tx.db.businessCalendar.update({ where: { id: next.id, workspaceId }, data: { isDefault: true } });
    return next?.id ?? null;
  });
  ctx.log.info({ workspaceId, calendarId, newDefaultId }, "business calendar deleted");
  return { id: calendarId, newDefaultId };
}
