// A ticket's SLA clocks from its real history (issue 17): what the clocks count is what Shopdesk
// stores when a customer writes, an agent replies or notes, our automatic acknowledgement goes out,
// the status or priority changes. Policies are given here as the matcher takes them.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { issueFormToken } from "@/server/contact/form-token";
import { submitContactForm } from "@/server/contact/submit-contact-form";
import { db } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { calendarTime, evaluateSla } from "@/server/sla/sla-clock";
import type { MatchablePolicy } from "@/server/sla/sla-policy";
import { loadTicketSlaHistory, slaEventsOf } from "@/server/sla/ticket-sla-history";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { createTicket } from "@/server/tickets/create-ticket";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { updateTicket } from "@/server/tickets/update-ticket";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;

const HOUR = 60 * 60_000;
const plain = () => calendarTime;
const policies: MatchablePolicy[] = [
  { id: "vip", position: 1, conditions: { tags: ["vip"] }, targets: { urgent: { firstResponseMinutes: 15, businessHours: false }, normal: { firstResponseMinutes: 30, businessHours: false } } },
  { id: "default", position: 2, conditions: {}, targets: { normal: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480, businessHours: false }, urgent: { firstResponseMinutes: 20, businessHours: false } } },
];

async function clocksOf(ticketNumber: number, now: Date) {
  const ticket = await db().ticket.findFirstOrThrow({ where: { workspaceId: ws.id, number: ticketNumber }, select: { id: true } });
  const history = await loadTicketSlaHistory(ws.id, ticket.id);
  const { events, policy } = slaEventsOf(history!, policies);
  return { history: history!, policy, sla: evaluateSla(events, now, plain) };
}

beforeAll(async () => {
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  // Acknowledgements are queued through it (never sent here: nothing drains the outbox).
  await createMailbox(admin, { name: "Support", address: `support-${randomBytes(3).toString("hex")}@shop.example`, smtp: { host: "127.0.0.1", port: 9, security: "none", username: "x", password: "y" } });
});

afterAll(async () => {
  await closePgPool();
});

describe("a ticket's SLA history", () => {
  it("does not take a note or the automatic acknowledgement for a first response; a reply is one", async () => {
    const shown = new Date(Date.now() - 20_000);
    const sent = await submitContactForm(
      db(),
      { workspace: ws.slug, locale: "en", formToken: issueFormToken(ws.id, shown).token, name: "Ana", email: `ana-${randomBytes(3).toString("hex")}@example.com`, area: "returns", subject: "Return", message: "I would like to return my shoes." },
      { address: "198.51.100.7" },
      silentLog,
    );
    if (sent.status !== "sent") throw new Error("the form was not sent");
    const number = sent.ticketNumber;
    await addNote(agent, { ticketNumber: number, text: "Checking the warehouse first." });

    const { history } = await clocksOf(number, new Date());
    const created = history.created.at.getTime();
    // The ticket holds the acknowledgement and the note, and still waits for its first response.
    const kinds = await db().message.findMany({ where: { ticket: { workspaceId: ws.id, number } }, select: { kind: true } });
    expect(kinds.map((k) => k.kind).sort()).toEqual(["AUTO_REPLY", "INBOUND", "NOTE"]);
    const waiting = (await clocksOf(number, new Date(created + 2 * HOUR))).sla;
    expect(waiting.breaches.map((b) => [b.metric, b.dueAt.getTime() - created])).toEqual([["first_response", HOUR]]);

    await addReply(agent, { ticketNumber: number, text: "Of course: here is your return label." });
    const answered = (await clocksOf(number, new Date(created + 2 * HOUR))).sla;
    expect(answered.breaches).toEqual([]);
    expect(answered.firstResponseDueAt).toBeNull();
    expect(answered.timeline.filter((t) => t.metric === "first_response").map((t) => t.kind)).toEqual(["started", "met"]);
  });

  it("pauses while PENDING and resumes on the customer's answer, the time used before still counted", async () => {
    const { number } = await createTicket(agent, { subject: "Where is my parcel?", customer: { email: `nikos-${randomBytes(3).toString("hex")}@example.gr`, name: "Nikos" }, message: { text: "It has not arrived." } });
    await addReply(agent, { ticketNumber: number, text: "Could you send us your order number?" });
    await updateTicket(agent, { ticketNumber: number, status: "PENDING" });
    const pending = (await clocksOf(number, new Date(Date.now() + 5 * HOUR))).sla;
    expect(pending.paused).toBe(true);
    expect(pending.resolutionDueAt).toBeNull();
    expect(pending.breaches).toEqual([]);

    await recordCustomerMessage(agent, { ticketNumber: number, text: "It is DS-1042." });
    const { history, sla } = await clocksOf(number, new Date(Date.now() + 1000));
    expect(sla.paused).toBe(false);
    const created = history.created.at.getTime();
    const pausedAt = history.events.find((e) => e.type === "STATUS_CHANGED")!.at.getTime();
    const answeredAt = history.messages.filter((m) => m.kind === "INBOUND").at(-1)!.at.getTime();
    // Resolution's 8 hours, less what ran before the pause, from the customer's answer on.
    expect(sla.resolutionDueAt!.getTime()).toBe(answeredAt + 8 * HOUR - (pausedAt - created));
    expect(sla.nextResponseDueAt!.getTime()).toBe(answeredAt + 2 * HOUR);
    expect(sla.timeline.filter((t) => t.metric === "resolution").map((t) => t.kind)).toEqual(["started", "paused", "resumed"]);
  });

  it("follows the policy that applies as the ticket changes, and a priority change swaps the targets", async () => {
    const { number } = await createTicket(agent, { subject: "Damaged item", customer: { email: `eva-${randomBytes(3).toString("hex")}@example.ee`, name: "Eva" }, message: { text: "The lamp arrived broken." } });
    let clocks = await clocksOf(number, new Date());
    const created = clocks.history.created.at.getTime();
    expect(clocks.policy?.id).toBe("default");
    expect(clocks.sla.firstResponseDueAt!.getTime()).toBe(created + HOUR);

    await updateTicket(agent, { ticketNumber: number, priority: "URGENT" });
    clocks = await clocksOf(number, new Date());
    expect(clocks.policy?.id).toBe("default");
    expect(clocks.sla.firstResponseDueAt!.getTime()).toBe(created + 20 * 60_000);

    await updateTicket(agent, { ticketNumber: number, addTags: ["vip"] });
    clocks = await clocksOf(number, new Date());
    expect(clocks.policy?.id).toBe("vip");
    expect(clocks.sla.firstResponseDueAt!.getTime()).toBe(created + 15 * 60_000);
    // No resolution target under the VIP policy: none is due.
    expect(clocks.sla.resolutionDueAt).toBeNull();
  });

  it("is nothing for another workspace's ticket", async () => {
    const other = await makeWorkspace(db());
    const { ticketId } = await createTicket(await memberCtx(other, await makeMember(db(), other, { role: "AGENT" })), { subject: "Hi", customer: { email: "x@example.com" }, message: { text: "Hello" } });
    expect(await loadTicketSlaHistory(ws.id, ticketId)).toBeNull();
  });
});
