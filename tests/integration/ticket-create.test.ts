// createTicket against real PostgreSQL: phone tickets by agents, API tickets, customers found
// or created by email, events, numbers, tenancy and roles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { createTicket } from "@/server/tickets/create-ticket";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let agentMember: MadeMember;
let light: Ctx;
let api: Ctx;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  agentMember = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, agentMember);
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  api = { workspace: ws, actor: { type: "api", tokenId: "00000000-0000-7000-8000-000000000001", tokenName: "shop", role: "AGENT" }, db: db(), log: silentLog };
});

describe("createTicket", () => {
  it("an agent opens a phone ticket: the customer's INBOUND message, the agent's CREATED event", async () => {
    const result = await createTicket(agent, {
      subject: "Called about a missing parcel",
      customer: { email: "  Maria@Example.COM ", name: "Maria Papadopoulou", phone: "+30 210 1234567" },
      message: { text: "Parcel 123 has not arrived." },
      priority: "HIGH",
      area: "shipping_tracking",
      assignee: agentMember.memberId,
      tags: ["Phone", "phone"],
    });
    const ticket = await db().ticket.findUniqueOrThrow({
      where: { id: result.ticketId },
      include: { customer: true, messages: true, events: { orderBy: { type: "asc" } }, tags: { include: { tag: true } }, problemArea: true },
    });
    expect(ticket).toMatchObject({ workspaceId: ws.id, number: result.number, channel: "PHONE", status: "OPEN", priority: "HIGH", assigneeId: agentMember.memberId, version: 0 });
    expect(ticket.problemArea?.key).toBe("shipping_tracking");
    expect(ticket.customer).toMatchObject({ email: "maria@example.com", name: "Maria Papadopoulou", phone: "+30 210 1234567" });
    expect(ticket.lastCustomerMessageAt).toEqual(ticket.createdAt);
    expect(ticket.messages).toEqual([
      expect.objectContaining({ id: result.messageId, kind: "INBOUND", authorCustomerId: ticket.customerId, authorMemberId: null, channel: "PHONE" }),
    ]);
    expect(ticket.events.map((e) => [e.type, e.actorType, e.actorMemberId])).toEqual([
      ["CREATED", "MEMBER", agentMember.memberId],
      ["CUSTOMER_MESSAGE", "CUSTOMER", null],
    ]);
    expect(ticket.events[0]!.data).toMatchObject({ channel: "PHONE", priority: "HIGH", assigneeId: agentMember.memberId, area: "shipping_tracking", tags: ["phone"] });
    expect(ticket.tags.map((t) => t.tag.name)).toEqual(["phone"]);
  });

  it("finds the customer by email (case-insensitive), fills in what is missing and overwrites nothing", async () => {
    const existing = await makeCustomer(db(), ws.id, { email: "jan@example.com", name: "Jan Kowalski", phone: null });
    const result = await createTicket(api, {
      subject: "Zamówienie 42",
      customer: { email: "JAN@example.com", name: "Someone Else", phone: "+48 600 000 000" },
      message: { text: "Gdzie jest moje zamówienie?" },
    });
    expect(result.customerId).toBe(existing.id);
    const customer = await db().customer.findUniqueOrThrow({ where: { id: existing.id } });
    expect(customer).toMatchObject({ name: "Jan Kowalski", phone: "+48 600 000 000" });
    const ticket = await db().ticket.findUniqueOrThrow({ where: { id: result.ticketId }, include: { events: true } });
    expect(ticket.channel).toBe("API");
    expect(ticket.events.find((e) => e.type === "CREATED")).toMatchObject({ actorType: "API", actorMemberId: null });
  });

  it("numbers tickets one after another, also when created at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        createTicket(api, { subject: `Order ${i}`, customer: { email: "burst@example.com" }, message: { text: "Hello" } }),
      ),
    );
    const numbers = results.map((r) => r.number).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 5 }, (_, i) => numbers[0]! + i));
    expect(new Set(results.map((r) => r.customerId)).size).toBe(1);
  });

  it("picks an existing customer by id, but not another workspace's", async () => {
    const mine = await makeCustomer(db(), ws.id);
    const result = await createTicket(agent, { subject: "Walk-in", customer: { customerId: mine.id }, channel: "CHAT", message: { text: "Hi" } });
    expect(result.customerId).toBe(mine.id);
    const theirs = await makeCustomer(db(), other.id);
    const before = await db().ticket.count({ where: { workspaceId: ws.id } });
    const err = await rejection(createTicket(agent, { subject: "Walk-in", customer: { customerId: theirs.id }, message: { text: "Hi" } }));
    expect(err).toMatchObject({ code: "VALIDATION", fields: { "customer.customerId": expect.any(String) } });
    expect(await db().ticket.count({ where: { workspaceId: ws.id } })).toBe(before);
  });

  it("refuses another workspace's member as assignee and an unknown area, and burns no number", async () => {
    const otherMember = await makeMember(db(), other, { role: "AGENT" });
    const { ticketCounter } = await db().workspace.findUniqueOrThrow({ where: { id: ws.id } });
    const base = { subject: "x", customer: { email: "nobody-new@example.com" }, message: { text: "Hi" } };
    expect(await rejection(createTicket(agent, { ...base, assignee: otherMember.memberId }))).toMatchObject({ code: "VALIDATION", fields: { assignee: expect.any(String) } });
    expect(await rejection(createTicket(agent, { ...base, area: "nope" }))).toMatchObject({ code: "VALIDATION", fields: { area: expect.any(String) } });
    expect((await db().workspace.findUniqueOrThrow({ where: { id: ws.id } })).ticketCounter).toBe(ticketCounter);
    // The transaction rolled back: not even the customer was created.
    expect(await db().customer.count({ where: { workspaceId: ws.id, email: "nobody-new@example.com" } })).toBe(0);
  });

  it("validates the input with field errors", async () => {
    const err = await rejection(createTicket(agent, { subject: " ", customer: { email: "not-an-email" }, message: { text: "" } }));
    expect(err.code).toBe("VALIDATION");
    expect(Object.keys(err.fields ?? {})).toEqual(expect.arrayContaining(["subject", "message.text"]));
  });

  it("a light agent cannot create tickets", async () => {
    const before = await db().ticket.count({ where: { workspaceId: ws.id } });
    const err = await rejection(createTicket(light, { subject: "x", customer: { email: "light@example.com" }, message: { text: "Hi" } }));
    expect(err.code).toBe("FORBIDDEN");
    expect(await db().ticket.count({ where: { workspaceId: ws.id } })).toBe(before);
  });
});
