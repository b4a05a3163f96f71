import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/settings.json";
import { calendarErrorMessage } from "./calendar-errors";

/** The English catalog as next-intl's `t` reads it (ICU arguments left as written, `{bound}` filled). */
const t = (key: string, values?: Record<string, string | number>) => {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  if (typeof found !== "string") throw new Error(`no message ${key}`);
  return found.replace("{bound}", String(values?.bound ?? ""));
};

describe("calendarErrorMessage", () => {
  it("translates every code the calendar schemas and the import send", () => {
    const codes = ["invalidTime", "emptyInterval", "overlappingIntervals", "noOpeningHours", "unknownTimeZone", "invalidDate", "duplicateDate",
      "defaultRequired", "invalidYear", "beforeFrom", "rangeTooLong", "fileTooLarge", "invalidCalendar", "tooManyHolidays"];
    for (const code of codes) {
      expect(calendarErrorMessage(t, "x", { code, message: "" })).toBe(en.businessHours.errors[code as keyof typeof en.businessHours.errors]);
    }
  });

  it("says what a too-long list is too long of, and uses the common messages for the rest", () => {
    expect(calendarErrorMessage(t, "hours.mon", { code: "tooLong", message: "", bound: 12 })).toBe(en.businessHours.errors.tooManyIntervals);
    expect(calendarErrorMessage(t, "holidays", { code: "tooLong", message: "", bound: 500 })).toBe(en.businessHours.errors.tooManyHolidays);
    expect(calendarErrorMessage(t, "name", { code: "tooLong", message: "", bound: 120 })).toBe("Too long: at most 120 characters.");
    expect(calendarErrorMessage(t, "name", { code: "required", message: "" })).toBe(en.errors.required);
    expect(calendarErrorMessage(t, "hours.mon.0", { code: "invalid", message: "" })).toBe(en.errors.invalid);
    expect(calendarErrorMessage(t, "name", undefined)).toBeUndefined();
  });
});
