import { describe, expect, it } from "vitest";
import { movableMessageIds } from "./movable-messages";

const msg = (id: string, kind: string) => ({ type: "message", id, kind });
const event = (id: string) => ({ type: "event", id });

describe("movableMessageIds", () => {
  it("offers every customer message but the thread's first", () => {
    const thread = [event("e1"), msg("a", "INBOUND"), msg("b", "REPLY"), event("e2"), msg("c", "INBOUND"), msg("d", "NOTE"), msg("e", "INBOUND")];
    expect([...movableMessageIds(thread)]).toEqual(["c", "e"]);
  });

  it("never offers replies, notes or automatic mails", () => {
    const thread = [msg("a", "INBOUND"), msg("b", "REPLY"), msg("c", "NOTE"), msg("d", "AUTO_REPLY"), msg("e", "INBOUND")];
    expect([...movableMessageIds(thread)]).toEqual(["e"]);
  });

  it("offers nothing when the ticket has one customer message, even when it is not the first", () => {
    expect(movableMessageIds([msg("a", "INBOUND"), msg("b", "REPLY")]).size).toBe(0);
    expect(movableMessageIds([msg("a", "NOTE"), msg("b", "INBOUND")]).size).toBe(0);
  });
});
