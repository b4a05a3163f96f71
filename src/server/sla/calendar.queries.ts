// The reads the calendar use cases share: the row as selected, its API view, the fetch-or-404
// helper, the per-workspace lock that keeps "exactly one default" true, and the calendar as the
// business-time arithmetic takes it (src/server/sla/business-time.ts).
import { requireRole, type Ctx } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { WEEKDAYS, type BusinessCalendar, type Holiday, type WeeklyHours } from "@/server/sla/business-time";
import { CalendarIdInput, HolidaysSchema, WeeklyHoursSchema, type CalendarView } from "@/server/sla/calendar.schemas";

export const CALENDAR_SELECT = {
  id: true,
  name: true,
  timeZone: true,
  hours: true,
  holidays: true,
  isDefault: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.BusinessCalendarSelect;

export type CalendarRow = Prisma.BusinessCalendarGetPayload<{ select: typeof CALENDAR_SELECT }>;

/**
 * The stored hours and holidays, read back through the schemas that wrote them (a row changed by
 * hand that no longer fits is a bug to see, not a calendar to guess at).
 */
function storedHours(row: Pick<CalendarRow, "hours">): WeeklyHours {
  return WeeklyHoursSchema.parse(row.hours);
}
function storedHolidays(row: Pick<CalendarRow, "holidays">): Holiday[] {
  return HolidaysSchema.parse(row.holidays);
}

/** The calendar as the API and the settings page show it. */
export function toCalendarView(row: CalendarRow): CalendarView {
  const hours = storedHours(row);
  return {
    id: row.id,
    name: row.name,
    timeZone: row.timeZone,
    default: row.isDefault,
    hours: Object.fromEntries(WEEKDAYS.map((d) => [d, hours[d].map(([start, end]) => [start, end] as [string, string])])) as CalendarView["hours"],
    holidays: storedHolidays(row).map(({ date, name }) => ({ date, name })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a calendar (src/server/audit/): its target and its fields. */
export function calendarAudit(row: CalendarRow): { target: { type: "calendar"; id: string; label: string }; fields: Record<string, unknown> } {
  return {
    target: { type: "calendar", id: row.id, label: row.name },
    fields: { name: row.name, timeZone: row.timeZone, default: row.isDefault, hours: row.hours, holidays: row.holidays },
  };
}

/** The calendar as the business-time arithmetic takes it. */
export function toBusinessCalendar(row: Pick<CalendarRow, "timeZone" | "hours" | "holidays">): BusinessCalendar {
  return { timeZone: row.timeZone, hours: storedHours(row), holidays: storedHolidays(row) };
}

/** The workspace's calendar, or NOT_FOUND (a foreign or unknown id alike). */
export async function getCalendarRow(ctx: Ctx, calendarId: string): Promise<CalendarRow> {
  const row = await ctx.db.businessCalendar.findFirst({ where: { id: calendarId, workspaceId: ctx.workspace.id }, select: CALENDAR_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "No such calendar in this workspace");
  return row;
}

/** Admins: the workspace's calendars, the default first, then by name. */
export async function listCalendars(ctx: Ctx): Promise<CalendarView[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.businessCalendar.findMany({
    where: { workspaceId: ctx.workspace.id },
    orderBy: [{ isDefault: "desc" }, { name: "asc" }, { id: "asc" }],
    select: CALENDAR_SELECT,
  });
  return rows.map(toCalendarView);
}

/** Admins: one calendar of the workspace, or NOT_FOUND. */
export async function getCalendar(ctx: Ctx, raw: CalendarIdInput): Promise<CalendarView> {
  requireRole(ctx, "ADMIN");
  const { calendarId } = parseInput(CalendarIdInput, raw);
  return toCalendarView(await getCalendarRow(ctx, calendarId));
}

/**
 * Serialises the changes to one workspace's calendars (inside a transaction): creating the first
 * (default) one, moving the default, deleting the default. Calendar changes are rare; a
 * transaction-scoped advisory lock costs nothing elsewhere. The partial unique index
 * "BusinessCalendar_one_default_per_workspace" stays the last word.
 */
export async function lockWorkspaceCalendars(db: DbTx, workspaceId: string): Promise<void> {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shopdesk:calendars:${workspaceId}`}, 0))`;
}
