// mergeTickets: messages move with their timestamps, the source closes with a link, both
// histories say so; same customer only; tenancy and roles.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { mergeTickets } from "@/server/tickets/merge-tickets";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let agentMember: MadeMember;
let light: Ctx;
let customerId: string;

const day = 24 * 3600 * 1000;
const newTicket = (text: string, at: Date, customer = customerId) =>
  makeTicket(db(), ws, { customer: { id: customer }, createdAt: at, messages: [{ kind: "INBOUND", text, at }] });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  agentMember = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, agentMember);
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("mergeTickets", () => {
  it("moves the messages, closes the source with a link, and both histories say so", async () => {
    const target = await newTicket("My order 7 is late", new Date(Date.now() - 3 * day));
    const source = await newTicket("Still waiting for order 7", new Date(Date.now() - day));
    const result = await mergeTickets(agent, { sourceNumber: source.number, targetNumber: target.number });
    expect(result).toMatchObject({ movedMessages: 1, source: { number: source.number, version: 1 }, target: { number: target.number, version: 1 } });

    const messages = await db().message.findMany({ where: { ticketId: target.id }, orderBy: { createdAt: "asc" } });
    expect(messages.map((m) => m.text)).toEqual(["My order 7 is late", "Still waiting for order 7"]);
    expect(messages[1]!.createdAt).toEqual(source.messages[0]!.createdAt);
    expect(await db().message.count({ where: { ticketId: source.id } })).toBe(0);

    const src = await db().ticket.findUniqueOrThrow({ where: { id: source.id } });
    expect(src).toMatchObject({ status: "CLOSED", mergedIntoId: target.id });
    expect(src.closedAt).not.toBeNull();
    const tgt = await db().ticket.findUniqueOrThrow({ where: { id: target.id } });
    expect(tgt.lastActivityAt).toEqual(source.lastActivityAt);

    const srcEvents = await db().ticketEvent.findMany({ where: { ticketId: source.id, ticketVersion: 1 } });
    expect(srcEvents.map((e) => [e.type, e.data]).sort()).toEqual([
      ["MERGED_INTO", { ticketId: target.id, number: target.number, movedMessages: 1 }],
      ["STATUS_CHANGED", { from: "OPEN", to: "CLOSED" }],
    ]);
    const tgtEvents = await db().ticketEvent.findMany({ where: { ticketId: target.id, ticketVersion: 1 } });
    expect(tgtEvents).toEqual([expect.objectContaining({ type: "MERGED_FROM", actorMemberId: agentMember.memberId, data: { ticketId: source.id, number: source.number, movedMessages: 1 } })]);
    const thread = await getAgentThread(agent, target.id);
    expect(thread.some((e) => e.type === "event" && e.eventType === "MERGED_FROM")).toBe(true);
  });

  it("a later customer message to the merged ticket lands on the target", async () => {
    const target = await newTicket("Refund please", new Date(Date.now() - 2 * day));
    const source = await newTicket("Refund please (again)", new Date(Date.now() - day));
    await mergeTickets(agent, { sourceNumber: source.number, targetNumber: target.number });
    const result = await recordCustomerMessage(agent, { ticketNumber: source.number, text: "Hello?" });
    expect(result).toMatchObject({ ticketId: target.id, ticketNumber: target.number, reopened: false });
    expect((await db().ticket.findUniqueOrThrow({ where: { id: source.id } })).status).toBe("CLOSED");
  });

  it("refuses tickets of different customers, the same ticket twice and an already merged source", async () => {
    const otherCustomer = (await makeCustomer(db(), ws.id)).id;
    const a = await newTicket("A", new Date(Date.now() - 2 * day));
    const b = await newTicket("B", new Date(Date.now() - day), otherCustomer);
    expect(await rejection(mergeTickets(agent, { sourceNumber: a.number, targetNumber: b.number }))).toMatchObject({ code: "VALIDATION", fields: { targetNumber: expect.any(String) } });
    expect(await rejection(mergeTickets(agent, { sourceNumber: a.number, targetNumber: a.number }))).toMatchObject({ code: "VALIDATION", fields: { targetNumber: expect.any(String) } });
    const c = await newTicket("C", new Date());
    await mergeTickets(agent, { sourceNumber: c.number, targetNumber: a.number });
    // A merged ticket is read-only: merging it again is a CONFLICT naming where it went.
    expect(await rejection(mergeTickets(agent, { sourceNumber: c.number, targetNumber: a.number }))).toMatchObject({ code: "CONFLICT", mergedInto: a.number });
    expect(await db().message.count({ where: { ticketId: b.id } })).toBe(1);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: b.id } })).mergedIntoId).toBeNull();
  });

  it("another workspace's ticket is NOT_FOUND; a light agent is FORBIDDEN; nothing is written", async () => {
    const other = await makeWorkspace(db());
    const theirs = await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id), messages: [{ kind: "INBOUND", text: "x" }] });
    const mine = await newTicket("Mine", new Date());
    const { ticketCounter } = await db().workspace.findUniqueOrThrow({ where: { id: ws.id } });
    const otherAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
    expect(mine.number).toBeGreaterThan(theirs.number);
    expect(ticketCounter).toBeGreaterThan(1);
    expect((await rejection(mergeTickets(otherAgent, { sourceNumber: theirs.number, targetNumber: mine.number }))).code).toBe("NOT_FOUND");
    expect((await rejection(mergeTickets(light, { sourceNumber: mine.number, targetNumber: mine.number - 1 }))).code).toBe("FORBIDDEN");
    expect(await db().message.count({ where: { ticketId: theirs.id } })).toBe(1);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ status: "OPEN", version: 0 });
  });
});
