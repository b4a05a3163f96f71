// The week of a business calendar as the settings page edits and summarises it (safe in the
// browser). Monday first, as the page lists the days; the keys are the API's.

export const WEEK_MONDAY_FIRST = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type WeekdayKey = (typeof WEEK_MONDAY_FIRST)[number];
export type WeekHours = Record<WeekdayKey, Array<[string, string]>>;

/** A Monday (2026-01-05, UTC) and the six days after it, for the locale's weekday names. */
const MONDAY_UTC = Date.UTC(2026, 0, 5);

/** The locale's names of the weekdays, Monday first ("Mon" ... or "Monday" ...). */
export function weekdayNames(locale: string, width: "short" | "long"): Record<WeekdayKey, string> {
  const format = new Intl.DateTimeFormat(locale, { weekday: width, timeZone: "UTC" });
  return Object.fromEntries(WEEK_MONDAY_FIRST.map((d, i) => [d, format.format(new Date(MONDAY_UTC + i * 86_400_000))])) as Record<WeekdayKey, string>;
}

/**
 * One line for the week: runs of days with the same intervals, "Mon–Fri 09:00–17:00; Sat
 * 10:00–14:00". Closed days are left out; `closed` is the whole line when no day is open.
 */
export function summariseWeek(hours: Partial<WeekHours>, locale: string, closed: string): string {
  const names = weekdayNames(locale, "short");
  const key = (d: WeekdayKey) => (hours[d] ?? []).map(([a, b]) => `${a}–${b}`).join(", ");
  const parts: string[] = [];
  let i = 0;
  while (i < WEEK_MONDAY_FIRST.length) {
    const first = WEEK_MONDAY_FIRST[i]!;
    let j = i;
    while (j + 1 < WEEK_MONDAY_FIRST.length && key(WEEK_MONDAY_FIRST[j + 1]!) === key(first)) j++;
    const times = key(first);
    if (times) {
      const last = WEEK_MONDAY_FIRST[j]!;
      const days = i === j ? names[first] : `${names[first]}–${names[last]}`;
      parts.push(`${days} ${times}`);
    }
    i = j + 1;
  }
  return parts.length === 0 ? closed : parts.join("; ");
}

/** Every day present (an empty list for a closed day). */
export function fullWeek(hours: Partial<WeekHours>): WeekHours {
  return Object.fromEntries(WEEK_MONDAY_FIRST.map((d) => [d, (hours[d] ?? []).map(([a, b]) => [a, b] as [string, string])])) as WeekHours;
}
