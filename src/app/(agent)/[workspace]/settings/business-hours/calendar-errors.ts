// A calendar form's field issues (src/server/sla/calendar.schemas.ts, import-holidays) as
// translated messages: settings.businessHours.errors.<code>, the common ones from settings.errors.
import type { FieldIssue } from "@/server/errors";

type T = (key: string, values?: Record<string, string | number>) => string;

const CALENDAR_CODES = new Set([
  "invalidTime", "emptyInterval", "overlappingIntervals", "tooManyIntervals", "noOpeningHours", "unknownTimeZone",
  "invalidDate", "duplicateDate", "defaultRequired", "invalidYear", "beforeFrom", "rangeTooLong", "fileTooLarge",
  "invalidCalendar", "tooManyHolidays",
]);
const COMMON_CODES = new Set(["required", "tooLong", "tooShort"]);

/**
 * `t` is the settings namespace. A list that is too long says what is too many: intervals of a day
 * (`hours.<day>`) or holidays (`holidays`).
 */
export function calendarErrorMessage(t: T, path: string, issue: FieldIssue | undefined): string | undefined {
  if (!issue) return undefined;
  let code = issue.code;
  if (code === "tooLong" && /^hours\.[a-z]{3}$/.test(path)) code = "tooManyIntervals";
  if (code === "tooLong" && path === "holidays") code = "tooManyHolidays";
  if (CALENDAR_CODES.has(code)) return t(`businessHours.errors.${code}`, { bound: issue.bound ?? 0 });
  if (COMMON_CODES.has(code)) return t(`errors.${code}`, { bound: issue.bound ?? 0 });
  return t("errors.invalid");
}
