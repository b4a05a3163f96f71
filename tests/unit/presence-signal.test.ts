// The presence channel's payload at the listener boundary, and the POST body's schema: what is
// accepted, and that a rejection names fields without echoing the payload.
import { describe, expect, it } from "vitest";
import { parsePresenceSignal } from "@/server/presence/presence-signal";
import { ReportPresenceInput } from "@/server/presence/presence.schemas";

const signal = {
  workspaceId: "0195f3b2-7c1e-7a00-8000-00000000000a",
  ticketId: "0195f3b2-7c1e-7a00-8000-000000000002",
  number: 12,
  memberId: "0195f3b2-7c1e-7a00-8000-000000000003",
  name: "Μαρία Παπαδοπούλου",
  tab: "3f2b9c0d1e4a4b6c8d7e9f0a1b2c3d4e",
  state: "replying",
  at: 1_760_000_000_000,
};

describe("parsePresenceSignal", () => {
  it("accepts a well-formed signal in every state", () => {
    for (const state of ["viewing", "replying", "noting", "left"]) {
      expect(parsePresenceSignal(JSON.stringify({ ...signal, state }))).toEqual({ ok: true, signal: { ...signal, state } });
    }
  });

  it("drops empty, non-JSON and malformed payloads, naming only the bad fields", () => {
    expect(parsePresenceSignal(undefined)).toEqual({ ok: false, reason: "empty payload" });
    expect(parsePresenceSignal("secret-subject")).toEqual({ ok: false, reason: "not JSON" });
    expect(parsePresenceSignal(JSON.stringify({ ...signal, workspaceId: "demo" }))).toEqual({
      ok: false,
      reason: "invalid fields: workspaceId",
    });
    const bad = parsePresenceSignal(JSON.stringify({ ...signal, state: "typing secret-subject", tab: "a b", at: -1 }));
    expect(bad).toEqual({ ok: false, reason: "invalid fields: tab, state, at" });
    expect(JSON.stringify(bad)).not.toContain("secret-subject");
    expect(parsePresenceSignal("[]")).toEqual({ ok: false, reason: "invalid fields: (root)" });
  });

  it("refuses a name longer than the sender ever sends", () => {
    expect(parsePresenceSignal(JSON.stringify({ ...signal, name: "x".repeat(241) }))).toMatchObject({ ok: false });
    expect(parsePresenceSignal(JSON.stringify({ ...signal, name: "" }))).toMatchObject({ ok: false });
  });
});

describe("ReportPresenceInput", () => {
  const body = { ticketNumber: 12, state: "viewing", tab: "abcdef0123456789" };

  it("accepts a ticket number, a state and a tab id", () => {
    expect(ReportPresenceInput.parse(body)).toEqual(body);
  });

  it("refuses other states, bad numbers and tab ids, and extra fields such as message text", () => {
    for (const bad of [
      { ...body, state: "typing" },
      { ...body, ticketNumber: 0 },
      { ...body, ticketNumber: "12" },
      { ...body, ticketNumber: 1.5 },
      { ...body, tab: "short" },
      { ...body, tab: "has spaces in it" },
      { ...body, text: "Dear customer" },
      { state: "viewing", tab: body.tab },
    ]) {
      expect(ReportPresenceInput.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
    }
  });
});
