// Roles on tickets: light agents read and write internal notes but never reply to customers.
import { beforeAll, describe, expect, it } from "vitest";

import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { isAppError } from "@/server/errors";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { getAgentThread, listCustomerTickets } from "@/server/tickets/ticket.queries";
import { memberCtx } from "../helpers/context";

describe("ticket roles", () => {
  let ws: CreatedWorkspace;
  let light: Ctx;
  let agent: Ctx;
  let ticket: { id: string; number: number };

  beforeAll(async () => {
    ws = await makeWorkspace(db());
    light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
    agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    const customer = await makeCustomer(db(), ws.id);
    ticket = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "My gift card shows 0 €" }] });
  });

  it("a light agent cannot reply, and nothing is written", async () => {
    const outcome = await addReply(light, { ticketNumber: ticket.number, text: "Hi!" }).catch((e: unknown) => e);
    expect(isAppError(outcome) && outcome.code).toBe("FORBIDDEN");
    expect(await db().message.count({ where: { ticketId: ticket.id, kind: "REPLY" } })).toBe(0);
  });

  it("a light agent can add an internal note, recorded with an event", async () => {
    const { messageId } = await addNote(light, { ticketNumber: ticket.number, text: "Balance looks wrong" });
    const note = await db().message.findUniqueOrThrow({ where: { id: messageId } });
    expect(note).toMatchObject({ kind: "NOTE", workspaceId: ws.id });
    expect(await db().ticketEvent.count({ where: { ticketId: ticket.id, type: "NOTE_ADDED" } })).toBe(1);
    const thread = await getAgentThread(light, ticket.id);
    expect(thread.some((e) => e.type === "message" && e.kind === "NOTE")).toBe(true);
  });

  it("an agent replies; the first reply sets the first response time", async () => {
    const before = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(before.firstResponseAt).toBeNull();
    await addReply(agent, { ticketNumber: ticket.number, text: "Let me check that for you." });
    const after = await db().ticket.findUniqueOrThrow({ where: { id: ticket.id } });
    expect(after.firstResponseAt).not.toBeNull();
    expect(after.version).toBeGreaterThan(before.version);
  });

  it("rejects an empty reply with a field error", async () => {
    const outcome = await addReply(agent, { ticketNumber: ticket.number, text: "   " }).catch((e: unknown) => e);
    expect(isAppError(outcome) && outcome.code).toBe("VALIDATION");
    expect(isAppError(outcome) && outcome.fields).toHaveProperty("text");
  });
});

describe("a customer's other tickets", () => {
  it("lists the customer's other tickets across channels, newest first, without the current one", async () => {
    const ws = await makeWorkspace(db());
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    const customer = await makeCustomer(db(), ws.id);
    const other = await makeCustomer(db(), ws.id);
    const day = 24 * 60 * 60 * 1000;
    const old = await makeTicket(db(), ws, { customer, channel: "EMAIL", createdAt: new Date(Date.now() - 3 * day), messages: [{ kind: "INBOUND", text: "a" }] });
    const recent = await makeTicket(db(), ws, { customer, channel: "CHAT", createdAt: new Date(Date.now() - day), messages: [{ kind: "INBOUND", text: "b" }] });
    const current = await makeTicket(db(), ws, { customer, channel: "PHONE", messages: [{ kind: "INBOUND", text: "c" }] });
    await makeTicket(db(), ws, { customer: other, messages: [{ kind: "INBOUND", text: "d" }] });
    const listed = await listCustomerTickets(agent, customer.id, current.id);
    expect(listed.map((t) => t.number)).toEqual([recent.number, old.number]);
    expect(listed.map((t) => t.channel)).toEqual(["CHAT", "EMAIL"]);
  });
});

describe("the reply outbox", () => {
  it("queues every reply for delivery in the same transaction, and never a note", async () => {
    const ws = await makeWorkspace(db());
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, { customer, channel: "FORM", messages: [{ kind: "INBOUND", text: "Where is my refund?" }] });
    const reply = await addReply(agent, { ticketNumber: ticket.number, text: "It was sent yesterday." });
    const note = await addNote(agent, { ticketNumber: ticket.number, text: "Refund id R-881" });
    const delivery = await db().messageDelivery.findUniqueOrThrow({ where: { messageId: reply.messageId } });
    // A contact-form ticket is answered by email.
    expect(delivery).toMatchObject({ workspaceId: ws.id, status: "QUEUED", channel: "EMAIL", attempts: 0, sentAt: null });
    expect(await db().messageDelivery.count({ where: { messageId: note.messageId } })).toBe(0);
    const thread = await getAgentThread(agent, ticket.id);
    expect(thread.find((e) => e.type === "message" && e.id === reply.messageId)).toMatchObject({ deliveryStatus: "QUEUED" });
  });
});
