// Business-time arithmetic for SLA deadlines: pure, no database, exact across daylight-saving
// changes (offsets come from the tz database through @date-fns/tz's tzOffset; no offset tables).
//
// The rules, in one place:
// - A calendar has an IANA time zone, opening intervals per weekday ("HH:MM" wall-clock times
//   in that zone; an end may be "24:00") and holidays (local dates "YYYY-MM-DD" in that zone).
// - An interval belongs to the day it starts on. One whose end is <= its start crosses midnight:
//   mon ["22:00","06:00"] is Monday 22:00 to Tuesday 06:00. So ["09:00","09:00"] would be 24 hours
//   (the input schema refuses equal ends, src/server/sla/calendar.schemas.ts).
// - A holiday closes the intervals that belong to its date, overnight ones included: a holiday on
//   Monday closes mon ["22:00","06:00"] entirely; a holiday on Tuesday does not touch it.
// - Intervals that overlap or touch (mon ["22:00","24:00"] and tue ["00:00","06:00"]) count as one
//   stretch of opening time; no instant is counted twice.
// - A wall-clock time means the FIRST INSTANT AT WHICH THE LOCAL CLOCK SHOWS THAT TIME OR A LATER
//   ONE. Two consequences on the nights the clocks change:
//   * Spring forward (a gap): Athens jumps 03:00 -> 04:00 on 29 March 2026; 03:30 never shows, so
//     an opening at 03:30 means 04:00 EEST (01:00Z), the moment the clock passes 03:30. An interval
//     lying wholly inside the gap (["03:15","03:45"]) is empty that night.
//   * Fall back (ambiguous times): Athens shows 03:00-03:59 twice on 25 October 2026; 03:30 means
//     the first time, 03:30 EEST (00:30Z).
//   So wall time -> instant never goes backwards, and an interval never ends before it starts.
// - Business time is elapsed time: ["00:00","24:00"] holds 23 hours on a spring-forward day and 25
//   on a fall-back day; ["09:00","17:00"] keeps its 8 hours on both.
// - addBusinessMinutes(cal, start, m) is the earliest instant t >= start with
//   businessMinutesBetween(cal, start, t) === m: for m > 0 it lies inside or at the end of an open
//   stretch (Monday 09:00 + 480 minutes at 09:00-17:00 is Monday 17:00, not Tuesday 09:00); for
//   m = 0 it is `start`, open or not. Minutes may be fractional (millisecond precision).
// - businessMinutesBetween(cal, from, to) counts the open time in [from, to), in minutes (possibly
//   fractional); 0 when to <= from.
// - isOpenAt(cal, t): t lies in an open stretch [opening, closing). nextOpening(cal, t): t itself
//   when open, else the start of the next open stretch; null for a calendar never open.
// - A calendar with no opening time in the week has no deadline: addBusinessMinutes throws a
//   RangeError instead of looping, and the schema refuses such calendars. Targets longer than a
//   week just walk more days.
// - Calendar-time targets (an SLA policy without business hours) use the same shape with a null
//   calendar: addMinutes(null, ...) and minutesBetween(null, ...) are plain elapsed time.
//
// Speed (issue 17's benchmark evaluates deadlines for 100,000 tickets): the walk goes day by day,
// never minute by minute; a day's intervals are turned into instants once per calendar (by object,
// and by content for callers that load the same calendar again) and cached, so treat a calendar
// as immutable once used. A day whose surroundings have one UTC offset (all but two a year in
// most zones) takes two offset look-ups; a day near a change finds the change's instant by
// bisection. This assumes a zone's offset changes at most once within three days, as in every
// zone of the tz database from 1990 to 2040 (checked against this runtime's Intl data).
import { tzOffset } from "@date-fns/tz";

/** Weekday keys in JavaScript's getDay() order (Sunday 0). */
export const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
export type Weekday = (typeof WEEKDAYS)[number];
/** ["09:00", "17:00"]: wall-clock start and end in the calendar's time zone. */
export type OpeningInterval = readonly [start: string, end: string];
export type WeeklyHours = Readonly<Record<Weekday, ReadonlyArray<OpeningInterval>>>;
export type Holiday = { readonly date: string; readonly name: string };
export type BusinessCalendar = {
  readonly timeZone: string;
  readonly hours: WeeklyHours;
  readonly holidays: ReadonlyArray<Holiday>;
};

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Days whose instants stay cached per calendar (about 13 years); then the cache starts over. */
const MAX_CACHED_DAYS = 5_000;

type Compiled = {
  timeZone: string;
  /** Per weekday (Sunday 0): flat [start, end, ...] minutes after the day's midnight, sorted by start; end > start, at most start + 1440. */
  week: number[][];
  /** Holidays as day numbers (days since 1970-01-01). */
  holidays: Set<number>;
  /** Nominal opening time of one week, in ms. */
  weeklyMs: number;
  /** Day number -> flat [start, end, ...] instants (ms) of that day's intervals. */
  days: Map<number, number[]>;
};

const compiledCalendars = new WeakMap<BusinessCalendar, Compiled>();
/**
 * The same, by content: a caller that loads the same calendar afresh for every ticket (a new object
 * each time) still shares one compiled calendar and its day cache. Bounded; starts over when full.
 */
const compiledByContent = new Map<string, Compiled>();
const MAX_COMPILED_BY_CONTENT = 256;

const TIME = /^([01]\d|2[0-4]):([0-5]\d)$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "HH:MM" as minutes after midnight, or null; "24:00" only where `allowMidnightEnd`. */
export function parseClockTime(value: string, allowMidnightEnd: boolean): number | null {
  const m = TIME.exec(value);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  if (minutes > 1440 || (minutes === 1440 && !allowMidnightEnd)) return null;
  return minutes;
}

/** "YYYY-MM-DD" as a day number (days since 1970-01-01), or null when no such date exists. */
export function parseLocalDate(value: string): number | null {
  const m = DATE.exec(value);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  // 31 April and 29 February of a common year roll over into the next month: no such date.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1) return null;
  return ms / DAY;
}

/** Minutes an interval lasts under the rules above (crossing midnight when end <= start). */
export function intervalMinutes(start: number, end: number): number {
  return end > start ? end - start : end + 1440 - start;
}

function compile(calendar: BusinessCalendar): Compiled {
  const known = compiledCalendars.get(calendar);
  if (known) return known;
  const key = JSON.stringify([calendar.timeZone, calendar.hours, calendar.holidays]);
  let result = compiledByContent.get(key);
  if (!result) {
    result = compileAfresh(calendar);
    if (compiledByContent.size >= MAX_COMPILED_BY_CONTENT) compiledByContent.clear();
    compiledByContent.set(key, result);
  }
  compiledCalendars.set(calendar, result);
  return result;
}

function compileAfresh(calendar: BusinessCalendar): Compiled {
  const timeZone = calendar.timeZone;
  if (typeof timeZone !== "string" || Number.isNaN(tzOffset(timeZone, new Date(0)))) {
    throw new RangeError(`business calendar: unknown time zone "${String(timeZone)}"`);
  }
  let weeklyMs = 0;
  const week = WEEKDAYS.map((day) => {
    const pairs = (calendar.hours[day] ?? []).map(([from, to]) => {
      const start = parseClockTime(from, false);
      const end = parseClockTime(to, true);
      if (start === null || end === null) throw new RangeError(`business calendar: bad interval ${day} ["${from}","${to}"]`);
      weeklyMs += intervalMinutes(start, end) * MINUTE;
      return [start, start + intervalMinutes(start, end)] as const;
    });
    return pairs.sort((a, b) => a[0] - b[0]).flat();
  });
  const holidays = new Set<number>();
  for (const holiday of calendar.holidays) {
    const day = parseLocalDate(holiday.date);
    if (day === null) throw new RangeError(`business calendar: bad holiday date "${holiday.date}"`);
    holidays.add(day);
  }
  return { timeZone, week, holidays, weeklyMs, days: new Map() };
}

/** UTC offset in ms at instant `t` (whole milliseconds, also for historic offsets with seconds). */
function offsetAt(timeZone: string, t: number): number {
  return Math.round(tzOffset(timeZone, new Date(t)) * MINUTE);
}

/** The local date (day number) of instant `t`. */
function localDay(c: Compiled, t: number): number {
  return Math.floor((t + offsetAt(c.timeZone, t)) / DAY);
}

function weekday(dayNumber: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/**
 * The first instant at which the clock of `timeZone` shows wall time `wall` (ms of the wall clock
 * read as if it were UTC) or a later one. Instants of that wall time lie within [wall - 14 h,
 * wall + 12 h] (offsets span -12 h..+14 h), so the offsets just outside that window are the ones
 * before and after any change inside it.
 */
function wallToInstant(timeZone: string, wall: number): number {
  const lowEdge = wall - 15 * HOUR;
  const highEdge = wall + 13 * HOUR;
  const before = offsetAt(timeZone, lowEdge);
  const after = offsetAt(timeZone, highEdge);
  if (before === after) return wall - before;
  // The change happens at `change`: the first millisecond showing the new offset.
  let low = lowEdge;
  let change = highEdge;
  while (change - low > 1) {
    const mid = Math.floor((low + change) / 2);
    if (offsetAt(timeZone, mid) === after) change = mid;
    else low = mid;
  }
  const early = wall - before;
  // Before the change the clock shows `wall` at `early` (the first of two readings when it falls
  // back); otherwise it shows it at `wall - after`, or skipped it and passed it at `change`.
  return early < change ? early : Math.max(change, wall - after);
}

/** Flat [start, end, ...] instants of the intervals belonging to local date `dayNumber`. */
function dayIntervals(c: Compiled, dayNumber: number): number[] {
  const cached = c.days.get(dayNumber);
  if (cached) return cached;
  const result: number[] = [];
  const minutes = c.week[weekday(dayNumber)]!;
  if (minutes.length > 0 && !c.holidays.has(dayNumber)) {
    const midnight = dayNumber * DAY;
    // The day's intervals end before midnight two days on; one offset around all of them means
    // no change nearby and plain subtraction.
    const before = offsetAt(c.timeZone, midnight - 15 * HOUR);
    const after = offsetAt(c.timeZone, midnight + 2 * DAY + 13 * HOUR);
    for (const m of minutes) {
      const wall = midnight + m * MINUTE;
      result.push(before === after ? wall - before : wallToInstant(c.timeZone, wall));
    }
  }
  if (c.days.size >= MAX_CACHED_DAYS) c.days.clear();
  c.days.set(dayNumber, result);
  return result;
}

function toMs(value: Date, name: string): number {
  const t = value instanceof Date ? value.getTime() : Number.NaN;
  if (Number.isNaN(t)) throw new RangeError(`business time: ${name} is not a valid date`);
  return t;
}

/** A bound on the days a walk needs for `ms` of opening time: it can never be reached past it. */
function dayLimit(c: Compiled, ms: number): number {
  // Twice the weeks the opening time needs (daylight-saving changes and holidays shorten some),
  // plus a week per holiday, plus slack.
  return 7 * (2 * Math.ceil(ms / c.weeklyMs) + c.holidays.size + 4);
}

/** The deadline `minutes` of business time after `start` (see the rules at the top). */
export function addBusinessMinutes(calendar: BusinessCalendar, start: Date, minutes: number): Date {
  const c = compile(calendar);
  const from = toMs(start, "start");
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError("business time: minutes must be a finite number >= 0");
  let remaining = Math.round(minutes * MINUTE);
  if (remaining === 0) return new Date(from);
  if (c.weeklyMs === 0) throw new RangeError("business calendar is never open: it has no opening hours in the week");
  let cursor = from;
  const firstDay = localDay(c, from) - 1; // the day before may still be open (overnight)
  const lastDay = firstDay + dayLimit(c, remaining);
  for (let day = firstDay; day <= lastDay; day++) {
    const iv = dayIntervals(c, day);
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i]!, cursor);
      const e = iv[i + 1]!;
      if (e <= s) continue;
      if (e - s >= remaining) return new Date(s + remaining);
      remaining -= e - s;
      cursor = e;
    }
  }
  throw new RangeError("business calendar does not open often enough to reach this target");
}

/** Business time elapsed in [from, to), in minutes; 0 when to <= from. */
export function businessMinutesBetween(calendar: BusinessCalendar, from: Date, to: Date): number {
  const c = compile(calendar);
  const a = toMs(from, "from");
  const b = toMs(to, "to");
  if (b <= a || c.weeklyMs === 0) return 0;
  let total = 0;
  let cursor = a;
  const lastDay = localDay(c, b);
  for (let day = localDay(c, a) - 1; day <= lastDay; day++) {
    const iv = dayIntervals(c, day);
    for (let i = 0; i < iv.length; i += 2) {
      const s = Math.max(iv[i]!, cursor);
      const e = Math.min(iv[i + 1]!, b);
      if (e <= s) continue;
      total += e - s;
      cursor = e;
    }
  }
  return total / MINUTE;
}

/** Whether the calendar is open at `at`. */
export function isOpenAt(calendar: BusinessCalendar, at: Date): boolean {
  const c = compile(calendar);
  const t = toMs(at, "at");
  const day = localDay(c, t);
  for (let d = day - 1; d <= day; d++) {
    const iv = dayIntervals(c, d);
    for (let i = 0; i < iv.length; i += 2) if (iv[i]! <= t && t < iv[i + 1]!) return true;
  }
  return false;
}

/** `at` when the calendar is open then, else the next instant it opens; null when it never does. */
export function nextOpening(calendar: BusinessCalendar, at: Date): Date | null {
  const c = compile(calendar);
  const t = toMs(at, "at");
  if (c.weeklyMs === 0) return null;
  const firstDay = localDay(c, t) - 1;
  const lastDay = firstDay + dayLimit(c, 1);
  for (let day = firstDay; day <= lastDay; day++) {
    const iv = dayIntervals(c, day);
    for (let i = 0; i < iv.length; i += 2) {
      if (iv[i + 1]! > t && iv[i + 1]! > iv[i]!) return new Date(Math.max(iv[i]!, t));
    }
  }
  return null;
}

/** A deadline for an SLA target: business time with a calendar, calendar (elapsed) time with null. */
export function addMinutes(calendar: BusinessCalendar | null, start: Date, minutes: number): Date {
  if (calendar) return addBusinessMinutes(calendar, start, minutes);
  const from = toMs(start, "start");
  if (!Number.isFinite(minutes) || minutes < 0) throw new RangeError("business time: minutes must be a finite number >= 0");
  return new Date(from + Math.round(minutes * MINUTE));
}

/** Time elapsed in [from, to) for an SLA target, in minutes: business time with a calendar, calendar time with null. */
export function minutesBetween(calendar: BusinessCalendar | null, from: Date, to: Date): number {
  if (calendar) return businessMinutesBetween(calendar, from, to);
  return Math.max(0, toMs(to, "to") - toMs(from, "from")) / MINUTE;
}
