// Round-robin with capacity, pure: the next member after the last pick (members in a fixed order,
// by id, wrapping around) who has fewer than `capacity` open tickets. The caller holds the team's
// row lock, so `loads` are the committed counts plus its own picks.
import type { TeamConditions } from "./team.schemas";
import type { Channel } from "@/generated/prisma/enums";

export type RoundRobinState = {
  /** The available members' ids. */
  candidates: readonly string[];
  /** OPEN and PENDING tickets per member id (absent: none); picks add to it. */
  loads: Map<string, number>;
  /** null: no limit. */
  capacity: number | null;
  /** The team's last pick; picks replace it. Need not be a candidate any more. */
  last: string | null;
};

/** Picks one member (updating `loads` and `last`), or null when everyone is at capacity. */
export function pickNext(state: RoundRobinState): string | null {
  const order = [...state.candidates].sort();
  if (order.length === 0) return null;
  // The first id after the last pick; none (or no last pick): start again from the first.
  const last = state.last;
  const start = last === null ? 0 : Math.max(0, order.findIndex((id) => id > last));
  for (let i = 0; i < order.length; i++) {
    const id = order[(start + i) % order.length]!;
    const load = state.loads.get(id) ?? 0;
    if (state.capacity !== null && load >= state.capacity) continue;
    state.loads.set(id, load + 1);
    state.last = id;
    return id;
  }
  return null;
}

/** What a team's routing conditions look at. */
export type RoutingFacts = { channel: Channel; areaKey: string | null; mailboxId: string | null };

/** Every list given must hold (any of its values will do); a team without conditions matches nothing. */
export function teamMatches(c: TeamConditions, t: RoutingFacts): boolean {
  if (!c.channels && !c.areas && !c.mailboxIds) return false;
  if (c.channels && !c.channels.includes(t.channel)) return false;
  if (c.areas && (t.areaKey === null || !c.areas.includes(t.areaKey))) return false;
  if (c.mailboxIds && (t.mailboxId === null || !c.mailboxIds.includes(t.mailboxId))) return false;
  return true;
}
