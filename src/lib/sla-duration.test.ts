import { describe, expect, it } from "vitest";
import { slaDuration, slaUrgency } from "./sla-duration";

const MIN = 60_000;

describe("slaDuration", () => {
  it("says minutes under an hour, hours under two days, then days, never zero", () => {
    expect(slaDuration(45_000)).toEqual({ unit: "minute", value: 1 });
    expect(slaDuration(35 * MIN)).toEqual({ unit: "minute", value: 35 });
    expect(slaDuration(34.2 * MIN)).toEqual({ unit: "minute", value: 35 });
    expect(slaDuration(-34.8 * MIN)).toEqual({ unit: "minute", value: 34 });
    expect(slaDuration(-10_000)).toEqual({ unit: "minute", value: 1 });
    expect(slaDuration(150 * MIN)).toEqual({ unit: "hour", value: 2 });
    expect(slaDuration(-47 * 60 * MIN)).toEqual({ unit: "hour", value: 47 });
    expect(slaDuration(3.5 * 24 * 60 * MIN)).toEqual({ unit: "day", value: 3 });
  });

  it("calls a deadline overdue once passed, soon within the hour", () => {
    expect(slaUrgency(0)).toBe("overdue");
    expect(slaUrgency(-MIN)).toBe("overdue");
    expect(slaUrgency(60 * MIN)).toBe("soon");
    expect(slaUrgency(61 * MIN)).toBe("later");
  });
});
