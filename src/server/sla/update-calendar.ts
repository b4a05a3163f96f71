// An admin changes a business calendar: any of its fields (hours and holidays are replaced whole),
// or makes it the default, which the old default stops being in the same transaction. A default
// cannot be unset directly: the workspace keeps one, so another calendar is made the default.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { UpdateCalendarInput, type CalendarView } from "@/server/sla/calendar.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { markSlaStale } from "@/server/sla/refresh-ticket-sla";
import { CALENDAR_SELECT, calendarAudit, getCalendarRow, lockWorkspaceCalendars, toCalendarView } from "@/server/sla/calendar.queries";

export async function updateCalendar(ctx: Ctx, raw: UpdateCalendarInput): Promise<CalendarView> {
  requireRole(ctx, "ADMIN");
  const { calendarId, default: makeDefault, ...fields } = parseInput(UpdateCalendarInput, raw);
  const workspaceId = ctx.workspace.id;
  const row = await inTransaction(ctx, async (tx) => {
    await lockWorkspaceCalendars(tx.db, workspaceId);
    const current = await getCalendarRow(tx, calendarId);
    if (makeDefault === false && current.isDefault) {
      throw fieldError("default", "defaultRequired", "cannot be unset: make another calendar the default instead");
    }
    if (makeDefault && !current.isDefault) {
      await tx.db.businessCalendar.updateMany({ where: { workspaceId, isDefault: true }, data: { isDefault: false } });
    }
    const updated = await tx.db.businessCalendar.update({
      where: { id: calendarId, workspaceId },
      data: {
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.timeZone !== undefined ? { timeZone: fields.timeZone } : {}),
        ...(fields.hours !== undefined ? { hours: fields.hours } : {}),
        ...(fields.holidays !== undefined ? { holidays: fields.holidays } : {}),
        ...(makeDefault ? { isDefault: true } : {}),
      },
      select: CALENDAR_SELECT,
    });
    const before = calendarAudit(current);
    await recordAudit(tx.db, ctx, { action: "calendar.updated", target: calendarAudit(updated).target, before: before.fields, after: calendarAudit(updated).fields });
    // Deadlines counted in its hours move.
    await markSlaStale(tx.db, workspaceId);
    return updated;
  });
  ctx.log.info({ workspaceId, calendarId }, "business calendar updated");
  return toCalendarView(row);
}
