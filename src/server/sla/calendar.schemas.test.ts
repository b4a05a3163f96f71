import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { CreateCalendarInput, UpdateCalendarBody } from "./calendar.schemas";

const weekdays = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]] };
const valid = {
  name: "  Athens office  ",
  timeZone: "Europe/Athens",
  hours: { ...weekdays, sat: [], sun: [] },
  holidays: [{ date: "2026-12-25", name: " Χριστούγεννα " }],
};

/** The field codes a parse fails with (field path -> code). */
function codes(schema: typeof CreateCalendarInput | typeof UpdateCalendarBody, input: unknown): Record<string, string> {
  try {
    parseInput(schema, input);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== "VALIDATION") throw error;
    return Object.fromEntries(Object.entries(error.fieldIssues ?? {}).map(([field, issue]) => [field, issue.code]));
  }
  throw new Error("expected a VALIDATION error");
}

describe("CreateCalendarInput", () => {
  it("accepts the issue's body, trims names and fills closed days", () => {
    const parsed = parseInput(CreateCalendarInput, { ...valid, hours: weekdays, default: true });
    expect(parsed.name).toBe("Athens office");
    expect(parsed.default).toBe(true);
    expect(parsed.hours.sat).toEqual([]);
    expect(parsed.hours.mon).toEqual([["09:00", "17:00"]]);
    expect(parsed.holidays).toEqual([{ date: "2026-12-25", name: "Χριστούγεννα" }]);
    expect(parseInput(CreateCalendarInput, { ...valid, holidays: undefined }).holidays).toEqual([]);
  });

  it("accepts several intervals a day, touching intervals, 24:00 and intervals across midnight", () => {
    const parsed = parseInput(CreateCalendarInput, {
      ...valid,
      hours: {
        mon: [["09:00", "12:00"], ["12:00", "17:00"], ["22:00", "24:00"]],
        tue: [["00:00", "06:00"], ["22:00", "06:00"]],
        // Tuesday's night ends at 06:00 Wednesday, where Wednesday's first interval starts.
        wed: [["06:00", "14:00"]],
        sun: [["23:00", "01:00"]],
        sat: [["00:00", "24:00"]],
      },
    });
    expect(parsed.hours.tue).toEqual([["00:00", "06:00"], ["22:00", "06:00"]]);
  });

  it("refuses bad times and empty intervals with their field", () => {
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["9:00", "17:00"]] } })).toEqual({ "hours.mon.0.0": "invalidTime" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00", "24:01"]] } })).toEqual({ "hours.mon.0.1": "invalidTime" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["24:00", "06:00"]] } })).toEqual({ "hours.mon.0.0": "invalidTime" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:60", "17:00"]] } })).toEqual({ "hours.mon.0.0": "invalidTime" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00:00", "5 pm"]] } })).toEqual({ "hours.mon.0.0": "invalidTime", "hours.mon.0.1": "invalidTime" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00", "09:00"]] } })).toEqual({ "hours.mon.0": "emptyInterval" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00"]] } })).toHaveProperty(["hours.mon.0"]);
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00", "17:00"]], monday: [] } })).toHaveProperty(["hours"]);
  });

  it("refuses overlapping intervals on a day and an overnight interval spilling into the next day's", () => {
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["09:00", "13:00"], ["12:00", "17:00"]] } })).toEqual({ "hours.mon.1": "overlappingIntervals" });
    // Listed out of order, and one interval reaching past the two after it.
    expect(codes(CreateCalendarInput, { ...valid, hours: { tue: [["14:00", "15:00"], ["08:00", "18:00"], ["16:00", "17:00"]] } })).toEqual({
      "hours.tue.0": "overlappingIntervals",
      "hours.tue.2": "overlappingIntervals",
    });
    // An overnight interval overlapping a later one of its own day.
    expect(codes(CreateCalendarInput, { ...valid, hours: { wed: [["22:00", "06:00"], ["23:00", "23:30"]] } })).toEqual({ "hours.wed.1": "overlappingIntervals" });
    // Monday 22:00-06:00 runs into Tuesday 05:00-08:00.
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [["22:00", "06:00"]], tue: [["05:00", "08:00"]] } })).toEqual({ "hours.tue.0": "overlappingIntervals" });
    // Sunday's night runs into Monday: the week wraps around.
    expect(codes(CreateCalendarInput, { ...valid, hours: { sun: [["20:00", "02:00"]], mon: [["01:00", "08:00"]] } })).toEqual({ "hours.mon.0": "overlappingIntervals" });
  });

  it("refuses a week without opening hours", () => {
    expect(codes(CreateCalendarInput, { ...valid, hours: {} })).toEqual({ hours: "noOpeningHours" });
    expect(codes(CreateCalendarInput, { ...valid, hours: { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } })).toEqual({ hours: "noOpeningHours" });
  });

  it("refuses unknown time zones and offsets", () => {
    expect(codes(CreateCalendarInput, { ...valid, timeZone: "Europe/Atlantis" })).toEqual({ timeZone: "unknownTimeZone" });
    expect(codes(CreateCalendarInput, { ...valid, timeZone: "+03:00" })).toEqual({ timeZone: "unknownTimeZone" });
    expect(codes(CreateCalendarInput, { ...valid, timeZone: "" })).toEqual({ timeZone: "required" });
    for (const timeZone of ["Asia/Riyadh", "Europe/Tallinn", "Europe/Warsaw", "UTC", "America/Port-au-Prince", "Etc/GMT+5"]) {
      expect(parseInput(CreateCalendarInput, { ...valid, timeZone }).timeZone).toBe(timeZone);
    }
  });

  it("refuses impossible and duplicate holiday dates, and bounds names", () => {
    expect(codes(CreateCalendarInput, { ...valid, holidays: [{ date: "2026-02-29", name: "Leap" }] })).toEqual({ "holidays.0.date": "invalidDate" });
    expect(codes(CreateCalendarInput, { ...valid, holidays: [{ date: "2028-02-30", name: "x" }] })).toEqual({ "holidays.0.date": "invalidDate" });
    expect(codes(CreateCalendarInput, { ...valid, holidays: [{ date: "25.12.2026", name: "x" }] })).toEqual({ "holidays.0.date": "invalidDate" });
    expect(parseInput(CreateCalendarInput, { ...valid, holidays: [{ date: "2028-02-29", name: "Leap day" }] }).holidays).toHaveLength(1);
    expect(
      codes(CreateCalendarInput, {
        ...valid,
        holidays: [
          { date: "2026-12-25", name: "Christmas" },
          { date: "2026-12-26", name: "Boxing Day" },
          { date: "2026-12-25", name: "Christmas again" },
        ],
      }),
    ).toEqual({ "holidays.2.date": "duplicateDate" });
    expect(codes(CreateCalendarInput, { ...valid, holidays: [{ date: "2026-12-25", name: "   " }] })).toEqual({ "holidays.0.name": "required" });
    expect(codes(CreateCalendarInput, { ...valid, holidays: [{ date: "2026-12-25", name: "x".repeat(121) }] })).toEqual({ "holidays.0.name": "tooLong" });
    expect(codes(CreateCalendarInput, { ...valid, name: " " })).toEqual({ name: "required" });
    expect(codes(CreateCalendarInput, { ...valid, name: "n".repeat(121) })).toEqual({ name: "tooLong" });
    expect(codes(CreateCalendarInput, { ...valid, surprise: 1 })).toHaveProperty(["_"]);
  });
});

describe("UpdateCalendarBody", () => {
  it("takes any subset and checks what is given", () => {
    expect(parseInput(UpdateCalendarBody, {})).toEqual({});
    expect(parseInput(UpdateCalendarBody, { default: true })).toEqual({ default: true });
    expect(codes(UpdateCalendarBody, { hours: {} })).toEqual({ hours: "noOpeningHours" });
    expect(codes(UpdateCalendarBody, { holidays: [{ date: "2026-01-01", name: "a" }, { date: "2026-01-01", name: "b" }] })).toEqual({
      "holidays.1.date": "duplicateDate",
    });
  });
});
