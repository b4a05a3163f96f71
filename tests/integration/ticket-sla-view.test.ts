// The ticket page's SLA card (issue 17): getTicketSlaView reads the ticket's clocks under the
// workspace's stored policies, names the policy, and says per metric where it stands (running
// toward a deadline, paused while PENDING, met, breached); a ticket of another workspace is null,
// as is a ticket no policy applies to.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { createCalendar } from "@/server/sla/create-calendar";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";
import { getTicketSlaView } from "@/server/sla/ticket-sla.queries";
import { addReply } from "@/server/tickets/add-reply";
import { createTicket } from "@/server/tickets/create-ticket";
import { updateTicket } from "@/server/tickets/update-ticket";
import { memberCtx, rejection } from "../helpers/context";

let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let otherAdmin: Ctx;

const MIN = 60_000;
const allWeek: Array<[string, string]> = [["00:00", "24:00"]];

beforeAll(async () => {
  const ws = await makeWorkspace(db(), { defaultLocale: "en" });
  const other = await makeWorkspace(db());
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  // Replies are queued through it (never sent here: nothing drains the outbox).
  await createMailbox(admin, { name: "Support", address: `support-${randomBytes(3).toString("hex")}@shop.example`, smtp: { host: "127.0.0.1", port: 9, security: "none", username: "x", password: "y" } });
  const calendar = await createCalendar(admin, { name: "Always", timeZone: "Europe/Athens", hours: { mon: allWeek, tue: allWeek, wed: allWeek, thu: allWeek, fri: allWeek, sat: allWeek, sun: allWeek }, holidays: [] });
  await createSlaPolicy(admin, {
    name: "Shop standard",
    position: 1,
    calendarId: calendar.id,
    conditions: { emailDomains: ["covered.example"] },
    targets: { normal: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 24 * 60, businessHours: false } },
  });
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("getTicketSlaView", () => {
  it("names the policy and shows the first response running, then met by a reply, with the timeline in order", async () => {
    const { ticketId, number } = await createTicket(agent, { subject: "Parcel", customer: { email: "eleni@covered.example" }, message: { text: "Where is my parcel?" } });
    const created = await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { createdAt: true } });
    const start = created.createdAt.getTime();

    const open = await getTicketSlaView(agent, ticketId, new Date(start + 10 * MIN));
    expect(open).toMatchObject({ policyName: "Shop standard", paused: false });
    expect(open!.metrics.map((m) => m.state === "running" && [m.metric, m.dueAt.getTime() - start])).toEqual([
      ["first_response", 60 * MIN],
      ["resolution", 24 * 60 * MIN],
    ]);
    expect(open!.timeline.map((e) => [e.metric, e.kind])).toEqual([
      ["first_response", "started"],
      ["resolution", "started"],
    ]);
    // A light agent sees the same card.
    expect((await getTicketSlaView(light, ticketId, new Date(start + 10 * MIN)))?.policyName).toBe("Shop standard");

    await addReply(agent, { ticketNumber: number, text: "It left the warehouse today." });
    const answered = await getTicketSlaView(agent, ticketId);
    expect(answered!.metrics.find((m) => m.metric === "first_response")).toMatchObject({ state: "met", breachedAt: null });
    expect(answered!.timeline.filter((e) => e.metric === "first_response").map((e) => e.kind)).toEqual(["started", "met"]);
  });

  it("shows a late first response as breached, and the clocks paused while the ticket is pending", async () => {
    const { ticketId, number } = await createTicket(agent, { subject: "Refund", customer: { email: "nikos@covered.example" }, message: { text: "Where is my refund?" } });
    const start = (await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { createdAt: true } })).createdAt.getTime();
    // Seen two hours later: the first response is overdue and breached at its deadline.
    const late = await getTicketSlaView(agent, ticketId, new Date(start + 2 * 60 * MIN));
    expect(late!.breaches.map((b) => [b.metric, b.dueAt.getTime() - start])).toEqual([["first_response", 60 * MIN]]);
    expect(late!.metrics[0]).toMatchObject({ metric: "first_response", state: "running" });
    expect(late!.timeline.map((e) => e.kind)).toEqual(["started", "started", "breached"]);

    await updateTicket(agent, { ticketNumber: number, status: "PENDING" });
    const pending = await getTicketSlaView(agent, ticketId);
    expect(pending!.paused).toBe(true);
    expect(pending!.metrics.map((m) => [m.metric, m.state])).toEqual([
      ["first_response", "paused"],
      ["resolution", "paused"],
    ]);
  });

  it("is null for a ticket no policy applies to, and for another workspace's ticket", async () => {
    const uncovered = await createTicket(agent, { subject: "Hello", customer: { email: "someone@elsewhere.example" }, message: { text: "Hi" } });
    expect(await getTicketSlaView(agent, uncovered.ticketId)).toBeNull();
    const covered = await createTicket(agent, { subject: "Order", customer: { email: "maria@covered.example" }, message: { text: "Hi" } });
    expect(await getTicketSlaView(agent, covered.ticketId)).not.toBeNull();
    // The other workspace's admin asks for this workspace's ticket by its id: nothing, not a hint.
    expect(await getTicketSlaView(otherAdmin, covered.ticketId)).toBeNull();
  });

  it("is refused to a customer actor", async () => {
    const covered = await createTicket(agent, { subject: "Order 2", customer: { email: "kostas@covered.example" }, message: { text: "Hi" } });
    const customerCtx: Ctx = { ...agent, actor: { type: "customer", customerId: covered.customerId } };
    expect((await rejection(getTicketSlaView(customerCtx, covered.ticketId))).code).toBe("FORBIDDEN");
  });
});
