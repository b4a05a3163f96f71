import { describe, expect, it } from "vitest";
import { formatMinutes, parseMinuteList, splitList, splitMinutes, toMinutes } from "./sla-durations";

describe("SLA durations", () => {
  it("shows whole hours as hours and the rest as minutes", () => {
    expect(splitMinutes(240)).toEqual({ value: "4", unit: "hours" });
    expect(splitMinutes(90)).toEqual({ value: "90", unit: "minutes" });
    expect(splitMinutes(undefined)).toEqual({ value: "", unit: "hours" });
  });

  it("turns a number and a unit into minutes, leaving bad values for the server to name", () => {
    expect(toMinutes("1", "hours")).toBe(60);
    expect(toMinutes(" 1,5 ", "hours")).toBe(90);
    expect(toMinutes("45", "minutes")).toBe(45);
    expect(toMinutes("", "hours")).toBeUndefined();
    expect(toMinutes("0.5", "minutes")).toBe(0.5);
    expect(toMinutes("soon", "hours")).toBeNaN();
  });

  it("reads warnings and lists separated by commas, spaces or new lines (Arabic commas too)", () => {
    expect(parseMinuteList("60, 15")).toEqual([60, 15]);
    expect(parseMinuteList("60،15\n5")).toEqual([60, 15, 5]);
    expect(parseMinuteList("")).toEqual([]);
    expect(parseMinuteList("ten")).toEqual([Number.NaN]);
    expect(splitList("vip, gold\n\n ,wholesale ")).toEqual(["vip", "gold", "wholesale"]);
    expect(splitList("example.com، shop.gr")).toEqual(["example.com", "shop.gr"]);
  });

  it("formats durations in the reader's language", () => {
    expect(formatMinutes(60, "en")).toBe("1 hr");
    expect(formatMinutes(15, "en")).toBe("15 min");
    expect(formatMinutes(90, "en")).toBe("90 min");
    expect(formatMinutes(120, "pl")).not.toBe(formatMinutes(120, "en"));
  });
});
