// SLA targets and warnings are stored as whole minutes (sla-policy.schemas.ts); the settings page
// shows and takes them as a number and a unit. Only minutes and hours: a "day" would mean 24 hours
// of calendar time but three working days of business time, and a unit that means two things is a
// promise nobody can read.

export const DURATION_UNITS = ["minutes", "hours"] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

const FACTOR: Record<DurationUnit, number> = { minutes: 1, hours: 60 };

/** How a stored duration shows in the editor: whole hours as hours, anything else as minutes. */
export function splitMinutes(minutes: number | undefined): { value: string; unit: DurationUnit } {
  if (minutes === undefined) return { value: "", unit: "hours" };
  return minutes % 60 === 0 ? { value: String(minutes / 60), unit: "hours" } : { value: String(minutes), unit: "minutes" };
}

/**
 * What the editor sends for a number and a unit: undefined when left empty, else the minutes,
 * not rounded (1.5 hours is 90, 0.5 minutes stays 0.5), so the server says what is wrong with it.
 * Text that is no number becomes NaN, which the schema refuses as well.
 */
export function toMinutes(value: string, unit: DurationUnit): number | undefined {
  const trimmed = value.trim().replace(",", ".");
  if (trimmed === "") return undefined;
  const n = Number(trimmed);
  return Number.isFinite(n) ? Math.round(n * FACTOR[unit] * 1e6) / 1e6 : Number.NaN;
}

/** The warnings field: minutes separated by commas, spaces or new lines ("60, 15"). */
export function parseMinuteList(text: string): number[] {
  return text
    .split(/[\s,;،]+/)
    .filter(Boolean)
    .map((part) => {
      const n = Number(part);
      return Number.isFinite(n) ? n : Number.NaN;
    });
}

/** A duration in the reader's language: whole hours as hours ("4 hr", "4 ώρ."), else minutes. */
export function formatMinutes(minutes: number, locale: string): string {
  const hours = minutes % 60 === 0;
  return new Intl.NumberFormat(locale, { style: "unit", unit: hours ? "hour" : "minute", unitDisplay: "short" }).format(hours ? minutes / 60 : minutes);
}

/** Tags and email domains as admins type them: separated by commas or new lines, blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[\n,،]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
