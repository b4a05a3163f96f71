// Teams and the assignment rule (issue 17): round-robin among a team's available members with a
// capacity, under 20 concurrent creations and reopenings; away members get nothing new; a
// reopened ticket of an away member goes to someone available; routing conditions pick the team;
// manual team assignment through updateTicket; only admins manage teams, each change audited.
import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { systemCtx, type Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { createTicket } from "@/server/tickets/create-ticket";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { updateTicket } from "@/server/tickets/update-ticket";
import { bulkUpdateTickets } from "@/server/tickets/bulk-update-tickets";
import { createTeam } from "@/server/teams/create-team";
import { updateTeam } from "@/server/teams/update-team";
import { deleteTeam } from "@/server/teams/delete-team";
import { setTeamMembers } from "@/server/teams/set-team-members";
import { listTeamOptions, listTeams } from "@/server/teams/team.queries";
import { listInboxIds } from "@/server/inbox/list-inbox";
import { setMemberAway } from "@/server/members/set-member-away";
import { deactivateMember } from "@/server/members/deactivate-member";
import { memberCtx, rejection, silentLog, workspaceWithRoles } from "../helpers/context";

type Setup = { ws: CreatedWorkspace; admin: Ctx; system: Ctx; agents: MadeMember[]; customerId: string };

async function setup(agentCount = 3): Promise<Setup> {
  const ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  const agents = [];
  for (let i = 0; i < agentCount; i++) agents.push(await makeMember(db(), ws, { role: "AGENT" }));
  return { ws, admin, system: systemCtx(db(), ws, silentLog, "email"), agents, customerId: (await makeCustomer(db(), ws.id)).id };
}

const newTicketInput = (s: Setup, i: number, extra: Record<string, unknown> = {}) => ({
  subject: `Order question ${i}`,
  customer: { customerId: s.customerId },
  channel: "EMAIL" as const,
  area: "returns",
  message: { text: `Where is my order ${i}?` },
  ...extra,
});

async function assigneeCounts(teamId: string) {
  const tickets = await db().ticket.findMany({ where: { teamId }, select: { assigneeId: true } });
  const counts = new Map<string | null, number>();
  for (const t of tickets) counts.set(t.assigneeId, (counts.get(t.assigneeId) ?? 0) + 1);
  return counts;
}

/**
 * A use case call in a transaction of its own that may wait longer for a connection than Prisma's
 * default 2 s: 20 at once share the pool of 10 with the other test files running in parallel. The
 * use case runs inside it unchanged (inTransaction reuses it), so the calls still race for real.
 */
function own<I, R>(ctx: Ctx, fn: (ctx: Ctx, input: I) => Promise<R>, input: I): Promise<R> {
  return db().$transaction((tx) => fn({ ...ctx, db: tx }, input), { maxWait: 60_000, timeout: 60_000 });
}

const roundRobinTeam = (s: Setup, extra: Record<string, unknown> = {}) =>
  createTeam(s.admin, { name: "Returns", assignmentMode: "ROUND_ROBIN", conditions: { areas: ["returns"] }, memberIds: s.agents.map((a) => a.memberId), ...extra });

describe("round-robin under concurrent creation", () => {
  it("20 at once into a team of 3 with capacity 5: 5 each, 5 left unassigned in the team", async () => {
    const s = await setup();
    const team = await roundRobinTeam(s, { maxOpenPerAgent: 5 });
    const created = await Promise.all(Array.from({ length: 20 }, (_, i) => own(s.system, createTicket, newTicketInput(s, i))));
    expect(new Set(created.map((c) => c.number)).size).toBe(20);
    const counts = await assigneeCounts(team.id);
    expect(counts.get(null)).toBe(5);
    expect(s.agents.map((a) => counts.get(a.memberId))).toEqual([5, 5, 5]);
  });

  it("without capacity, 20 spread as 7, 7 and 6", async () => {
    const s = await setup();
    const team = await roundRobinTeam(s);
    await Promise.all(Array.from({ length: 20 }, (_, i) => own(s.system, createTicket, newTicketInput(s, i))));
    const counts = await assigneeCounts(team.id);
    expect(counts.get(null)).toBeUndefined();
    expect(s.agents.map((a) => counts.get(a.memberId)).sort()).toEqual([6, 7, 7]);
  });

  it("capacity counts the member's OPEN and PENDING tickets outside the team too, not CLOSED ones", async () => {
    const s = await setup(2);
    const [busy, free] = s.agents as [MadeMember, MadeMember];
    for (const status of ["OPEN", "PENDING"] as const) await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status, assigneeId: busy.memberId });
    await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "CLOSED", assigneeId: free.memberId });
    const team = await roundRobinTeam(s, { maxOpenPerAgent: 2 });
    await Promise.all(Array.from({ length: 4 }, (_, i) => createTicket(s.system, newTicketInput(s, i))));
    const counts = await assigneeCounts(team.id);
    expect([counts.get(busy.memberId), counts.get(free.memberId), counts.get(null)]).toEqual([undefined, 2, 2]);
  });

  it("20 concurrent reopenings by customers (no workspace lock) never put anyone over capacity", async () => {
    const s = await setup();
    const team = await roundRobinTeam(s, { maxOpenPerAgent: 4 });
    const closed = [];
    for (let i = 0; i < 20; i++) closed.push(await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "CLOSED", areaKey: "returns" }));
    await Promise.all(closed.map((t) => own(s.system, recordCustomerMessage, { ticketNumber: t.number, text: "Still waiting" })));
    const counts = await assigneeCounts(team.id);
    expect(s.agents.map((a) => counts.get(a.memberId))).toEqual([4, 4, 4]);
    expect(counts.get(null)).toBe(8);
  });
});

describe("the rule", () => {
  it("writes the team and assignee events by the system and routes only unassigned tickets", async () => {
    const s = await setup(1);
    const team = await roundRobinTeam(s);
    const routed = await createTicket(s.admin, newTicketInput(s, 1));
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: routed.ticketId } });
    expect(ticket).toMatchObject({ teamId: team.id, assigneeId: s.agents[0]!.memberId });
    const events = await db().ticketEvent.findMany({ where: { ticketId: ticket.id, type: { in: ["TEAM_CHANGED", "ASSIGNEE_CHANGED"] } }, orderBy: { type: "asc" } });
    expect(events).toEqual([
      expect.objectContaining({ type: "ASSIGNEE_CHANGED", actorType: "SYSTEM", actorMemberId: null, data: { from: null, to: s.agents[0]!.memberId }, ticketVersion: ticket.version }),
      expect.objectContaining({ type: "TEAM_CHANGED", actorType: "SYSTEM", data: { from: null, to: team.id }, ticketVersion: ticket.version }),
    ]);
    const adminId = s.admin.actor.type === "member" ? s.admin.actor.memberId : "";
    const given = await createTicket(s.admin, newTicketInput(s, 2, { assignee: adminId }));
    expect(await db().ticket.findUniqueOrThrow({ where: { id: given.ticketId } })).toMatchObject({ assigneeId: adminId, teamId: null });
  });

  it("an away member gets none; back, they are in the round again", async () => {
    const s = await setup(2);
    const [away, present] = s.agents as [MadeMember, MadeMember];
    const team = await roundRobinTeam(s);
    await setMemberAway(await memberCtx(s.ws, away), { away: true });
    await Promise.all(Array.from({ length: 4 }, (_, i) => createTicket(s.system, newTicketInput(s, i))));
    expect((await assigneeCounts(team.id)).get(present.memberId)).toBe(4);
    await setMemberAway(await memberCtx(s.ws, away), { away: false });
    await Promise.all(Array.from({ length: 2 }, (_, i) => createTicket(s.system, newTicketInput(s, 10 + i))));
    expect((await assigneeCounts(team.id)).get(away.memberId)).toBe(1);
  });

  it("deactivated members and light agents get none", async () => {
    const s = await setup(2);
    const [gone, stays] = s.agents as [MadeMember, MadeMember];
    const team = await roundRobinTeam(s);
    await deactivateMember(s.admin, { memberId: gone.memberId });
    await Promise.all(Array.from({ length: 3 }, (_, i) => createTicket(s.system, newTicketInput(s, i))));
    expect((await assigneeCounts(team.id)).get(stays.memberId)).toBe(3);
  });

  it("a reopened ticket keeps an available assignee and goes from an away one to someone available", async () => {
    const s = await setup(2);
    const [owner, other] = s.agents as [MadeMember, MadeMember];
    const team = await roundRobinTeam(s);
    const kept = await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "CLOSED", areaKey: "returns", assigneeId: owner.memberId });
    await recordCustomerMessage(s.system, { ticketNumber: kept.number, text: "One more thing" });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: kept.id } })).toMatchObject({ status: "OPEN", assigneeId: owner.memberId, teamId: null });

    await setMemberAway(s.admin, { memberId: owner.memberId, away: true });
    const moved = await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "PENDING", areaKey: "returns", assigneeId: owner.memberId });
    const result = await recordCustomerMessage(s.system, { ticketNumber: moved.number, text: "Hello again" });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: moved.id } })).toMatchObject({ status: "OPEN", assigneeId: other.memberId, teamId: team.id });
    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId: moved.id, type: "ASSIGNEE_CHANGED", ticketVersion: result.version } });
    expect(event).toMatchObject({ actorType: "SYSTEM", data: { from: owner.memberId, to: other.memberId }, ticketVersion: result.version });

    // An open ticket's new message is not a reopening: nothing is routed.
    const open = await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "OPEN", areaKey: "returns", assigneeId: owner.memberId });
    await recordCustomerMessage(s.system, { ticketNumber: open.number, text: "Hello?" });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: open.id } })).assigneeId).toBe(owner.memberId);
  });

  it("a reopened ticket whose assignee is away is left unassigned in its team when nobody is available", async () => {
    const s = await setup(1);
    const team = await roundRobinTeam(s);
    const owner = s.agents[0]!;
    const t = await makeTicket(db(), s.ws, { customer: { id: s.customerId }, status: "CLOSED", areaKey: "returns", assigneeId: owner.memberId });
    await setMemberAway(await memberCtx(s.ws, owner), { away: true });
    await recordCustomerMessage(s.system, { ticketNumber: t.number, text: "Hi" });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ assigneeId: null, teamId: team.id });
  });

  it("the first team by position whose conditions hold takes the ticket; a manual team leaves it unassigned", async () => {
    const s = await setup(1);
    const mailbox = await db().mailbox.create({
      data: { workspaceId: s.ws.id, name: "Shop", address: `shop-${randomUUID()}@example.com`, forwardingKey: randomBytes(12).toString("hex") },
      select: { id: true },
    });
    const none = await createTeam(s.admin, { name: "No conditions", assignmentMode: "ROUND_ROBIN", position: 0, memberIds: [s.agents[0]!.memberId] });
    const phone = await createTeam(s.admin, { name: "Phone", position: 1, conditions: { channels: ["PHONE"] } });
    const later = await createTeam(s.admin, { name: "Phone too", assignmentMode: "ROUND_ROBIN", position: 2, conditions: { channels: ["PHONE"] }, memberIds: [s.agents[0]!.memberId] });
    const byPhone = await createTicket(s.admin, newTicketInput(s, 1, { channel: "PHONE" }));
    expect(await db().ticket.findUniqueOrThrow({ where: { id: byPhone.ticketId } })).toMatchObject({ teamId: phone.id, assigneeId: null });
    const byMail = await createTicket(s.admin, newTicketInput(s, 2));
    expect(await db().ticket.findUniqueOrThrow({ where: { id: byMail.ticketId } })).toMatchObject({ teamId: null, assigneeId: null });
    // A team given at creation is kept, whatever the conditions.
    const given = await createTicket(s.admin, newTicketInput(s, 3, { team: none.id }));
    expect(await db().ticket.findUniqueOrThrow({ where: { id: given.ticketId } })).toMatchObject({ teamId: none.id, assigneeId: s.agents[0]!.memberId });
    expect(later.id).not.toBe(phone.id);
    await updateTeam(s.admin, { teamId: phone.id, conditions: { mailboxIds: [mailbox.id] } });
    const viaMailbox = await createTicket(s.system, newTicketInput(s, 4, { mailboxId: mailbox.id }));
    expect((await db().ticket.findUniqueOrThrow({ where: { id: viaMailbox.ticketId } })).teamId).toBe(phone.id);
    expect(await rejection(updateTeam(s.admin, { teamId: phone.id, conditions: { mailboxIds: [randomUUID()] } }))).toMatchObject({ fieldIssues: { "conditions.mailboxIds": { code: "unknownMailbox" } } });
  });
});

describe("manual team assignment", () => {
  it("updateTicket sets and clears the team with TEAM_CHANGED and undo; bulk too", async () => {
    const s = await setup(1);
    const team = await createTeam(s.admin, { name: "Billing" });
    const t = await makeTicket(db(), s.ws, { customer: { id: s.customerId } });
    const applied = await updateTicket(s.admin, { ticketNumber: t.number, team: team.id });
    expect(applied).toMatchObject({ changed: ["team"], undo: { team: null }, version: t.version + 1 });
    const event = await db().ticketEvent.findFirstOrThrow({ where: { ticketId: t.id, type: "TEAM_CHANGED" } });
    expect(event).toMatchObject({ actorType: "MEMBER", data: { from: null, to: team.id }, ticketVersion: t.version + 1 });
    const bulk = await bulkUpdateTickets(s.admin, { ticketNumbers: [t.number], team: null });
    expect(bulk.updated[0]).toMatchObject({ changed: ["team"], undo: { team: team.id } });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).teamId).toBeNull();
  });

  it("the inbox filters by team; another workspace's team id lists nothing", async () => {
    const s = await setup(1);
    const other = await setup(1);
    const team = await createTeam(s.admin, { name: "Billing" });
    const foreign = await createTeam(other.admin, { name: "Billing" });
    const inTeam = await makeTicket(db(), s.ws, { customer: { id: s.customerId } });
    await makeTicket(db(), s.ws, { customer: { id: s.customerId } });
    await updateTicket(s.admin, { ticketNumber: inTeam.number, team: team.id });
    await makeTicket(db(), other.ws, { customer: { id: other.customerId } });
    expect((await listInboxIds(s.admin, { filters: { team: team.id } })).ids).toEqual([inTeam.id]);
    expect((await listInboxIds(s.admin, { filters: { team: foreign.id } })).ids).toEqual([]);
  });

  it("another workspace's team is refused on a ticket as an unknown one", async () => {
    const s = await setup(1);
    const other = await setup(1);
    const foreign = await createTeam(other.admin, { name: "Theirs" });
    const t = await makeTicket(db(), s.ws, { customer: { id: s.customerId } });
    const e = await rejection(updateTicket(s.admin, { ticketNumber: t.number, team: foreign.id }));
    expect(e).toMatchObject({ code: "VALIDATION", fieldIssues: { team: { code: "unknownTeam" } } });
    const e2 = await rejection(createTicket(s.admin, newTicketInput(s, 1, { team: foreign.id })));
    expect(e2.code).toBe("VALIDATION");
  });
});

describe("managing teams", () => {
  it("only admins manage teams; every member lists them for the sidebar", async () => {
    const { ws, admin, agent, light } = await workspaceWithRoles();
    const team = await createTeam(admin, { name: "Support" });
    for (const ctx of [agent, light]) {
      expect((await rejection(createTeam(ctx, { name: "Mine" }))).code).toBe("FORBIDDEN");
      expect((await rejection(updateTeam(ctx, { teamId: team.id, name: "Mine" }))).code).toBe("FORBIDDEN");
      expect((await rejection(setTeamMembers(ctx, { teamId: team.id, memberIds: [] }))).code).toBe("FORBIDDEN");
      expect((await rejection(deleteTeam(ctx, { teamId: team.id }))).code).toBe("FORBIDDEN");
      expect((await rejection(listTeams(ctx))).code).toBe("FORBIDDEN");
      expect(await listTeamOptions(ctx)).toEqual([{ id: team.id, name: "Support" }]);
    }
    expect(await db().team.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("another workspace's team id is NOT_FOUND", async () => {
    const { admin, otherAdmin } = await workspaceWithRoles();
    const team = await createTeam(admin, { name: "Support" });
    expect((await rejection(updateTeam(otherAdmin, { teamId: team.id, name: "Taken over" }))).code).toBe("NOT_FOUND");
    expect((await rejection(setTeamMembers(otherAdmin, { teamId: team.id, memberIds: [] }))).code).toBe("NOT_FOUND");
    expect((await rejection(deleteTeam(otherAdmin, { teamId: team.id }))).code).toBe("NOT_FOUND");
    expect((await db().team.findUniqueOrThrow({ where: { id: team.id } })).name).toBe("Support");
  });

  it("names are unique in any letter case; members must be active agents or admins of the workspace; areas must exist", async () => {
    const { ws, admin, light, otherAdmin } = await workspaceWithRoles();
    await createTeam(admin, { name: "Support" });
    expect(await rejection(createTeam(admin, { name: "support" }))).toMatchObject({ code: "CONFLICT", fieldIssues: { name: { code: "taken" } } });
    const lightId = light.actor.type === "member" ? light.actor.memberId : "";
    const foreignId = otherAdmin.actor.type === "member" ? otherAdmin.actor.memberId : "";
    for (const memberId of [lightId, foreignId]) {
      expect(await rejection(createTeam(admin, { name: `T ${memberId}`, memberIds: [memberId] }))).toMatchObject({ code: "VALIDATION", fieldIssues: { memberIds: { code: "notTeamMember" } } });
    }
    expect(await rejection(createTeam(admin, { name: "X", conditions: { areas: ["no-such-area"] } }))).toMatchObject({ fieldIssues: { "conditions.areas": { code: "unknownArea" } } });
    expect(await rejection(createTeam(admin, { name: "Y", maxOpenPerAgent: 0 }))).toMatchObject({ fieldIssues: { maxOpenPerAgent: { code: "tooShort" } } });
    expect(await rejection(createTeam(admin, { name: "  " }))).toMatchObject({ fieldIssues: { name: { code: "required" } } });
    expect(await db().team.count({ where: { workspaceId: ws.id } })).toBe(1);
  });

  it("create, update, members and delete are audited in their transaction; deleting keeps the tickets", async () => {
    const s = await setup(2);
    const team = await createTeam(s.admin, { name: "Returns", conditions: { areas: ["returns"] }, memberIds: [s.agents[0]!.memberId] });
    expect(team).toMatchObject({ position: 0, assignmentMode: "MANUAL", maxOpenPerAgent: null, memberIds: [s.agents[0]!.memberId] });
    await updateTeam(s.admin, { teamId: team.id, assignmentMode: "ROUND_ROBIN", maxOpenPerAgent: 3 });
    await updateTeam(s.admin, { teamId: team.id, name: "Returns" });
    await setTeamMembers(s.admin, { teamId: team.id, memberIds: s.agents.map((a) => a.memberId) });
    const t = await createTicket(s.system, newTicketInput(s, 1));
    await deleteTeam(s.admin, { teamId: team.id });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.ticketId } })).toMatchObject({ teamId: null, assigneeId: expect.any(String) });
    const audit = await db().auditEvent.findMany({ where: { workspaceId: s.ws.id, targetType: "team" }, orderBy: { id: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["team.created", "team.members_changed", "team.updated", "team.members_changed", "team.deleted"]);
    expect(audit[2]).toMatchObject({ before: { assignmentMode: "MANUAL", maxOpenPerAgent: null }, after: { assignmentMode: "ROUND_ROBIN", maxOpenPerAgent: 3 } });
    expect((audit[3]!.after as { members: string[] }).members).toHaveLength(2);
  });

  it("away: a member for themselves, an admin for anyone (audited), an agent not for others", async () => {
    const { ws, admin, agent, light } = await workspaceWithRoles();
    const agentId = agent.actor.type === "member" ? agent.actor.memberId : "";
    const lightId = light.actor.type === "member" ? light.actor.memberId : "";
    expect(await setMemberAway(agent, { away: true })).toMatchObject({ memberId: agentId, changed: true });
    expect(await setMemberAway(agent, { away: true })).toMatchObject({ changed: false });
    expect((await rejection(setMemberAway(agent, { memberId: lightId, away: true }))).code).toBe("FORBIDDEN");
    await setMemberAway(admin, { memberId: agentId, away: false });
    expect((await db().member.findUniqueOrThrow({ where: { id: agentId } })).awayAt).toBeNull();
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws.id, action: "member.availability_changed" } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ targetId: agentId, before: { away: true }, after: { away: false } });
    const { otherAdmin } = await workspaceWithRoles();
    expect((await rejection(setMemberAway(otherAdmin, { memberId: agentId, away: true }))).code).toBe("NOT_FOUND");
  });
});
