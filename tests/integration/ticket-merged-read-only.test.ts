// A ticket merged into another is read-only: replies, notes, field changes, snoozing and merging
// it again are refused with CONFLICT naming the ticket it went into (the API answers 409 with
// `mergedInto`), while a customer's message to it still lands on the live end of the merge chain.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postMessage } from "@/app/api/v1/tickets/[number]/messages/route";
import { PATCH as patchTicket } from "@/app/api/v1/tickets/[number]/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { bulkUpdateTickets } from "@/server/tickets/bulk-update-tickets";
import { mergeTickets } from "@/server/tickets/merge-tickets";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { sendReply } from "@/server/tickets/send-reply";
import { snoozeTicket } from "@/server/tickets/snooze-ticket";
import { updateTicket } from "@/server/tickets/update-ticket";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let agentMemberId: string;
let customerId: string;
let token: string;

const newTicket = (text: string) => makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text }] });

/** A ticket merged into a fresh target; returns both with the source's state after the merge. */
async function mergedPair() {
  const target = await newTicket("Where is order 12?");
  const source = await newTicket("Order 12 again");
  await mergeTickets(agent, { sourceNumber: source.number, targetNumber: target.number });
  const after = await db().ticket.findUniqueOrThrow({ where: { id: source.id } });
  return { source: after, target };
}

async function expectMergedConflict(p: Promise<unknown>, source: number, target: number) {
  const e = await rejection(p);
  expect(e).toMatchObject({ code: "CONFLICT", mergedInto: target });
  expect(e.message).toContain(`#${source}`);
  expect(e.message).toContain(`#${target}`);
}

async function call(handler: ApiRouteHandler, method: string, number: number, body: unknown) {
  const res = await handler(
    new Request(`http://localhost/api/v1/tickets/${number}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ number: String(number) }) },
  );
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: (await res.json()) as any };
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const m = await makeMember(db(), ws, { role: "AGENT" });
  agentMemberId = m.memberId;
  agent = await memberCtx(ws, m);
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  token = (await createApiToken(admin, { name: "merged" })).token;
  customerId = (await makeCustomer(db(), ws.id)).id;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("a merged ticket is read-only", () => {
  it("refuses a reply, a reply with a status, and a note; nothing is written", async () => {
    const { source, target } = await mergedPair();
    await expectMergedConflict(addReply(agent, { ticketNumber: source.number, text: "Hi" }), source.number, target.number);
    await expectMergedConflict(sendReply(agent, { ticketNumber: source.number, text: "Hi", status: "OPEN" }), source.number, target.number);
    await expectMergedConflict(addNote(agent, { ticketNumber: source.number, text: "fyi" }), source.number, target.number);
    expect(await db().message.count({ where: { ticketId: source.id } })).toBe(0);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ status: "CLOSED", version: source.version });
  });

  it("refuses reopening and changing priority, assignee, area and tags", async () => {
    const { source, target } = await mergedPair();
    const n = source.number;
    await expectMergedConflict(updateTicket(agent, { ticketNumber: n, status: "OPEN" }), n, target.number);
    await expectMergedConflict(updateTicket(agent, { ticketNumber: n, priority: "URGENT" }), n, target.number);
    await expectMergedConflict(updateTicket(agent, { ticketNumber: n, assignee: agentMemberId }), n, target.number);
    await expectMergedConflict(updateTicket(agent, { ticketNumber: n, area: "returns" }), n, target.number);
    await expectMergedConflict(updateTicket(agent, { ticketNumber: n, addTags: ["vip"] }), n, target.number);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ status: "CLOSED", assigneeId: null, version: source.version });
    expect(await db().ticketTag.count({ where: { ticketId: source.id } })).toBe(0);
  });

  it("refuses snoozing and merging it again", async () => {
    const { source, target } = await mergedPair();
    const other = await newTicket("Another one");
    await expectMergedConflict(snoozeTicket(agent, { ticketNumber: source.number, until: new Date(Date.now() + 3600_000) }), source.number, target.number);
    await expectMergedConflict(mergeTickets(agent, { sourceNumber: source.number, targetNumber: other.number }), source.number, target.number);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ mergedIntoId: target.id, snoozedUntil: null, version: source.version });
  });

  it("names the live end of a merge chain", async () => {
    const { source: middle, target: end } = await mergedPair();
    const first = await newTicket("First");
    // Merged before `middle` went into `end`: in the data, a chain first -> middle -> end.
    await db().ticket.update({ where: { id: first.id }, data: { mergedIntoId: middle.id, status: "CLOSED" } });
    await expectMergedConflict(addReply(agent, { ticketNumber: first.number, text: "Hi" }), first.number, end.number);
  });

  it("bulk changes skip merged tickets and apply to the others", async () => {
    const { source } = await mergedPair();
    const live = await newTicket("Live");
    const result = await bulkUpdateTickets(agent, { ticketNumbers: [source.number, live.number], status: "CLOSED", priority: "HIGH" });
    expect(result.updated.map((u) => u.number)).toEqual([live.number]);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: source.id } })).toMatchObject({ priority: source.priority, version: source.version });
  });

  it("a customer message to it lands on the live end of the merge chain", async () => {
    const { source: middle, target: end } = await mergedPair();
    const first = await newTicket("First");
    await db().ticket.update({ where: { id: first.id }, data: { mergedIntoId: middle.id, status: "CLOSED" } });
    const result = await recordCustomerMessage(agent, { ticketNumber: first.number, text: "Any news?" });
    expect(result).toMatchObject({ ticketId: end.id, ticketNumber: end.number });
    expect(await db().message.count({ where: { ticketId: end.id, text: "Any news?" } })).toBe(1);
  });

  it("the API answers 409 with the number of the ticket it went into", async () => {
    const { source, target } = await mergedPair();
    const reply = await call(postMessage, "POST", source.number, { kind: "reply", text: "Hello" });
    expect(reply.status).toBe(409);
    expect(reply.json.error).toMatchObject({ code: "conflict", mergedInto: target.number, message: expect.stringContaining(`#${target.number}`) });
    const patch = await call(patchTicket, "PATCH", source.number, { status: "open" });
    expect(patch.status).toBe(409);
    expect(patch.json.error).toMatchObject({ code: "conflict", mergedInto: target.number });
  });
});
