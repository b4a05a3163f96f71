// An admin adds a business calendar. The workspace's first calendar is its default; `default:
// true` makes a later one the default, which the old default stops being in the same transaction.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { CreateCalendarInput, type CalendarView } from "@/server/sla/calendar.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { CALENDAR_SELECT, calendarAudit, lockWorkspaceCalendars, toCalendarView } from "@/server/sla/calendar.queries";

export async function createCalendar(ctx: Ctx, raw: CreateCalendarInput): Promise<CalendarView> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(CreateCalendarInput, raw);
  const workspaceId = ctx.workspace.id;
  const row = await inTransaction(ctx, async (tx) => {
    await lockWorkspaceCalendars(tx.db, workspaceId);
    const first = (await tx.db.businessCalendar.count({ where: { workspaceId } })) === 0;
    const isDefault = first || input.default === true;
    if (isDefault && !first) {
      await tx.db.businessCalendar.updateMany({ where: { workspaceId, isDefault: true }, data: { isDefault: false } });
    }
    const created = await tx.db.businessCalendar.create({
      data: { workspaceId, name: input.name, timeZone: input.timeZone, hours: input.hours, holidays: input.holidays, isDefault },
      select: CALENDAR_SELECT,
    });
    const audit = calendarAudit(created);
    await recordAudit(tx.db, ctx, { action: "calendar.created", target: audit.target, after: audit.fields });
    return created;
  });
  ctx.log.info({ workspaceId, calendarId: row.id, isDefault: row.isDefault }, "business calendar created");
  return toCalendarView(row);
}
