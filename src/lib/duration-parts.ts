// A length of time as at most two units, largest first ("2 h 5 min", "3 d 4 h", "35 min"), for
// SLA deadlines ("due in 2 h 5 min", "overdue 35 min"). The caller formats each part in the
// user's language (Intl unit formatting) and joins them (Intl.ListFormat, type "unit").
export type DurationUnit = "day" | "hour" | "minute";
export type DurationPart = { value: number; unit: DurationUnit };

const MINUTE = 60_000;

/**
 * `ms` (its absolute value) in whole minutes, rounded up so "due in 1 min" never reads "0 min"
 * before the deadline: under an hour in minutes; under two days in hours and minutes; else days
 * and hours. A zero part is left out ("2 h", not "2 h 0 min").
 */
export function durationParts(ms: number): DurationPart[] {
  const minutes = Math.max(1, Math.ceil(Math.abs(ms) / MINUTE));
  if (minutes < 60) return [{ value: minutes, unit: "minute" }];
  if (minutes < 48 * 60) {
    const parts: DurationPart[] = [{ value: Math.floor(minutes / 60), unit: "hour" }];
    if (minutes % 60 > 0) parts.push({ value: minutes % 60, unit: "minute" });
    return parts;
  }
  const hours = Math.floor(minutes / 60);
  const parts: DurationPart[] = [{ value: Math.floor(hours / 24), unit: "day" }];
  if (hours % 24 > 0) parts.push({ value: hours % 24, unit: "hour" });
  return parts;
}

/** A deadline `ms` away: overdue once passed, due soon within the hour, or later. */
export function slaUrgency(ms: number): "overdue" | "soon" | "later" {
  return ms <= 0 ? "overdue" : ms <= 60 * MINUTE ? "soon" : "later";
}
