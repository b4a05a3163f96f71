// Holidays from an iCalendar file (a country's public-holiday feed, a shop's own calendar export),
// read with ical.js (Mozilla Thunderbird's parser: kept, no dependencies, its own types; node-ical
// would bring a Temporal polyfill and rrule-temporal along).
//
// - All-day VEVENTs (DTSTART;VALUE=DATE) become holidays: a multi-day one (DTEND exclusive, or a
//   DURATION) becomes each of its days; repeating ones (RRULE, RDATE, minus EXDATE, with their
//   RECURRENCE-ID exceptions) are expanded. Only days within `range` (inclusive) are kept.
// - Timed events, cancelled events (STATUS:CANCELLED) and cancelled occurrences are ignored.
// - One holiday per date: when two events share a date, the first in the file names it. A missing
//   SUMMARY names the holiday by its date. Names are trimmed and cut to HOLIDAY_NAME_MAX.
// - Anything unreadable (not iCalendar, no VCALENDAR, a bad date or rule, a rule that repeats too
//   often to expand) is a VALIDATION error on `file` with a message saying what; never a crash.
import ICAL from "ical.js";
import { AppError } from "@/server/errors";
import { fieldError } from "@/server/validate";
import { parseLocalDate, type Holiday } from "@/server/sla/business-time";
import { HOLIDAY_NAME_MAX, MAX_HOLIDAYS } from "@/server/sla/calendar.schemas";

/** Largest file read (characters): a country's holidays for decades fit in a few dozen kB. */
export const MAX_ICS_CHARS = 1_000_000;
/** Longest range expanded, in days (about ten years). */
export const MAX_RANGE_DAYS = 3_660;
/**
 * Occurrences looked at over the whole file before giving up: a weekly rule since 1900 fits, a
 * daily one since the 1990s too; ical.js takes some 40 us an occurrence, so this bounds a request.
 */
const MAX_OCCURRENCES = 10_000;
const DAY = 86_400_000;

export type HolidayRange = { from: string; to: string };

type Time = InstanceType<typeof ICAL.Time>;
type Event = InstanceType<typeof ICAL.Event>;
type Component = InstanceType<typeof ICAL.Component>;

class Unreadable extends Error {}

/** The holidays of the iCalendar `text` between `range.from` and `range.to` (inclusive), sorted by date. */
export function parseHolidayCalendar(text: string, range: HolidayRange): Holiday[] {
  const from = parseLocalDate(range.from);
  const to = parseLocalDate(range.to);
  if (from === null) throw fieldError("from", "invalidDate", "is not a date (YYYY-MM-DD)");
  if (to === null) throw fieldError("to", "invalidDate", "is not a date (YYYY-MM-DD)");
  if (to < from) throw fieldError("to", "beforeFrom", "is before the start of the range");
  if (to - from >= MAX_RANGE_DAYS) throw fieldError("to", "rangeTooLong", "is more than ten years after the start of the range", MAX_RANGE_DAYS);
  if (text.length > MAX_ICS_CHARS) throw fieldError("file", "fileTooLarge", "is larger than 1 MB", MAX_ICS_CHARS);

  try {
    return collect(readCalendar(text), from, to);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const detail = error instanceof Unreadable ? error.message : `could not be read (${error instanceof Error ? error.message : String(error)})`;
    throw fieldError("file", "invalidCalendar", `is not a usable iCalendar file: ${detail}`);
  }
}

function readCalendar(text: string): Component {
  if (!/^\s*BEGIN:VCALENDAR/i.test(text)) throw new Unreadable("it does not start with BEGIN:VCALENDAR");
  const parsed: unknown = ICAL.parse(text);
  // One calendar parses to ["vcalendar", ...]; several to a list of them: read the first.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed;
  if (!Array.isArray(first) || first[0] !== "vcalendar") throw new Unreadable("it has no VCALENDAR");
  return new ICAL.Component(first as ConstructorParameters<typeof ICAL.Component>[0]);
}

function collect(root: Component, from: number, to: number): Holiday[] {
  const names = new Map<number, string>();
  let budget = MAX_OCCURRENCES;

  const add = (start: Time, end: Time | null, item: Event) => {
    if (!start.isDate || cancelled(item.component)) return;
    const first = dayNumber(start);
    // DTEND is exclusive; a DTEND on (or before) the start day still means that one day.
    const last = Math.max(first, end ? dayNumber(end) - 1 : first);
    const name = cleanName(item.summary);
    for (let day = Math.max(first, from); day <= Math.min(last, to); day++) {
      if (!names.has(day)) names.set(day, name || isoDate(day));
    }
  };

  // Exceptions (RECURRENCE-ID) replace single occurrences of their series.
  const series = new Map<string, Event>();
  const standalone: Event[] = [];
  const exceptions: Event[] = [];
  for (const component of root.getAllSubcomponents("vevent")) {
    checkDates(component);
    const event = new ICAL.Event(component);
    if (event.isRecurrenceException()) exceptions.push(event);
    else if (event.uid && !series.has(event.uid)) series.set(event.uid, event);
    else standalone.push(event);
  }
  for (const exception of exceptions) {
    const master = exception.uid ? series.get(exception.uid) : undefined;
    if (master) master.relateException(exception);
    else standalone.push(exception);
  }

  for (const event of [...series.values(), ...standalone]) {
    if (!event.startDate) throw new Unreadable(`the event "${cleanName(event.summary)}" has no DTSTART`);
    if (!event.startDate.isDate || cancelled(event.component)) continue;
    if (!event.isRecurring()) {
      add(event.startDate, event.endDate, event);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (dayNumber(next) > to) break;
      if (--budget < 0) throw new Unreadable(`the event "${cleanName(event.summary)}" repeats too often to expand`);
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.endDate, details.item);
    }
  }

  if (names.size > MAX_HOLIDAYS) {
    throw fieldError("file", "tooManyHolidays", `has more than ${MAX_HOLIDAYS} holidays in this range`, MAX_HOLIDAYS);
  }
  return [...names.entries()].sort(([a], [b]) => a - b).map(([day, name]) => ({ date: isoDate(day), name }));
}

/** ical.js rolls impossible dates over (2026-13-45 becomes 2027-02-14): refuse them instead. */
function checkDates(component: Component) {
  for (const key of ["dtstart", "dtend", "recurrence-id"]) {
    const property = component.getFirstProperty(key);
    if (!property || property.type !== "date") continue;
    const raw: unknown = property.jCal[3];
    if (typeof raw !== "string" || parseLocalDate(raw) === null) {
      throw new Unreadable(`${key.toUpperCase()} "${String(raw)}" is not a date`);
    }
  }
}

function cancelled(component: Component): boolean {
  return String(component.getFirstPropertyValue("status") ?? "").toUpperCase() === "CANCELLED";
}

function dayNumber(time: Time): number {
  return Date.UTC(time.year, time.month - 1, time.day) / DAY;
}

function isoDate(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

function cleanName(summary: unknown): string {
  // eslint-disable-next-line no-control-regex -- control characters (NUL included) never belong in a name
  const name = String(summary ?? "").replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
  const cut = name.slice(0, HOLIDAY_NAME_MAX);
  // Never end on half a surrogate pair (an emoji cut in two).
  return (/[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut).trim();
}
