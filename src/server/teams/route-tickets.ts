// The assignment rule (issue 17): runs in the transaction of a ticket's creation (createTickets)
// and of its reopening by the customer (recordCustomerMessage), only for a ticket without an
// assignee (or whose assignee is away, deactivated or no longer an agent, on reopening). The
// team is the ticket's own, else the first team by position whose conditions hold; a ROUND_ROBIN
// team then gives it to the next available member after its last pick: active, not away, an agent
// or admin, under the team's capacity (OPEN and PENDING tickets). Nobody available: the ticket
// waits unassigned in the team. The team's row is locked while picking (teams in id order), so
// concurrent creations and reopenings queue there and never put anyone over capacity.
import type { Channel } from "@/generated/prisma/enums";
import type { DbTx, Prisma } from "@/server/db";
import { pickNext, teamMatches, type RoutingFacts } from "./round-robin";
import { storedConditions } from "./team.queries";

export type RoutingTicket = RoutingFacts & { teamId: string | null };
export type Routed = {
  teamId: string | null;
  /** The rule chose the team (the ticket had none). */
  teamFromRule: boolean;
  /** The member picked, or null when none was (a MANUAL team, or nobody available). */
  assigneeId: string | null;
};

const AVAILABLE = { deactivatedAt: null, awayAt: null, role: { in: ["AGENT" as const, "ADMIN" as const] } } satisfies Prisma.MemberWhereInput;

/** Locks the team and picks `count` members one after the other (null where nobody is available). */
async function pickMembers(db: DbTx, workspaceId: string, teamId: string, count: number): Promise<Array<string | null>> {
  const [team] = await db.$queryRaw<Array<{ assignmentMode: string; maxOpenPerAgent: number | null; lastAssignedMemberId: string | null }>>`
    SELECT "assignmentMode"::text AS "assignmentMode", "maxOpenPerAgent", "lastAssignedMemberId"::text AS "lastAssignedMemberId"
      FROM "Team"
     WHERE "id" = ${teamId}::uuid AND "workspaceId" = ${workspaceId}::uuid
       FOR UPDATE`;
  // Deleted or switched to manual since it was read: nobody is picked.
  if (!team || team.assignmentMode !== "ROUND_ROBIN") return Array.from({ length: count }, () => null);
  const members = await db.teamMember.findMany({ where: { workspaceId, teamId, member: AVAILABLE }, select: { memberId: true } });
  const candidates = members.map((m) => m.memberId);
  const loads = new Map<string, number>();
  if (team.maxOpenPerAgent !== null && candidates.length > 0) {
    const counts = await db.ticket.groupBy({
      by: ["assigneeId"],
      where: { workspaceId, assigneeId: { in: candidates }, status: { in: ["OPEN", "PENDING"] } },
      _count: { _all: true },
    });
    for (const c of counts) if (c.assigneeId) loads.set(c.assigneeId, c._count._all);
  }
  const state = { candidates, loads, capacity: team.maxOpenPerAgent, last: team.lastAssignedMemberId };
  const picks = Array.from({ length: count }, () => pickNext(state));
  if (state.last !== team.lastAssignedMemberId) {
    await db.team.update({ where: { id: teamId, workspaceId }, data: { lastAssignedMemberId: state.last }, select: { id: true } });
  }
  return picks;
}

/**
 * Routes tickets that have no assignee (in the order given: round-robin picks follow it). A
 * ticket's `teamId` must already be a team of the workspace.
 */
export async function routeTickets(db: DbTx, workspaceId: string, tickets: readonly RoutingTicket[]): Promise<Routed[]> {
  if (tickets.length === 0) return [];
  const teams = await db.team.findMany({
    where: { workspaceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, assignmentMode: true, conditions: true },
  });
  if (teams.length === 0) return tickets.map(() => ({ teamId: null, teamFromRule: false, assigneeId: null }));
  const matchers = teams.map((t) => ({ ...t, conditions: storedConditions(t.conditions) }));
  const routed: Routed[] = tickets.map((t) => {
    const teamId = t.teamId ?? matchers.find((m) => teamMatches(m.conditions, t))?.id ?? null;
    return { teamId, teamFromRule: t.teamId === null && teamId !== null, assigneeId: null };
  });
  const roundRobin = new Set(teams.filter((t) => t.assignmentMode === "ROUND_ROBIN").map((t) => t.id));
  const byTeam = new Map<string, number[]>();
  routed.forEach((r, i) => {
    if (r.teamId && roundRobin.has(r.teamId)) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), i]);
  });
  // Teams locked in id order, so two transactions routing to the same teams cannot deadlock.
  for (const teamId of [...byTeam.keys()].sort()) {
    const indexes = byTeam.get(teamId)!;
    const picks = await pickMembers(db, workspaceId, teamId, indexes.length);
    indexes.forEach((ticketIndex, i) => (routed[ticketIndex]!.assigneeId = picks[i]!));
  }
  return routed;
}

/** Whether a ticket's assignee may keep it on reopening: active, not away, an agent or admin. */
async function isAvailable(db: DbTx, workspaceId: string, memberId: string): Promise<boolean> {
  return (await db.member.count({ where: { id: memberId, workspaceId, ...AVAILABLE } })) > 0;
}

export type ReopenRouting = {
  /** Fields for the ticket's update (absent: unchanged). */
  data: { teamId?: string; assigneeId?: string | null };
  /** Events to write at the reopening's version, by the system (the rule). */
  events: Array<{ type: "TEAM_CHANGED" | "ASSIGNEE_CHANGED"; data: { from: string | null; to: string | null } }>;
};

/**
 * The rule for a ticket the customer reopened: it keeps an available assignee; otherwise it is
 * routed as a new one would be (the unavailable assignee is replaced, or removed when nobody is
 * available, so the ticket shows as unassigned instead of waiting for someone who is away).
 */
export async function routeReopenedTicket(
  db: DbTx,
  workspaceId: string,
  ticket: { channel: Channel; areaKey: string | null; mailboxId: string | null; teamId: string | null; assigneeId: string | null },
): Promise<ReopenRouting> {
  const none: ReopenRouting = { data: {}, events: [] };
  if (ticket.assigneeId !== null && (await isAvailable(db, workspaceId, ticket.assigneeId))) return none;
  const [routed] = await routeTickets(db, workspaceId, [ticket]);
  const result: ReopenRouting = { data: {}, events: [] };
  if (routed!.teamFromRule) {
    result.data.teamId = routed!.teamId!;
    result.events.push({ type: "TEAM_CHANGED", data: { from: null, to: routed!.teamId } });
  }
  if (routed!.assigneeId !== ticket.assigneeId) {
    result.data.assigneeId = routed!.assigneeId;
    result.events.push({ type: "ASSIGNEE_CHANGED", data: { from: ticket.assigneeId, to: routed!.assigneeId } });
  }
  return result;
}

/** Who the rule's events name: the system (the timeline shows "Shopdesk"). */
export const RULE_ACTOR = { actorType: "SYSTEM" as const, actorMemberId: null };
