// Business calendars as the REST API (`/api/v1/calendars`, issue 17) and the settings page speak
// them: `{ name, timeZone, default?, hours: { mon: [["09:00","17:00"]], ..., sun: [] }, holidays:
// [{ date: "2026-12-25", name }] }`. What the times mean (overnight intervals, "24:00", holidays,
// daylight-saving changes) is written once, at the top of src/server/sla/business-time.ts.
//
// Field errors carry a code the UI translates (src/server/validate.ts):
//   invalidTime          hours.<day>.<i>.<0|1>  not "HH:MM" (00:00-23:59; an end may be 24:00)
//   emptyInterval        hours.<day>.<i>        start equal to end
//   overlappingIntervals hours.<day>.<i>        overlaps an earlier interval of that day, or the
//                                               previous day's interval that runs past midnight
//   tooManyIntervals     hours.<day>            more than 12 intervals in a day (tooLong in zod terms)
//   noOpeningHours       hours                  no interval in the whole week
//   unknownTimeZone      timeZone               not an IANA time zone this server knows
//   invalidDate          holidays.<i>.date      not "YYYY-MM-DD", or no such date (2026-02-30)
//   duplicateDate        holidays.<i>.date      the date is already a holiday earlier in the list
//   required / tooLong   name, holidays.<i>.name
import { z } from "zod";
import { text } from "@/lib/validation";
import { validTimeZone } from "@/i18n/locales";
import { WEEKDAYS, intervalMinutes, parseClockTime, parseLocalDate, type Weekday } from "@/server/sla/business-time";

export const MAX_INTERVALS_PER_DAY = 12;
export const MAX_HOLIDAYS = 500;
export const CALENDAR_NAME_MAX = 120;
export const HOLIDAY_NAME_MAX = 120;

const DAY_NAMES: Record<Weekday, string> = {
  sun: "Sunday", mon: "Monday", tue: "Tuesday", wed: "Wednesday", thu: "Thursday", fri: "Friday", sat: "Saturday",
};

const issue = (c: z.RefinementCtx, path: PropertyKey[], code: string, message: string) =>
  c.addIssue({ code: "custom", path, message, params: { code } });

const ClockTime = text().trim();

/** ["09:00", "17:00"]; an end at or before the start crosses midnight. */
export const OpeningIntervalSchema = z.tuple([ClockTime, ClockTime]).superRefine(([start, end], c) => {
  const from = parseClockTime(start, false);
  const to = parseClockTime(end, true);
  if (from === null) issue(c, [0], "invalidTime", "is not a time from 00:00 to 23:59");
  if (to === null) issue(c, [1], "invalidTime", "is not a time from 00:00 to 24:00");
  if (from !== null && to !== null && from === to) issue(c, [], "emptyInterval", "starts and ends at the same time");
});

const DaySchema = z.array(OpeningIntervalSchema).max(MAX_INTERVALS_PER_DAY).default([]);

/**
 * Start and end of each interval in minutes after its day's midnight (end up to start + 1440), in
 * input order; NaN for an interval already refused, which then compares as overlapping nothing.
 */
function spans(day: ReadonlyArray<readonly [string, string]>): Array<[number, number]> {
  return day.map(([start, end]) => {
    const from = parseClockTime(start, false);
    const to = parseClockTime(end, true);
    return from === null || to === null ? [Number.NaN, Number.NaN] : [from, from + intervalMinutes(from, to)];
  });
}

export const WeeklyHoursSchema = z
  .object(Object.fromEntries(WEEKDAYS.map((d) => [d, DaySchema])) as Record<Weekday, typeof DaySchema>)
  .strict()
  .superRefine((hours, c) => {
    let open = false;
    for (const [index, day] of WEEKDAYS.entries()) {
      const mine = spans(hours[day]);
      if (mine.length > 0) open = true;
      // Overlaps within the day: against every earlier-starting interval (a long one may reach past several).
      const order = [...mine.keys()].filter((i) => !Number.isNaN(mine[i]![0])).sort((a, b) => mine[a]![0] - mine[b]![0]);
      let reach = -1;
      for (const i of order) {
        const [start, end] = mine[i]!;
        if (start < reach) issue(c, [day, i], "overlappingIntervals", `overlaps another ${DAY_NAMES[day]} interval`);
        reach = Math.max(reach, end);
      }
      // The previous day's intervals that run past midnight into this one (Saturday's into Sunday, Sunday's into Monday).
      const previous = WEEKDAYS[(index + 6) % 7]!;
      const spill = Math.max(0, ...spans(hours[previous]).map(([, end]) => (Number.isNaN(end) ? 0 : end - 1440)));
      for (const [i, [start]] of mine.entries()) {
        if (start < spill) {
          issue(c, [day, i], "overlappingIntervals", `overlaps the ${DAY_NAMES[previous]} interval that runs past midnight`);
        }
      }
    }
    if (!open) issue(c, [], "noOpeningHours", "has no opening hours on any day of the week");
  });

export const HolidaySchema = z
  .object({
    date: text()
      .trim()
      .refine((d) => parseLocalDate(d) !== null, { message: "is not a date (YYYY-MM-DD)", params: { code: "invalidDate" } }),
    name: text().trim().min(1).max(HOLIDAY_NAME_MAX),
  })
  .strict();

export const HolidaysSchema = z
  .array(HolidaySchema)
  .max(MAX_HOLIDAYS)
  .superRefine((holidays, c) => {
    const seen = new Set<string>();
    for (const [i, holiday] of holidays.entries()) {
      if (seen.has(holiday.date)) issue(c, [i, "date"], "duplicateDate", "is already a holiday in this calendar");
      seen.add(holiday.date);
    }
  });

/** An IANA name ("Europe/Athens", "UTC"), kept as given; offsets such as "+03:00" are refused. */
export const CalendarTimeZoneSchema = text()
  .trim()
  .min(1)
  .max(64)
  .refine((tz) => /^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(tz) && validTimeZone(tz) !== undefined, {
    message: "is not a known IANA time zone (like Europe/Athens)",
    params: { code: "unknownTimeZone" },
  });

export const CalendarNameSchema = text().trim().min(1).max(CALENDAR_NAME_MAX);

const calendarFields = {
  name: CalendarNameSchema,
  timeZone: CalendarTimeZoneSchema,
  /** Makes this the workspace's default calendar (the old default stops being one). */
  default: z.boolean().optional(),
  hours: WeeklyHoursSchema,
  holidays: HolidaysSchema.default([]),
};

export const CreateCalendarInput = z.object(calendarFields).strict();
export type CreateCalendarInput = z.input<typeof CreateCalendarInput>;

/** A partial change (PATCH): what is left out stays; `hours` and `holidays` are replaced whole. */
export const UpdateCalendarBody = z
  .object({
    name: calendarFields.name.optional(),
    timeZone: calendarFields.timeZone.optional(),
    default: calendarFields.default,
    hours: calendarFields.hours.optional(),
    holidays: HolidaysSchema.optional(),
  })
  .strict();
export type UpdateCalendarBody = z.input<typeof UpdateCalendarBody>;

export const CalendarIdSchema = z.uuid();
export const UpdateCalendarInput = UpdateCalendarBody.extend({ calendarId: CalendarIdSchema });
export type UpdateCalendarInput = z.input<typeof UpdateCalendarInput>;
export const CalendarIdInput = z.object({ calendarId: CalendarIdSchema });
export type CalendarIdInput = z.input<typeof CalendarIdInput>;

// ---- What comes out ---------------------------------------------------------------------

const Timestamp = z.iso.datetime().describe("ISO 8601, UTC");

/** A calendar as the API and the settings page show it: the body's shape plus id and timestamps. */
export const CalendarView = z.object({
  id: z.uuid(),
  name: text(),
  timeZone: text(),
  default: z.boolean().describe("The workspace's default calendar: exactly one once the workspace has any"),
  hours: z.record(z.enum(WEEKDAYS), z.array(z.tuple([text(), text()]))),
  holidays: z.array(z.object({ date: text(), name: text() })),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type CalendarView = z.output<typeof CalendarView>;

// ---- Importing holidays (the settings page) ----------------------------------------------

/** Largest .ics upload, in bytes (holiday-calendar.ts reads at most as many characters). */
export const MAX_ICS_BYTES = 1_000_000;
export const IMPORT_YEAR_MIN = 1970;
export const IMPORT_YEAR_MAX = 2200;

const ImportYear = z
  .number()
  .refine((y) => Number.isInteger(y) && y >= IMPORT_YEAR_MIN && y <= IMPORT_YEAR_MAX, {
    message: `is not a year from ${IMPORT_YEAR_MIN} to ${IMPORT_YEAR_MAX}`,
    params: { code: "invalidYear" },
  });

/**
 * An iCalendar file's bytes for one calendar, and the years (inclusive) whose holidays are taken.
 * Field errors: file (required, fileTooLarge, invalidCalendar, tooManyHolidays), from / to
 * (invalidYear; to: beforeFrom, rangeTooLong), as holiday-calendar.ts names them.
 */
export const ImportHolidaysInput = z
  .object({
    calendarId: CalendarIdSchema,
    file: z.instanceof(Uint8Array).superRefine((bytes, c) => {
      if (bytes.byteLength === 0) c.addIssue({ code: "custom", message: "is empty", params: { code: "required" } });
      else if (bytes.byteLength > MAX_ICS_BYTES) c.addIssue({ code: "custom", message: "is larger than 1 MB", params: { code: "fileTooLarge" } });
    }),
    from: ImportYear,
    to: ImportYear,
  })
  .strict();
export type ImportHolidaysInput = z.input<typeof ImportHolidaysInput>;
