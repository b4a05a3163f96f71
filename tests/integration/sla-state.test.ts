// A ticket's stored SLA state (issue 17): worked out in the transaction of every change under the
// workspace's stored policies (refresh-ticket-sla.ts), and by the worker's sweep, which marks
// breaches and sends warnings only within business hours and only once (sweep-sla.ts).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { createCalendar } from "@/server/sla/create-calendar";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";
import { sweepSla, type SlaNoticeDelivery } from "@/server/sla/sweep-sla";
import { updateSlaPolicy } from "@/server/sla/update-sla-policy";
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { createTicket } from "@/server/tickets/create-ticket";
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { updateTicket } from "@/server/tickets/update-ticket";
import { silentLog, workspaceWithRoles } from "../helpers/context";
import { alwaysOpenPolicy } from "../helpers/sla";

const MIN = 60_000;
const allDay = [["00:00", "24:00"]] as [string, string][];
const WEEKDAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

let admin: Ctx;
let agent: Ctx;
let wsId: string;
let policyId: string;

async function stateOf(ticketId: string) {
  const ticket = await db().ticket.findUniqueOrThrow({
    where: { id: ticketId },
    select: { createdAt: true, slaPolicyId: true, firstResponseDueAt: true, nextResponseDueAt: true, resolutionDueAt: true, slaPaused: true, slaDueAt: true, slaSweepAt: true, version: true, updatedAt: true },
  });
  const cycles = await db().slaCycle.findMany({ where: { ticketId }, orderBy: [{ startedAt: "asc" }, { metric: "asc" }] });
  return { ticket, cycles };
}
const newTicket = (ctx: Ctx, subject = "Where is my parcel?") =>
  createTicket(ctx, { subject, customer: { email: `c-${randomBytes(3).toString("hex")}@example.com`, name: "Maria" }, message: { text: "It has not arrived." } });

/** The notices the sweep hands over for one ticket (the workspace's other tickets have their own). */
function collector(ticketId: string) {
  const sent: SlaNoticeDelivery[] = [];
  return { sent, send: async (_db: unknown, ds: SlaNoticeDelivery[]) => void sent.push(...ds.filter((d) => d.ticketId === ticketId)) };
}

beforeAll(async () => {
  const made = await workspaceWithRoles();
  admin = made.admin;
  agent = made.agent;
  wsId = made.ws.id;
  policyId = await alwaysOpenPolicy(admin);
});

afterAll(async () => {
  await closePgPool();
});

describe("a ticket's stored SLA state", () => {
  it("is set when the ticket is created, untouched by a note, moved by a reply and paused while pending", async () => {
    const { ticketId } = await newTicket(agent);
    let { ticket, cycles } = await stateOf(ticketId);
    const created = ticket.createdAt.getTime();
    expect(ticket.slaPolicyId).toBe(policyId);
    expect(ticket.firstResponseDueAt?.getTime()).toBe(created + 60 * MIN);
    expect(ticket.resolutionDueAt?.getTime()).toBe(created + 480 * MIN);
    expect(ticket.slaDueAt?.getTime()).toBe(created + 60 * MIN);
    // The sweep comes back for the warning half an hour before the first response is due.
    expect(ticket.slaSweepAt?.getTime()).toBe(created + 30 * MIN);
    expect(cycles.map((c) => [c.metric, c.state, c.policyId])).toEqual([
      ["FIRST_RESPONSE", "RUNNING", policyId],
      ["RESOLUTION", "RUNNING", policyId],
    ]);

    const before = ticket;
    await addNote(agent, { ticketNumber: (await db().ticket.findUniqueOrThrow({ where: { id: ticketId } })).number, text: "Checking with the courier." });
    ({ ticket } = await stateOf(ticketId));
    expect({ ...ticket, version: 0, updatedAt: null }).toEqual({ ...before, version: 0, updatedAt: null });

    const number = (await db().ticket.findUniqueOrThrow({ where: { id: ticketId } })).number;
    await addReply(agent, { ticketNumber: number, text: "It is on its way." });
    ({ ticket, cycles } = await stateOf(ticketId));
    expect(ticket.firstResponseDueAt).toBeNull();
    expect(ticket.slaDueAt?.getTime()).toBe(created + 480 * MIN);
    const first = cycles.find((c) => c.metric === "FIRST_RESPONSE")!;
    expect(first.state).toBe("MET");
    expect(first.breachedAt).toBeNull();
    expect(first.settledAt?.getTime()).toBe(first.endedAt?.getTime());

    await updateTicket(agent, { ticketNumber: number, status: "PENDING" });
    ({ ticket } = await stateOf(ticketId));
    expect(ticket.slaPaused).toBe(true);
    expect(ticket.slaDueAt).toBeNull();
    expect(ticket.slaSweepAt).toBeNull();

    await recordCustomerMessage(agent, { ticketNumber: number, text: "Thanks, any news?" });
    ({ ticket, cycles } = await stateOf(ticketId));
    expect(ticket.slaPaused).toBe(false);
    expect(ticket.nextResponseDueAt).not.toBeNull();
    expect(cycles.map((c) => c.metric).sort()).toEqual(["FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION"]);
  });

  it("follows a priority change, and a policy change once the sweep has recomputed the workspace", async () => {
    const { ticketId, number } = await newTicket(agent, "Broken lamp");
    const created = (await stateOf(ticketId)).ticket.createdAt.getTime();
    // No urgent targets in the policy: an urgent ticket has nothing due.
    await updateTicket(agent, { ticketNumber: number, priority: "URGENT" });
    expect((await stateOf(ticketId)).ticket).toMatchObject({ slaPolicyId: null, firstResponseDueAt: null, slaDueAt: null });
    await updateTicket(agent, { ticketNumber: number, priority: "NORMAL" });
    expect((await stateOf(ticketId)).ticket.firstResponseDueAt?.getTime()).toBe(created + 60 * MIN);

    await updateSlaPolicy(admin, { policyId, targets: { normal: { firstResponseMinutes: 20, resolutionMinutes: 480, businessHours: false } } });
    expect((await db().workspace.findUniqueOrThrow({ where: { id: wsId } })).slaRecomputeAt).not.toBeNull();
    const { sent, send } = collector(ticketId);
    const swept = await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: new Date(created + 5 * MIN) });
    expect(swept.recomputed).toBeGreaterThanOrEqual(1);
    expect((await stateOf(ticketId)).ticket.firstResponseDueAt?.getTime()).toBe(created + 20 * MIN);
    expect((await db().workspace.findUniqueOrThrow({ where: { id: wsId } })).slaRecomputeAt).toBeNull();
    // The half-hour warning fell before the change: recorded, never sent. The breach comes after it.
    expect(sent).toEqual([]);
    await sweepSla(db(), silentLog, { send, workspaceId: wsId, now: new Date(created + 21 * MIN) });
    expect(sent.map((d) => d.notice.beforeMinutes)).toEqual([0]);
    await updateSlaPolicy(admin, { policyId, targets: { normal: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480, businessHours: false } } });
    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: new Date(created + 6 * MIN) });
  });
});

describe("the SLA sweep", () => {
  it("warns once before the deadline, marks the breach when it passes and tells about it once", async () => {
    const { ticketId } = await newTicket(agent, "Refund please");
    const created = (await stateOf(ticketId)).ticket.createdAt.getTime();
    const at = (minutes: number) => new Date(created + minutes * MIN);
    const { sent, send } = collector(ticketId);

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(31) });
    expect(sent.map((d) => [d.ticketId, d.notice.metric, d.notice.beforeMinutes])).toEqual([[ticketId, "first_response", 30]]);
    // Unassigned: every agent and admin of the workspace, never the light agent.
    expect(sent[0]!.memberIds.sort()).toEqual([admin.actor, agent.actor].map((a) => (a.type === "member" ? a.memberId : "")).sort());
    expect((await stateOf(ticketId)).ticket.slaSweepAt?.getTime()).toBe(at(60).getTime());

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(45) });
    expect(sent).toHaveLength(1);

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(61) });
    const { cycles } = await stateOf(ticketId);
    const first = cycles.find((c) => c.metric === "FIRST_RESPONSE")!;
    expect(first.state).toBe("RUNNING");
    expect(first.breachedAt?.getTime()).toBe(at(60).getTime());
    expect(first.settledAt?.getTime()).toBe(at(60).getTime());
    expect(sent.map((d) => d.notice.beforeMinutes)).toEqual([30, 0]);

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(62) });
    expect(sent).toHaveLength(2);
    expect(await db().slaWarning.count({ where: { ticketId } })).toBe(2);
  });

  it("sends nothing while the policy's calendar is closed, and the breach notice at the next opening", async () => {
    // Open only on the day after tomorrow (UTC): closed for the whole life of this ticket's clock.
    const openDay = new Date(Date.now() + 2 * 24 * 60 * MIN);
    const hours = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [], [WEEKDAYS[openDay.getUTCDay()]!]: allDay };
    const calendar = await createCalendar(admin, { name: `Closed ${randomBytes(2).toString("hex")}`, timeZone: "UTC", hours, holidays: [] });
    await createSlaPolicy(admin, { name: "Night", position: 0, calendarId: calendar.id, conditions: { priorities: ["low"] }, targets: { low: { firstResponseMinutes: 60, businessHours: false } }, warnBeforeMinutes: [30] });
    await sweepSla(db(), silentLog, { send: async () => {}, workspaceId: wsId });
    const { ticketId, number } = await newTicket(agent, "Loyalty points");
    await updateTicket(agent, { ticketNumber: number, priority: "LOW" });
    const created = (await stateOf(ticketId)).ticket.createdAt.getTime();
    const at = (minutes: number) => new Date(created + minutes * MIN);
    const { sent, send } = collector(ticketId);

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(31) });
    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: at(61) });
    expect(sent).toEqual([]);
    const { ticket, cycles } = await stateOf(ticketId);
    // The breach is marked on time all the same; its notice waits for the opening.
    expect(cycles.find((c) => c.metric === "FIRST_RESPONSE")?.breachedAt?.getTime()).toBe(at(60).getTime());
    const opening = Date.UTC(openDay.getUTCFullYear(), openDay.getUTCMonth(), openDay.getUTCDate());
    expect(ticket.slaSweepAt?.getTime()).toBe(opening);

    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: new Date(opening + MIN) });
    expect(sent.map((d) => [d.ticketId, d.notice.beforeMinutes])).toEqual([[ticketId, 0]]);
    await sweepSla(db(), silentLog, { send: send, workspaceId: wsId, now: new Date(opening + 2 * MIN) });
    expect(sent).toHaveLength(1);
  });

  it("tells the assignee alone, in the bell and by email, when the sweep sends for real", async () => {
    const { ticketId, number } = await newTicket(agent, "Gift card balance");
    const me = agent.actor.type === "member" ? agent.actor.memberId : "";
    await updateTicket(agent, { ticketNumber: number, assignee: me });
    const created = (await stateOf(ticketId)).ticket.createdAt.getTime();
    await sweepSla(db(), silentLog, { workspaceId: wsId, now: new Date(created + 31 * MIN) });
    const notifications = await db().notification.findMany({ where: { ticketId }, select: { memberId: true, kind: true, data: true } });
    expect(notifications).toEqual([{ memberId: me, kind: "sla_warning", data: { metric: "first_response", dueAt: new Date(created + 60 * MIN).toISOString(), leadMinutes: 30 } }]);
    expect(await db().outboundMail.count({ where: { workspaceId: wsId, kind: "AGENT_NOTIFICATION", createdAt: { gte: new Date(created) } } })).toBeGreaterThanOrEqual(1);
  });

  it("leaves other workspaces' tickets alone", async () => {
    const other = await makeWorkspace(db());
    const { send } = collector("");
    const result = await sweepSla(db(), silentLog, { send: send, workspaceId: other.id, now: new Date(Date.now() + 24 * 60 * MIN) });
    expect(result).toEqual({ recomputed: 0, swept: 0, notices: 0, mails: 0, complete: true });
  });
});
