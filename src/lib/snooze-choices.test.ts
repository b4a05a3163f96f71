import { describe, expect, it } from "vitest";
import { fromWallTime, snoozeChoices, toWallTime } from "./snooze-choices";

/** The choices as { key: ISO instant }. */
function at(now: string, timeZone: string): Record<string, string> {
  return Object.fromEntries(snoozeChoices(new Date(now), timeZone).map((c) => [c.key, c.until.toISOString()]));
}

describe("snoozeChoices", () => {
  it("at 21:03 offers no 'later today', and tomorrow morning is 08:00 the next day (issue 18)", () => {
    // Wednesday 2026-06-10 21:03 in Athens (UTC+3).
    expect(at("2026-06-10T18:03:00Z", "Europe/Athens")).toEqual({
      tomorrow: "2026-06-11T05:00:00.000Z",
      nextWeek: "2026-06-15T05:00:00.000Z",
    });
  });

  it("at 10:00 offers later today at 13:00", () => {
    expect(at("2026-06-10T07:00:00Z", "Europe/Athens").later).toBe("2026-06-10T10:00:00.000Z");
  });

  it("rounds 'later today' up to the whole hour, and stops offering it after 17:00", () => {
    expect(at("2026-06-10T07:20:00Z", "Europe/Athens").later).toBe("2026-06-10T11:00:00.000Z"); // 10:20 -> 14:00
    expect(at("2026-06-10T14:00:00Z", "Europe/Athens").later).toBe("2026-06-10T17:00:00.000Z"); // 17:00 -> 20:00
    expect(at("2026-06-10T14:01:00Z", "Europe/Athens").later).toBeUndefined(); // 17:01 -> 21:00, too late
  });

  it("rounds on the local clock in zones with a half-hour offset", () => {
    // 10:10 in Kolkata (UTC+05:30) -> 14:00 there.
    expect(at("2026-06-10T04:40:00Z", "Asia/Kolkata").later).toBe("2026-06-10T08:30:00.000Z");
  });

  it("is exact across the spring change in Athens (03:00 -> 04:00 on Sunday 29 March 2026)", () => {
    // Saturday 21:03 (UTC+2): tomorrow 08:00 is already summer time (UTC+3), 10 h later, not 11.
    expect(at("2026-03-28T19:03:00Z", "Europe/Athens")).toEqual({
      tomorrow: "2026-03-29T05:00:00.000Z",
      nextWeek: "2026-03-30T05:00:00.000Z",
    });
    // 01:30 that night: three hours later is 05:30 on the clock (an hour is skipped), so 06:00.
    expect(at("2026-03-28T23:30:00Z", "Europe/Athens").later).toBe("2026-03-29T03:00:00.000Z");
  });

  it("is exact across the autumn change in New York (02:00 -> 01:00 on Sunday 1 November 2026)", () => {
    // Saturday 31 October 20:00 EDT (UTC-4) -> Sunday 08:00 EST (UTC-5).
    expect(at("2026-11-01T00:00:00Z", "America/New_York")).toEqual({
      tomorrow: "2026-11-01T13:00:00.000Z",
      nextWeek: "2026-11-02T13:00:00.000Z",
    });
  });

  it("on a Sunday, next week is the following Monday; on a Monday, the Monday after", () => {
    // Sunday 2026-06-14 11:00 in New York (UTC-4).
    expect(at("2026-06-14T15:00:00Z", "America/New_York")).toEqual({
      later: "2026-06-14T18:00:00.000Z",
      tomorrow: "2026-06-15T12:00:00.000Z",
      nextWeek: "2026-06-15T12:00:00.000Z",
    });
    // Monday 2026-06-15 09:00 there.
    expect(at("2026-06-15T13:00:00Z", "America/New_York").nextWeek).toBe("2026-06-22T12:00:00.000Z");
  });

  it("depends on the time zone, not on the machine's", () => {
    // 23:30 UTC on Wednesday is already Thursday 02:30 in Athens.
    expect(at("2026-06-10T23:30:00Z", "UTC").tomorrow).toBe("2026-06-11T08:00:00.000Z");
    expect(at("2026-06-10T23:30:00Z", "Europe/Athens").tomorrow).toBe("2026-06-12T05:00:00.000Z");
  });

  it("crosses the end of a month and of a year", () => {
    // Thursday 2026-12-31 12:00 in Tallinn (UTC+2).
    expect(at("2026-12-31T10:00:00Z", "Europe/Tallinn")).toEqual({
      later: "2026-12-31T13:00:00.000Z",
      tomorrow: "2027-01-01T06:00:00.000Z",
      nextWeek: "2027-01-04T06:00:00.000Z",
    });
  });
});

describe("wall times for the custom date and time field", () => {
  it("reads and writes the wall clock of the given zone", () => {
    expect(toWallTime(new Date("2026-03-29T05:00:00Z"), "Europe/Athens")).toBe("2026-03-29T08:00");
    expect(fromWallTime("2026-03-29T08:00", "Europe/Athens")?.toISOString()).toBe("2026-03-29T05:00:00.000Z");
    expect(fromWallTime("2026-11-01T08:00", "America/New_York")?.toISOString()).toBe("2026-11-01T13:00:00.000Z");
  });

  it("refuses what is not a date and time", () => {
    expect(fromWallTime("", "UTC")).toBeNull();
    expect(fromWallTime("2026-02-31T08:00", "UTC")).toBeNull();
    expect(fromWallTime("2026-13-01T08:00", "UTC")).toBeNull();
    expect(fromWallTime("tomorrow", "UTC")).toBeNull();
  });
});
