// A tab's picture of who else is on a ticket: signals applied in order, goodbyes, expiry after
// missed heartbeats, one entry per member across their tabs, and who to announce as writing.
import { describe, expect, it } from "vitest";
import {
  applyPresence,
  expirePresence,
  parsePresenceEvent,
  PRESENCE_TTL_MS,
  presentMembers,
  sameMembers,
  startedWriting,
  type PresenceEvent,
  type PresenceMap,
} from "@/app/(agent)/[workspace]/tickets/[number]/presence/presence-state";

const ev = (over: Partial<PresenceEvent>): PresenceEvent => ({
  ticketId: "t1",
  number: 7,
  memberId: "ana",
  name: "Ana",
  tab: "tab-ana-1",
  state: "viewing",
  at: 1_000,
  ...over,
});

function apply(events: PresenceEvent[], now = 0): { map: PresenceMap; joined: boolean[] } {
  let map: PresenceMap = new Map();
  const joined: boolean[] = [];
  for (const e of events) {
    const r = applyPresence(map, e, now);
    map = r.map;
    joined.push(r.joined);
  }
  return { map, joined };
}

describe("applyPresence", () => {
  it("reports a tab as joined the first time only, and again after it left", () => {
    const { map, joined } = apply([
      ev({ at: 1 }),
      ev({ at: 2 }),
      ev({ at: 3, state: "replying" }),
      ev({ at: 4, state: "left" }),
      ev({ at: 5 }),
      ev({ at: 6, tab: "tab-ana-2" }),
      ev({ at: 7, memberId: "bo", name: "Bo", tab: "tab-bo" }),
    ]);
    expect(joined).toEqual([true, false, false, false, true, true, true]);
    expect(presentMembers(map).map((m) => m.name)).toEqual(["Ana", "Bo"]);
  });

  it("never lets an older signal overtake a newer one of the same tab (a heartbeat after the goodbye)", () => {
    const { map, joined } = apply([ev({ at: 10, state: "left" }), ev({ at: 9, state: "replying" })]);
    expect(joined).toEqual([false, false]);
    expect(presentMembers(map)).toEqual([]);
    const later = apply([ev({ at: 10, state: "replying" }), ev({ at: 9, state: "viewing" })]);
    expect(presentMembers(later.map)).toEqual([{ memberId: "ana", name: "Ana", state: "replying" }]);
  });

  it("does not touch the map it was given", () => {
    const empty: PresenceMap = new Map();
    applyPresence(empty, ev({}), 0);
    expect(empty.size).toBe(0);
  });
});

describe("expirePresence", () => {
  it("forgets a tab not heard from for the time to live, and keeps one whose heartbeat is recent", () => {
    let map = applyPresence(new Map(), ev({ tab: "quiet" }), 0).map;
    map = applyPresence(map, ev({ memberId: "bo", name: "Bo", tab: "busy" }), 0).map;
    map = applyPresence(map, ev({ memberId: "bo", name: "Bo", tab: "busy", at: 2_000 }), 20_000).map;
    expect(expirePresence(map, PRESENCE_TTL_MS - 1)).toBe(map);
    const after = expirePresence(map, PRESENCE_TTL_MS);
    expect(presentMembers(after).map((m) => m.name)).toEqual(["Bo"]);
    expect(presentMembers(expirePresence(after, 20_000 + PRESENCE_TTL_MS))).toEqual([]);
  });

  it("also forgets goodbyes, so the same tab id is a newcomer again later", () => {
    const map = expirePresence(applyPresence(new Map(), ev({ state: "left" }), 0).map, PRESENCE_TTL_MS);
    expect(map.size).toBe(0);
    expect(applyPresence(map, ev({ at: 5 }), PRESENCE_TTL_MS).joined).toBe(true);
  });
});

describe("presentMembers", () => {
  it("shows each member once, with the most telling state of their tabs, ordered by name", () => {
    const { map } = apply([
      ev({ memberId: "zoe", name: "Zoë", tab: "z1", state: "noting" }),
      ev({ memberId: "ana", tab: "a1", state: "viewing" }),
      ev({ memberId: "ana", tab: "a2", state: "replying" }),
      ev({ memberId: "ana", tab: "a3", state: "noting" }),
      ev({ memberId: "bo", name: "Bo", tab: "b1", state: "left" }),
    ]);
    expect(presentMembers(map)).toEqual([
      { memberId: "ana", name: "Ana", state: "replying" },
      { memberId: "zoe", name: "Zoë", state: "noting" },
    ]);
  });

  it("goes back to viewing when the writing tab leaves but another tab stays", () => {
    const { map } = apply([ev({ tab: "a1" }), ev({ tab: "a2", state: "replying" }), ev({ tab: "a2", state: "left", at: 2_000 })]);
    expect(presentMembers(map)).toEqual([{ memberId: "ana", name: "Ana", state: "viewing" }]);
  });
});

describe("startedWriting and sameMembers", () => {
  const ana = { memberId: "ana", name: "Ana" };
  const bo = { memberId: "bo", name: "Bo" };

  it("announces a member who starts a reply or a note, or switches between them, once", () => {
    const before = [{ ...ana, state: "viewing" as const }, { ...bo, state: "replying" as const }];
    expect(startedWriting(before, [{ ...ana, state: "replying" }, { ...bo, state: "replying" }])).toEqual([{ ...ana, state: "replying" }]);
    expect(startedWriting(before, [{ ...ana, state: "viewing" }, { ...bo, state: "noting" }])).toEqual([{ ...bo, state: "noting" }]);
    expect(startedWriting(before, [{ ...ana, state: "viewing" }])).toEqual([]);
    expect(startedWriting([], [{ ...bo, state: "noting" }])).toEqual([{ ...bo, state: "noting" }]);
  });

  it("tells whether anything visible changed", () => {
    const list = [{ ...ana, state: "viewing" as const }];
    expect(sameMembers(list, [{ ...ana, state: "viewing" }])).toBe(true);
    expect(sameMembers(list, [{ ...ana, state: "replying" }])).toBe(false);
    expect(sameMembers(list, [])).toBe(false);
  });
});

describe("parsePresenceEvent", () => {
  it("accepts the stream's event data and refuses anything else", () => {
    const data = ev({});
    expect(parsePresenceEvent(JSON.parse(JSON.stringify(data)))).toEqual(data);
    expect(parsePresenceEvent({ ...data, state: "typing" })).toBeNull();
    expect(parsePresenceEvent({ ...data, number: "7" })).toBeNull();
    expect(parsePresenceEvent(null)).toBeNull();
  });
});
