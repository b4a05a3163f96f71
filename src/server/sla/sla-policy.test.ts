import { describe, expect, it } from "vitest";
import { applicablePolicy, conditionsHold, type MatchablePolicy, type SlaTicketFacts } from "./sla-policy";
import { SlaPolicyInput } from "./sla-policy.schemas";

const ticket: SlaTicketFacts = { channel: "email", priority: "normal", area: "returns", tags: ["vip", "b2b"], customerEmail: "maria@shop.example.gr" };
const fast = { firstResponseMinutes: 30, businessHours: true };
const slow = { firstResponseMinutes: 480, resolutionMinutes: 2880, businessHours: true };

describe("a policy's conditions", () => {
  it("hold when every one given holds, any value of a list doing", () => {
    expect(conditionsHold({}, ticket)).toBe(true);
    expect(conditionsHold({ channels: ["form", "email"], priorities: ["normal"], areas: ["returns", "refunds"], tags: ["vip"], emailDomains: ["example.gr"] }, ticket)).toBe(true);
    expect(conditionsHold({ channels: ["form"] }, ticket)).toBe(false);
    expect(conditionsHold({ channels: ["email"], priorities: ["urgent"] }, ticket)).toBe(false);
    expect(conditionsHold({ areas: ["refunds"] }, ticket)).toBe(false);
    expect(conditionsHold({ areas: ["returns"] }, { ...ticket, area: null })).toBe(false);
    expect(conditionsHold({ tags: ["wholesale"] }, ticket)).toBe(false);
  });

  it("match an email domain and its subdomains, not a look-alike", () => {
    expect(conditionsHold({ emailDomains: ["shop.example.gr"] }, ticket)).toBe(true);
    expect(conditionsHold({ emailDomains: ["example.gr"] }, ticket)).toBe(true);
    expect(conditionsHold({ emailDomains: ["ample.gr"] }, ticket)).toBe(false);
    expect(conditionsHold({ emailDomains: ["example.gr"] }, { ...ticket, customerEmail: null })).toBe(false);
  });
});

describe("the policy that applies", () => {
  const policies: MatchablePolicy[] = [
    { id: "b", position: 2, conditions: {}, targets: { normal: slow, low: slow } },
    { id: "a", position: 1, conditions: { tags: ["vip"] }, targets: { urgent: fast, normal: fast } },
  ];

  it("is the first by position whose conditions hold, with its targets for the ticket's priority", () => {
    expect(applicablePolicy(policies, ticket)).toMatchObject({ policy: { id: "a" }, targets: fast });
    expect(applicablePolicy(policies, { ...ticket, tags: [] })).toMatchObject({ policy: { id: "b" }, targets: slow });
  });

  it("swaps targets with the priority, and is none when the matching policy sets none for it", () => {
    expect(applicablePolicy(policies, { ...ticket, priority: "urgent" })).toMatchObject({ policy: { id: "a" }, targets: fast });
    expect(applicablePolicy(policies, { ...ticket, priority: "high" })).toBeNull();
    expect(applicablePolicy([], ticket)).toBeNull();
  });
});

describe("the policy body", () => {
  const valid = { name: "VIP", position: 1, calendarId: "01900000-0000-7000-8000-000000000000", conditions: { tags: ["VIP"], emailDomains: ["@Shop.Example.gr"] }, targets: { urgent: { firstResponseMinutes: 15, businessHours: false } } };

  it("normalizes tags and domains as tickets and addresses have them", () => {
    const parsed = SlaPolicyInput.parse(valid);
    expect(parsed.conditions).toEqual({ tags: ["vip"], emailDomains: ["shop.example.gr"] });
  });

  it("refuses a policy without targets, a target of no minutes, and a domain that is none", () => {
    const issues = (body: unknown) => SlaPolicyInput.safeParse(body).error?.issues.map((i) => i.path.join(".")) ?? [];
    expect(issues({ ...valid, targets: {} })).toEqual(["targets"]);
    expect(issues({ ...valid, targets: { urgent: { businessHours: true } } })).toEqual(["targets.urgent"]);
    expect(issues({ ...valid, targets: { urgent: { firstResponseMinutes: 0, businessHours: true } } })).toEqual(["targets.urgent.firstResponseMinutes"]);
    expect(issues({ ...valid, conditions: { emailDomains: ["not a domain"] } })).toEqual(["conditions.emailDomains.0"]);
    expect(issues({ ...valid, conditions: { channels: ["fax"] } })).toEqual(["conditions.channels.0"]);
  });
});
