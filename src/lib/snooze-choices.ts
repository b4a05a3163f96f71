// The snooze menu's quick choices, computed as wall-clock times in the agent's time zone (the
// browser's, which the app also formats every date in: see src/i18n/time-zone-sync.tsx), so
// "tomorrow morning" is 08:00 there whatever the offset, across daylight-saving changes too.
// Pure and browser-safe; the server still checks the chosen instant (future, within a year).
import { TZDate } from "@date-fns/tz";

export type SnoozeChoiceKey = "later" | "tomorrow" | "nextWeek";
export type SnoozeChoice = { key: SnoozeChoiceKey; until: Date };

const HOUR = 3_600_000;
/** "Later today" is this many hours ahead, rounded up to the next whole hour. */
export const LATER_TODAY_HOURS = 3;
/** ...and offered only when that falls before this hour of the same day (so until 17:00). */
export const LATER_TODAY_CUTOFF_HOUR = 21;
/** "Tomorrow morning" and "Next week" (Monday) start at this hour. */
export const MORNING_HOUR = 8;

/**
 * The quick choices at `now` in `timeZone` (an IANA name), in menu order:
 * - later: now + 3 h rounded up to the hour, only while that is still today and before 21:00;
 * - tomorrow: 08:00 the next day;
 * - nextWeek: 08:00 on the Monday after today (from a Sunday, the next day). The app has no
 *   per-locale first day of the week, so weeks start on Monday, as in ISO 8601.
 */
export function snoozeChoices(now: Date, timeZone: string): SnoozeChoice[] {
  const local = new TZDate(now.getTime(), timeZone);
  const [y, m, d] = [local.getFullYear(), local.getMonth(), local.getDate()];
  const at = (days: number, hour: number) => new Date(new TZDate(y, m, d + days, hour, 0, 0, timeZone).getTime());
  const choices: SnoozeChoice[] = [];

  // Elapsed time, so "3 hours" stays 3 hours on a day the clocks change; then up to the next
  // whole hour as the local clock reads it (offsets such as +05:30 keep their half hour).
  const later = new TZDate(now.getTime() + LATER_TODAY_HOURS * HOUR, timeZone);
  const pastTheHour = later.getMinutes() * 60_000 + later.getSeconds() * 1000 + later.getMilliseconds();
  const laterOnTheHour = new TZDate(later.getTime() + (pastTheHour === 0 ? 0 : HOUR - pastTheHour), timeZone);
  const sameDay = laterOnTheHour.getFullYear() === y && laterOnTheHour.getMonth() === m && laterOnTheHour.getDate() === d;
  if (sameDay && laterOnTheHour.getHours() < LATER_TODAY_CUTOFF_HOUR) choices.push({ key: "later", until: new Date(laterOnTheHour.getTime()) });

  choices.push({ key: "tomorrow", until: at(1, MORNING_HOUR) });
  const toMonday = (8 - local.getDay()) % 7 || 7;
  choices.push({ key: "nextWeek", until: at(toMonday, MORNING_HOUR) });
  return choices;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `d` as a datetime-local value ("2026-03-29T08:00") on the wall clock of `timeZone`. */
export function toWallTime(d: Date, timeZone: string): string {
  const local = new TZDate(d.getTime(), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(local.getFullYear(), 4)}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
}

/**
 * The instant a datetime-local value means on the wall clock of `timeZone`, or null when it is
 * not one. A time the clocks skip (02:30 when they jump from 02:00 to 03:00) moves forward.
 */
export function fromWallTime(value: string, timeZone: string): Date | null {
  const match = WALL_TIME.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const local = new TZDate(year, month - 1, day, hour, minute, 0, timeZone);
  // 31 February and the like roll over into the next month: refuse them instead.
  if (local.getMonth() !== month - 1) return null;
  return new Date(local.getTime());
}
