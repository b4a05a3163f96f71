import { describe, expect, it } from "vitest";
import en from "@/i18n/messages/en/settings.json";
import { policyErrorMessage, policyField, policyFieldErrors } from "./policy-errors";

/** The English catalog as next-intl's `t` reads it (`{bound}` filled). */
const t = (key: string, values?: Record<string, string | number>) => {
  const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], en);
  if (typeof found !== "string") throw new Error(`no message ${key}`);
  return found.replace("{bound}", String(values?.bound ?? ""));
};
const errors = en.slaPolicies.errors;

describe("policyField", () => {
  it("puts each server path on the control it belongs to", () => {
    expect(policyField("name")).toBe("name");
    expect(policyField("calendarId")).toBe("calendarId");
    expect(policyField("conditions.emailDomains.2")).toBe("emailDomains");
    expect(policyField("conditions.tags")).toBe("tags");
    expect(policyField("warnBeforeMinutes.4")).toBe("warnings");
    expect(policyField("targets")).toBe("targets");
    expect(policyField("targets.urgent")).toBe("targets.urgent");
    expect(policyField("targets.urgent.firstResponseMinutes")).toBe("targets.urgent.firstResponseMinutes");
    expect(policyField("position")).toBeNull();
  });
});

describe("policyErrorMessage", () => {
  it("translates the policy's own codes", () => {
    expect(policyErrorMessage(t, "targets", { code: "noTarget", message: "" })).toBe(errors.noTarget);
    expect(policyErrorMessage(t, "conditions.emailDomains.0", { code: "invalidDomain", message: "" })).toBe(errors.invalidDomain);
    expect(policyErrorMessage(t, "calendarId", { code: "unknownCalendar", message: "" })).toBe(errors.unknownCalendar);
    expect(policyErrorMessage(t, "calendarId", { code: "invalid", message: "" })).toBe(errors.unknownCalendar);
  });

  it("speaks of minutes for targets and warnings, not characters", () => {
    const target = "targets.high.resolutionMinutes";
    expect(policyErrorMessage(t, target, { code: "tooShort", message: "", bound: 1 })).toBe(errors.durationTooShort);
    expect(policyErrorMessage(t, target, { code: "tooLong", message: "", bound: 527040 })).toBe(errors.durationTooLong);
    expect(policyErrorMessage(t, target, { code: "invalid", message: "" })).toBe(errors.invalidDuration);
    expect(policyErrorMessage(t, "warnBeforeMinutes.1", { code: "tooLong", message: "", bound: 10080 })).toBe(errors.warningTooLong);
    expect(policyErrorMessage(t, "warnBeforeMinutes.0", { code: "tooShort", message: "", bound: 1 })).toBe(errors.durationTooShort);
    expect(policyErrorMessage(t, "warnBeforeMinutes.0", { code: "invalid", message: "" })).toBe(errors.invalidDuration);
    expect(policyErrorMessage(t, "warnBeforeMinutes", { code: "tooLong", message: "", bound: 5 })).toBe(errors.tooManyWarnings);
  });

  it("says how many values a list takes and uses the common messages for the rest", () => {
    expect(policyErrorMessage(t, "conditions.tags", { code: "tooLong", message: "", bound: 50 })).toBe("At most 50 values.");
    expect(policyErrorMessage(t, "conditions.tags.0", { code: "tooLong", message: "", bound: 60 })).toBe("A tag has at most 60 characters.");
    expect(policyErrorMessage(t, "name", { code: "required", message: "" })).toBe(en.errors.required);
    expect(policyErrorMessage(t, "name", { code: "tooLong", message: "", bound: 120 })).toBe("Too long: at most 120 characters.");
    expect(policyErrorMessage(t, "conditions.areas.0", { code: "tooLong", message: "", bound: 48 })).toBe("Too long: at most 48 characters.");
    expect(policyErrorMessage(t, "conditions.channels.0", { code: "invalid", message: "" })).toBe(en.errors.invalid);
  });

  it("keeps the first issue of each control", () => {
    expect(
      policyFieldErrors(t, {
        "conditions.emailDomains.0": { code: "invalidDomain", message: "" },
        "conditions.emailDomains.1": { code: "tooLong", message: "", bound: 254 },
        "targets.low.nextResponseMinutes": { code: "tooShort", message: "", bound: 1 },
      }),
    ).toEqual({ emailDomains: errors.invalidDomain, "targets.low.nextResponseMinutes": errors.durationTooShort });
    expect(policyFieldErrors(t, undefined)).toEqual({});
  });
});
