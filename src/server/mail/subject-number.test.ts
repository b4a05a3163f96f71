import { describe, expect, it } from "vitest";
import { stripReplyPrefixes, subjectTicketNumber, subjectWithNumber } from "./subject-number";

describe("subjectTicketNumber", () => {
  it.each([
    ["Where is my order [#123]", 123],
    ["Re: Fwd: Where is my order [#123]", 123],
    ["AW: WG: Bestellung [#7]", 7],
    ["Odp: Zamówienie nie dotarło [#4521]", 4521],
    ["ΑΠ: Η παραγγελία μου [#88]", 88],
    ["رد: لم يصل طلبي [#19]", 19],
    ["Vs: Tellimus [#3]", 3],
    ["RE[2]: [#12] at the start", 12],
    ["Re: [# 42 ]", 42],
    ["Their helpdesk [#5] forwarded to ours [#77]", 77],
  ])("%s -> %s", (subject, number) => {
    expect(subjectTicketNumber(subject)).toBe(number);
  });

  it.each(["Order 123", "Re: #123", "[123]", "[#abc]", "[#0]", "", "Ticket [#]"])("%s -> null", (subject) => {
    expect(subjectTicketNumber(subject)).toBeNull();
  });
});

describe("subjectWithNumber", () => {
  it("appends the number once", () => {
    expect(subjectWithNumber("Where is my order", 123)).toBe("Where is my order [#123]");
    expect(subjectWithNumber(subjectWithNumber("Where is my order", 123), 123)).toBe("Where is my order [#123]");
    expect(subjectWithNumber("Re: Where is my order [#123]", 123)).toBe("Re: Where is my order [#123]");
  });

  it("adds ours beside another number and gives a bare tag for an empty subject", () => {
    expect(subjectWithNumber("Fwd: their ticket [#9]", 123)).toBe("Fwd: their ticket [#9] [#123]");
    expect(subjectTicketNumber(subjectWithNumber("Fwd: their ticket [#9]", 123))).toBe(123);
    expect(subjectWithNumber("  ", 5)).toBe("[#5]");
  });
});

describe("stripReplyPrefixes", () => {
  it.each([
    ["Re: Fwd: Order", "Order"],
    ["AW: WG: Bestellung", "Bestellung"],
    ["Odp: PD: Zamówienie", "Zamówienie"],
    ["ΑΠ: ΣΧΕΤ: Παραγγελία", "Παραγγελία"],
    ["رد: طلب", "طلب"],
    ["VS: Edasi: Tellimus", "Tellimus"],
    ["Re[3]: x", "x"],
    ["Regarding: returns", "Regarding: returns"],
    ["Reorder please", "Reorder please"],
  ])("%s -> %s", (subject, stripped) => {
    expect(stripReplyPrefixes(subject)).toBe(stripped);
  });
});
