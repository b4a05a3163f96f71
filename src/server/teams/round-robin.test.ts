import { describe, expect, it } from "vitest";
import { pickNext, teamMatches, type RoundRobinState } from "./round-robin";

const state = (over: Partial<RoundRobinState> = {}): RoundRobinState => ({ candidates: ["b", "a", "c"], loads: new Map(), capacity: null, last: null, ...over });

describe("pickNext", () => {
  it("goes round the members in id order, starting after the last pick", () => {
    const s = state({ last: "a" });
    expect([pickNext(s), pickNext(s), pickNext(s), pickNext(s)]).toEqual(["b", "c", "a", "b"]);
    expect(s.last).toBe("b");
  });

  it("starts with the first member without a last pick, and wraps after the highest id", () => {
    expect(pickNext(state())).toBe("a");
    expect(pickNext(state({ last: "c" }))).toBe("a");
  });

  it("continues after a last pick who is no longer a candidate", () => {
    expect(pickNext(state({ candidates: ["a", "c"], last: "b" }))).toBe("c");
    expect(pickNext(state({ candidates: ["a", "b"], last: "z" }))).toBe("a");
  });

  it("skips members at capacity and counts its own picks", () => {
    const s = state({ capacity: 2, loads: new Map([["a", 2], ["b", 1]]) });
    expect([pickNext(s), pickNext(s), pickNext(s), pickNext(s)]).toEqual(["b", "c", "c", null]);
    expect(s.loads).toEqual(new Map([["a", 2], ["b", 2], ["c", 2]]));
    expect(s.last).toBe("c");
  });

  it("gives nobody when there is no candidate", () => {
    expect(pickNext(state({ candidates: [] }))).toBeNull();
  });

  it("spreads 20 tickets over 3 members as 7, 7 and 6", () => {
    const s = state();
    const picks = Array.from({ length: 20 }, () => pickNext(s));
    expect(["a", "b", "c"].map((id) => picks.filter((p) => p === id).length)).toEqual([7, 7, 6]);
  });
});

describe("teamMatches", () => {
  const facts = { channel: "EMAIL" as const, areaKey: "returns", mailboxId: "m1" };

  it("matches nothing without conditions", () => {
    expect(teamMatches({}, facts)).toBe(false);
  });

  it("needs every list given to hold, any value of a list", () => {
    expect(teamMatches({ channels: ["FORM", "EMAIL"] }, facts)).toBe(true);
    expect(teamMatches({ channels: ["EMAIL"], areas: ["refunds"] }, facts)).toBe(false);
    expect(teamMatches({ areas: ["refunds", "returns"], mailboxIds: ["m1"] }, facts)).toBe(true);
    expect(teamMatches({ mailboxIds: ["m2"] }, facts)).toBe(false);
  });

  it("an area or mailbox condition never holds for a ticket without one", () => {
    expect(teamMatches({ areas: ["returns"] }, { ...facts, areaKey: null })).toBe(false);
    expect(teamMatches({ mailboxIds: ["m1"] }, { ...facts, mailboxId: null })).toBe(false);
  });
});
