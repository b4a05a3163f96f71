// An admin imports holidays from an iCalendar file into a business calendar (the settings page):
// the all-day events of the chosen years (holiday-calendar.ts) are merged into the calendar's
// holidays. Dates already there keep their name; new dates are added; the list is stored sorted.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { parseHolidayCalendar } from "@/server/sla/holiday-calendar";
import { HolidaysSchema, ImportHolidaysInput, MAX_HOLIDAYS, type CalendarView } from "@/server/sla/calendar.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { CALENDAR_SELECT, calendarAudit, getCalendarRow, lockWorkspaceCalendars, toCalendarView } from "@/server/sla/calendar.queries";
import { markSlaStale } from "@/server/sla/refresh-ticket-sla";

export type ImportedHolidays = { added: number; found: number; calendar: CalendarView };

export async function importHolidays(ctx: Ctx, raw: ImportHolidaysInput): Promise<ImportedHolidays> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(ImportHolidaysInput, raw);
  // A byte-order mark or bad bytes must not hide BEGIN:VCALENDAR or fail the import.
  const text = new TextDecoder("utf-8", { ignoreBOM: false }).decode(input.file);
  if (input.to < input.from) throw fieldError("to", "beforeFrom", "is before the start of the range");
  const found = parseHolidayCalendar(text, { from: `${input.from}-01-01`, to: `${input.to}-12-31` });
  const workspaceId = ctx.workspace.id;

  const result = await inTransaction(ctx, async (tx) => {
    await lockWorkspaceCalendars(tx.db, workspaceId);
    const row = await getCalendarRow(tx, input.calendarId);
    const current = HolidaysSchema.parse(row.holidays);
    const known = new Set(current.map((h) => h.date));
    const fresh = found.filter((h) => !known.has(h.date));
    const merged = [...current, ...fresh].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (merged.length > MAX_HOLIDAYS) {
      throw fieldError("file", "tooManyHolidays", `would give the calendar more than ${MAX_HOLIDAYS} holidays`, MAX_HOLIDAYS);
    }
    // Through the schema that writes holidays everywhere else (names cleaned the same way).
    const holidays = HolidaysSchema.parse(merged.map(({ date, name }) => ({ date, name })));
    const updated = fresh.length === 0 ? row : await tx.db.businessCalendar.update({ where: { id: row.id, workspaceId }, data: { holidays }, select: CALENDAR_SELECT });
    if (fresh.length > 0) {
      await recordAudit(tx.db, ctx, { action: "calendar.updated", target: calendarAudit(updated).target, before: calendarAudit(row).fields, after: calendarAudit(updated).fields });
      await markSlaStale(tx.db, workspaceId);
    }
    return { added: fresh.length, found: found.length, calendar: toCalendarView(updated) };
  });
  ctx.log.info({ workspaceId, calendarId: input.calendarId, added: result.added, found: result.found }, "holidays imported");
  return result;
}
