// Who else is on a ticket, as one tab sees it: the presence signals it received, per member and
// tab, forgotten after PRESENCE_TTL_MS without a heartbeat. Pure functions over an immutable
// map, so the expiry and ordering rules are unit-tested without a browser.
import { z } from "zod";
import { text } from "@/lib/validation";

export const PRESENCE_HEARTBEAT_MS = 10_000;
/** Three missed heartbeats: the tab is gone (closed without a goodbye, offline, asleep). */
export const PRESENCE_TTL_MS = 30_000;

export type ActiveState = "viewing" | "replying" | "noting";

/** The `presence` event's data on the live stream. */
export const PresenceEventSchema = z.object({
  ticketId: text().min(1),
  number: z.number().int().positive(),
  memberId: text().min(1),
  name: text().min(1).max(240),
  tab: text().min(1).max(64),
  state: z.enum(["viewing", "replying", "noting", "left"]),
  at: z.number(),
});
export type PresenceEvent = z.infer<typeof PresenceEventSchema>;

export function parsePresenceEvent(data: unknown): PresenceEvent | null {
  const result = PresenceEventSchema.safeParse(data);
  return result.success ? result.data : null;
}

/** One tab of one member. A "left" entry is kept until it expires, so a heartbeat that was overtaken by the goodbye cannot revive the tab. */
export type TabPresence = { memberId: string; name: string; state: PresenceEvent["state"]; at: number; seenAt: number };
export type PresenceMap = ReadonlyMap<string, TabPresence>;

export type PresentMember = { memberId: string; name: string; state: ActiveState };

const keyOf = (memberId: string, tab: string) => `${memberId}\u0000${tab}`;

/**
 * Applies one signal received at `now` (local clock). `joined` is true when a tab we did not
 * know appeared: the caller answers with its own heartbeat, so the newcomer learns quickly who
 * is already here.
 */
export function applyPresence(map: PresenceMap, event: PresenceEvent, now: number): { map: PresenceMap; joined: boolean } {
  const key = keyOf(event.memberId, event.tab);
  const known = map.get(key);
  // Signals of one tab may pass through different web processes; `at` (the database clock) orders them.
  if (known && event.at < known.at) return { map, joined: false };
  const next = new Map(map);
  next.set(key, { memberId: event.memberId, name: event.name, state: event.state, at: event.at, seenAt: now });
  const joined = event.state !== "left" && (!known || known.state === "left");
  return { map: next, joined };
}

/** Drops tabs not heard from for PRESENCE_TTL_MS; returns the same map when nothing expired. */
export function expirePresence(map: PresenceMap, now: number, ttlMs = PRESENCE_TTL_MS): PresenceMap {
  let next: Map<string, TabPresence> | null = null;
  for (const [key, tab] of map) {
    if (now - tab.seenAt < ttlMs) continue;
    next ??= new Map(map);
    next.delete(key);
  }
  return next ?? map;
}

const RANK: Record<ActiveState, number> = { viewing: 0, noting: 1, replying: 2 };

/**
 * One entry per member still here, with the most telling state of their tabs (a reply being
 * written in one tab wins over the same ticket merely open in another), ordered by name.
 */
export function presentMembers(map: PresenceMap): PresentMember[] {
  const members = new Map<string, PresentMember>();
  for (const tab of map.values()) {
    if (tab.state === "left") continue;
    const current = members.get(tab.memberId);
    if (!current || RANK[tab.state] > RANK[current.state]) members.set(tab.memberId, { memberId: tab.memberId, name: tab.name, state: tab.state });
  }
  return [...members.values()].sort((a, b) => a.name.localeCompare(b.name) || a.memberId.localeCompare(b.memberId));
}

/** Members who are writing now and were not writing the same kind of message before: what to announce. */
export function startedWriting(before: readonly PresentMember[], after: readonly PresentMember[]): PresentMember[] {
  const previous = new Map(before.map((m) => [m.memberId, m.state]));
  return after.filter((m) => m.state !== "viewing" && previous.get(m.memberId) !== m.state);
}

/** Same members in the same states (so a heartbeat that changes nothing does not re-render). */
export function sameMembers(a: readonly PresentMember[], b: readonly PresentMember[]): boolean {
  return a.length === b.length && a.every((m, i) => m.memberId === b[i]!.memberId && m.state === b[i]!.state && m.name === b[i]!.name);
}
