// recordCustomerMessage: the one use case that decides what a customer's message does (the email
// ingestion calls it with a system ctx): reopening PENDING and CLOSED tickets, ending snoozes.
import { beforeAll, describe, expect, it } from "vitest";
import { systemCtx, type Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { snoozeTicket } from "@/server/tickets/snooze-ticket";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let system: Ctx;
let agent: Ctx;
let light: Ctx;
let customerId: string;

const newTicket = (status: "OPEN" | "PENDING" | "CLOSED") =>
  makeTicket(db(), ws, { customer: { id: customerId }, status, messages: [{ kind: "INBOUND", text: "Hello" }] });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  system = systemCtx(db(), ws, silentLog, "email");
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("recordCustomerMessage", () => {
  it.each(["PENDING", "CLOSED"] as const)("reopens a %s ticket, by the customer", async (status) => {
    const t = await newTicket(status);
    const result = await recordCustomerMessage(system, {
      ticketNumber: t.number,
      text: "Any news?",
      html: "<p>Any news?</p>",
      email: { messageId: "<b@shop.example>", inReplyTo: "<a@shop.example>", references: ["<a@shop.example>"] },
    });
    expect(result).toMatchObject({ ticketId: t.id, ticketNumber: t.number, reopened: true, version: t.version + 1 });
    const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id } });
    expect(after).toMatchObject({ status: "OPEN", closedAt: null, version: t.version + 1 });
    expect(after.lastCustomerMessageAt!.getTime()).toBeGreaterThan(t.lastActivityAt.getTime());
    expect(after.lastActivityAt).toEqual(after.lastCustomerMessageAt);
    const message = await db().message.findUniqueOrThrow({ where: { id: result.messageId } });
    expect(message).toMatchObject({ kind: "INBOUND", authorCustomerId: customerId, html: "<p>Any news?</p>", emailMessageId: "<b@shop.example>", emailReferences: ["<a@shop.example>"] });
    const events = await db().ticketEvent.findMany({ where: { ticketId: t.id, ticketVersion: t.version + 1 } });
    expect(events.map((e) => [e.type, e.actorType, e.data]).sort()).toEqual([
      ["CUSTOMER_MESSAGE", "CUSTOMER", { messageId: result.messageId }],
      ["STATUS_CHANGED", "CUSTOMER", { from: status, to: "OPEN" }],
    ]);
  });

  it("leaves an open ticket open, with no status event", async () => {
    const t = await newTicket("OPEN");
    const result = await recordCustomerMessage(agent, { ticketNumber: t.number, text: "One more thing" });
    expect(result.reopened).toBe(false);
    expect(await db().ticketEvent.count({ where: { ticketId: t.id, type: "STATUS_CHANGED" } })).toBe(0);
  });

  it("ends a snooze", async () => {
    const t = await newTicket("OPEN");
    await snoozeTicket(agent, { ticketNumber: t.number, until: new Date(Date.now() + 3_600_000) });
    await recordCustomerMessage(system, { ticketNumber: t.number, text: "I am back" });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
  });

  it("another workspace's ticket number is NOT_FOUND; a light agent is FORBIDDEN", async () => {
    const other = await makeWorkspace(db());
    const t = await newTicket("CLOSED");
    expect(t.number).toBeGreaterThan(0);
    const err = await rejection(recordCustomerMessage(systemCtx(db(), other, silentLog, "email"), { ticketNumber: t.number, text: "Hi" }));
    expect(err.code).toBe("NOT_FOUND");
    expect((await rejection(recordCustomerMessage(light, { ticketNumber: t.number, text: "Hi" }))).code).toBe("FORBIDDEN");
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "CLOSED", version: t.version });
  });
});
