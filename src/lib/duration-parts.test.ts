import { describe, expect, it } from "vitest";
import { durationParts, slaUrgency } from "./duration-parts";

const MIN = 60_000;

describe("durationParts", () => {
  it("counts under an hour in minutes, rounded up, never 0", () => {
    expect(durationParts(35 * MIN)).toEqual([{ value: 35, unit: "minute" }]);
    expect(durationParts(34 * MIN + 1)).toEqual([{ value: 35, unit: "minute" }]);
    expect(durationParts(0)).toEqual([{ value: 1, unit: "minute" }]);
    expect(durationParts(-35 * MIN)).toEqual([{ value: 35, unit: "minute" }]);
  });

  it("counts under two days in hours and minutes, leaving out a zero part", () => {
    expect(durationParts(60 * MIN)).toEqual([{ value: 1, unit: "hour" }]);
    expect(durationParts(125 * MIN)).toEqual([{ value: 2, unit: "hour" }, { value: 5, unit: "minute" }]);
    expect(durationParts((47 * 60 + 59) * MIN)).toEqual([{ value: 47, unit: "hour" }, { value: 59, unit: "minute" }]);
  });

  it("counts two days and more in days and hours", () => {
    expect(durationParts(48 * 60 * MIN)).toEqual([{ value: 2, unit: "day" }]);
    expect(durationParts((3 * 24 + 4) * 60 * MIN + 30 * MIN)).toEqual([{ value: 3, unit: "day" }, { value: 4, unit: "hour" }]);
  });
});

describe("slaUrgency", () => {
  it("calls a deadline overdue once passed, soon within the hour", () => {
    expect(slaUrgency(0)).toBe("overdue");
    expect(slaUrgency(-60_000)).toBe("overdue");
    expect(slaUrgency(60 * 60_000)).toBe("soon");
    expect(slaUrgency(61 * 60_000)).toBe("later");
  });
});
