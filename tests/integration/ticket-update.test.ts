// updateTicket and bulkUpdateTickets against real PostgreSQL: one event per changed field,
// nothing written when nothing changes, closedAt, tags per workspace, stale versions, tenancy, roles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addReply } from "@/server/tickets/add-reply";
import { bulkUpdateTickets } from "@/server/tickets/bulk-update-tickets";
import { updateTicket } from "@/server/tickets/update-ticket";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let agentMember: MadeMember;
let colleague: MadeMember;
let light: Ctx;
let otherAgent: MadeMember;
let customerId: string;

async function newTicket(opts: { status?: "OPEN" | "PENDING" | "CLOSED"; tags?: string[] } = {}) {
  return makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Where is my parcel?" }], ...opts });
}

const events = (ticketId: string) =>
  db().ticketEvent.findMany({ where: { ticketId, type: { notIn: ["CREATED", "CUSTOMER_MESSAGE"] } }, orderBy: { createdAt: "asc" } });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  agentMember = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, agentMember);
  colleague = await makeMember(db(), ws, { role: "AGENT" });
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  otherAgent = await makeMember(db(), other, { role: "AGENT" });
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("updateTicket", () => {
  it("writes one event per changed field and bumps the version once", async () => {
    const t = await newTicket();
    const result = await updateTicket(agent, {
      ticketNumber: t.number,
      status: "CLOSED",
      priority: "URGENT",
      assignee: colleague.memberId,
      area: "refunds",
      addTags: ["  VIP ", "Damaged"],
    });
    expect(result).toMatchObject({ number: t.number, version: t.version + 1 });
    expect(result.changed.sort()).toEqual(["area", "assignee", "priority", "status", "tags"]);
    const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id }, include: { problemArea: true, tags: { include: { tag: true } } } });
    expect(after).toMatchObject({ status: "CLOSED", priority: "URGENT", assigneeId: colleague.memberId, version: t.version + 1 });
    expect(after.closedAt).not.toBeNull();
    expect(after.problemArea?.key).toBe("refunds");
    expect(after.tags.map((x) => x.tag.name).sort()).toEqual(["damaged", "vip"]);
    // Field changes leave the inbox's "last message" sort key alone.
    expect(after.lastActivityAt).toEqual(t.lastActivityAt);
    const written = await events(t.id);
    expect(written.map((e) => [e.type, e.data])).toEqual(
      expect.arrayContaining([
        ["STATUS_CHANGED", { from: "OPEN", to: "CLOSED" }],
        ["PRIORITY_CHANGED", { from: "NORMAL", to: "URGENT" }],
        ["ASSIGNEE_CHANGED", { from: null, to: colleague.memberId }],
        ["AREA_CHANGED", { from: null, to: "refunds" }],
        ["TAG_ADDED", { tag: "vip" }],
        ["TAG_ADDED", { tag: "damaged" }],
      ]),
    );
    expect(written).toHaveLength(6);
    for (const e of written) expect(e).toMatchObject({ actorType: "MEMBER", actorMemberId: agentMember.memberId, ticketVersion: t.version + 1 });
  });

  it("writes nothing when nothing changes", async () => {
    const t = await newTicket({ tags: ["vip"] });
    const result = await updateTicket(agent, { ticketNumber: t.number, status: "OPEN", priority: "NORMAL", addTags: ["VIP"], removeTags: ["absent"] });
    expect(result).toEqual({ ticketId: t.id, number: t.number, version: t.version, changed: [], undo: {} });
    expect(await events(t.id)).toHaveLength(0);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).version).toBe(t.version);
  });

  it("reopening clears closedAt; removing a tag and unassigning are events too", async () => {
    const t = await newTicket({ status: "CLOSED", tags: ["vip"] });
    await updateTicket(agent, { ticketNumber: t.number, status: "OPEN", removeTags: ["VIP"], assignee: null, area: null });
    const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id }, include: { tags: true } });
    expect(after).toMatchObject({ status: "OPEN", closedAt: null });
    expect(after.tags).toHaveLength(0);
    const types = (await events(t.id)).filter((e) => e.actorType === "MEMBER" && e.ticketVersion > 0).map((e) => e.type);
    expect(types.sort()).toEqual(["STATUS_CHANGED", "TAG_REMOVED"]);
  });

  it("creates a tag once per workspace, and another workspace's tag of the same name is its own", async () => {
    const t = await newTicket();
    await updateTicket(agent, { ticketNumber: t.number, addTags: ["Fragile"] });
    const otherTicket = await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id), tags: ["fragile"] });
    const tags = await db().tag.findMany({ where: { name: "fragile", workspaceId: { in: [ws.id, other.id] } } });
    expect(tags).toHaveLength(2);
    expect(otherTicket.tagNames).toEqual(["fragile"]);
  });

  it("stops a stale change with CONFLICT and says what changed since", async () => {
    const t = await newTicket();
    const loaded = t.version;
    await updateTicket(agent, { ticketNumber: t.number, assignee: colleague.memberId });
    await addReply(agent, { ticketNumber: t.number, text: "On its way!" });
    const err = await rejection(updateTicket(agent, { ticketNumber: t.number, expectedVersion: loaded, status: "CLOSED" }));
    expect(err.code).toBe("CONFLICT");
    expect(err.status).toBe(409);
    expect(err.message).toMatch(/changed/);
    expect(err.details).toMatchObject({ currentVersion: loaded + 2, expectedVersion: loaded });
    expect(err.details?.changes.map((c) => c.type)).toEqual(["ASSIGNEE_CHANGED", "REPLY_ADDED"]);
    expect(err.details?.changes[0]).toMatchObject({ actorType: "MEMBER", actorMemberId: agentMember.memberId, data: { to: colleague.memberId } });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("OPEN");
    // With the current version it goes through.
    await updateTicket(agent, { ticketNumber: t.number, expectedVersion: loaded + 2, status: "CLOSED" });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("CLOSED");
  });

  it("a stale reply is stopped the same way", async () => {
    const t = await newTicket();
    await updateTicket(agent, { ticketNumber: t.number, priority: "HIGH" });
    const err = await rejection(addReply(agent, { ticketNumber: t.number, text: "Hi", expectedVersion: t.version }));
    expect(err.code).toBe("CONFLICT");
    expect(err.details?.changes.map((c) => c.type)).toEqual(["PRIORITY_CHANGED"]);
    expect(await db().message.count({ where: { ticketId: t.id, kind: "REPLY" } })).toBe(0);
  });

  it("refuses another workspace's member, an unknown area and a light agent as assignee, writing nothing", async () => {
    const t = await newTicket();
    const foreign = await rejection(updateTicket(agent, { ticketNumber: t.number, status: "CLOSED", assignee: otherAgent.memberId }));
    expect(foreign).toMatchObject({ code: "VALIDATION", fields: { assignee: expect.any(String) } });
    const area = await rejection(updateTicket(agent, { ticketNumber: t.number, area: "no-such-area" }));
    expect(area).toMatchObject({ code: "VALIDATION", fields: { area: expect.any(String) } });
    const lightMember = light.actor.type === "member" ? light.actor.memberId : "";
    const lightAssignee = await rejection(updateTicket(agent, { ticketNumber: t.number, assignee: lightMember }));
    expect(lightAssignee).toMatchObject({ code: "VALIDATION", fields: { assignee: expect.any(String) } });
    const both = await rejection(updateTicket(agent, { ticketNumber: t.number, addTags: ["a"], removeTags: ["A"] }));
    expect(both).toMatchObject({ code: "VALIDATION", fields: { removeTags: expect.any(String) } });
    expect(await events(t.id)).toHaveLength(0);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("OPEN");
  });

  it("another workspace's ticket number is NOT_FOUND, and that ticket is untouched", async () => {
    const t = await newTicket();
    const otherCtx = await memberCtx(other, otherAgent);
    const { ticketCounter } = await db().workspace.findUniqueOrThrow({ where: { id: other.id } });
    // The premise: this number names no ticket of the other workspace.
    expect(t.number).toBeGreaterThan(ticketCounter);
    expect((await rejection(updateTicket(otherCtx, { ticketNumber: t.number, status: "CLOSED" }))).code).toBe("NOT_FOUND");
    expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("OPEN");
    expect(await events(t.id)).toHaveLength(0);
  });

  it("a light agent cannot change tickets", async () => {
    const t = await newTicket();
    expect((await rejection(updateTicket(light, { ticketNumber: t.number, status: "CLOSED" }))).code).toBe("FORBIDDEN");
    expect((await rejection(bulkUpdateTickets(light, { ticketNumbers: [t.number], status: "CLOSED" }))).code).toBe("FORBIDDEN");
    expect(await events(t.id)).toHaveLength(0);
  });
});

describe("bulkUpdateTickets", () => {
  it("closes several tickets with one event each, skipping those already closed", async () => {
    const a = await newTicket();
    const b = await newTicket({ status: "PENDING" });
    const c = await newTicket({ status: "CLOSED" });
    const result = await bulkUpdateTickets(agent, { ticketNumbers: [a.number, b.number, c.number], status: "CLOSED", addTags: ["bulk"] });
    expect(result.requested).toBe(3);
    expect(result.updated.map((u) => u.number).sort()).toEqual([a.number, b.number, c.number].sort());
    for (const t of [a, b]) {
      const written = await events(t.id);
      expect(written.filter((e) => e.type === "STATUS_CHANGED" && e.actorType === "MEMBER" && e.ticketVersion > 0)).toHaveLength(1);
      expect(written.filter((e) => e.type === "TAG_ADDED")).toHaveLength(1);
    }
    const closedEvents = (await events(c.id)).filter((e) => e.ticketVersion > 0);
    expect(closedEvents.map((e) => e.type)).toEqual(["TAG_ADDED"]);
    const statuses = await db().ticket.findMany({ where: { id: { in: [a.id, b.id, c.id] } }, select: { status: true, closedAt: true } });
    expect(statuses.every((s) => s.status === "CLOSED" && s.closedAt)).toBe(true);
  });

  it("a number of another workspace fails the whole request and writes nothing", async () => {
    const mine = await newTicket();
    const otherCtx = await memberCtx(other, otherAgent);
    const theirs = await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id) });
    const { ticketCounter } = await db().workspace.findUniqueOrThrow({ where: { id: other.id } });
    expect(mine.number).toBeGreaterThan(ticketCounter);
    const err = await rejection(bulkUpdateTickets(otherCtx, { ticketNumbers: [theirs.number, mine.number], status: "CLOSED", addTags: ["never"] }));
    expect(err.code).toBe("NOT_FOUND");
    for (const t of [mine, theirs]) {
      expect((await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).status).toBe("OPEN");
      expect(await events(t.id)).toHaveLength(0);
    }
    expect(await db().tag.count({ where: { name: "never" } })).toBe(0);
  });

  it("accepts at most 100 tickets", async () => {
    const numbers = Array.from({ length: 101 }, (_, i) => i + 1);
    const err = await rejection(bulkUpdateTickets(agent, { ticketNumbers: numbers, status: "CLOSED" }));
    expect(err).toMatchObject({ code: "VALIDATION", fields: { ticketNumbers: expect.any(String) } });
  });
});
