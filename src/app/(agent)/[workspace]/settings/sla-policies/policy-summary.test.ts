import { describe, expect, it } from "vitest";
import settings from "@/i18n/messages/en/settings.json";
import tickets from "@/i18n/messages/en/tickets.json";
import { conditionsSummary, targetsSummary } from "./policy-summary";

/** The English catalogs as next-intl's `t` reads them, with the few ICU forms these messages use. */
const from = (catalog: unknown) => (key: string, values: Record<string, string | number> = {}) => {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], catalog);
  if (typeof found !== "string") throw new Error(`no message ${key}`);
  return found
    .replace(/\{count, plural, one \{([^}]*)\} other \{([^}]*)\}\}/, (_, one: string, other: string) => (values.count === 1 ? one : other))
    .replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
};
const ts = from(settings);
const tt = from(tickets);
const list = (items: string[]) => new Intl.ListFormat("en", { style: "short", type: "unit" }).format(items);
const areas = (key: string) => (key === "returns" ? "Returns" : key);

describe("conditionsSummary", () => {
  it("names every condition on one line, priorities most urgent first", () => {
    expect(conditionsSummary(ts, tt, { channels: ["email", "form"], priorities: ["high", "urgent"], tags: ["vip"] }, areas, list)).toBe(
      "Email, Contact form · Urgent, High · tag vip",
    );
    expect(conditionsSummary(ts, tt, { areas: ["returns", "custom"], tags: ["vip", "gold"], emailDomains: ["example.com"] }, areas, list)).toBe(
      "Returns, custom · tags vip, gold · domain example.com",
    );
  });

  it("says All tickets when there is no condition", () => {
    expect(conditionsSummary(ts, tt, {}, areas, list)).toBe("All tickets");
  });
});

describe("targetsSummary", () => {
  it("gives one line per priority with targets, in business or calendar time", () => {
    expect(
      targetsSummary(ts, tt, {
        low: { resolutionMinutes: 2880, businessHours: false },
        urgent: { firstResponseMinutes: 60, resolutionMinutes: 90, businessHours: true },
      }, "en"),
    ).toEqual(["Urgent: first response 1 hr · resolution 90 min (business hours)", "Low: resolution 48 hr (calendar time)"]);
    expect(targetsSummary(ts, tt, {}, "en")).toEqual([]);
  });
});
