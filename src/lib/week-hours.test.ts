import { describe, expect, it } from "vitest";
import { fullWeek, summariseWeek, weekdayNames } from "@/lib/week-hours";

const nine: Array<[string, string]> = [["09:00", "17:00"]];

describe("summariseWeek", () => {
  it("groups runs of days with the same hours, Monday first", () => {
    expect(summariseWeek({ mon: nine, tue: nine, wed: nine, thu: nine, fri: nine, sat: [["10:00", "14:00"]] }, "en", "Closed")).toBe(
      "Mon–Fri 09:00–17:00; Sat 10:00–14:00",
    );
  });

  it("keeps days apart when their intervals differ and lists several intervals of a day", () => {
    expect(summariseWeek({ mon: nine, wed: nine, sun: [["08:00", "12:00"], ["22:00", "02:00"]] }, "en", "Closed")).toBe(
      "Mon 09:00–17:00; Wed 09:00–17:00; Sun 08:00–12:00, 22:00–02:00",
    );
  });

  it("says closed for a week without hours and uses the locale's day names", () => {
    expect(summariseWeek({}, "en", "Closed")).toBe("Closed");
    expect(summariseWeek({ mon: nine }, "el", "x")).toBe(`${weekdayNames("el", "short").mon} 09:00–17:00`);
    expect(weekdayNames("el", "long").mon).toBe("Δευτέρα");
  });
});

describe("fullWeek", () => {
  it("fills the missing days with no intervals", () => {
    expect(fullWeek({ tue: nine })).toEqual({ mon: [], tue: nine, wed: [], thu: [], fri: [], sat: [], sun: [] });
  });
});
