// Snooze: snoozeTicket sets PENDING until a time; the worker's wakeSnoozed reopens only due
// tickets, by the SYSTEM; a manual status change ends the snooze.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { databaseUrl, db } from "@/server/db";
import { startBoss, type PgBoss } from "@/server/jobs/boss";
import { ensureQueues, QUEUES, scheduleJob, sendJob } from "@/server/jobs/queues";
import { workQueue } from "@/worker/work-queue";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { wakeSnoozed } from "@/server/jobs/wake-snoozed";
import { snoozeTicket } from "@/server/tickets/snooze-ticket";
import { updateTicket } from "@/server/tickets/update-ticket";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import { actorMemberId } from "@/server/context";
import { foldEvents } from "@/lib/fold-events";
import { memberCtx, rejection, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let light: Ctx;
let customerId: string;

const newTicket = (status: "OPEN" | "CLOSED" = "OPEN") =>
  makeTicket(db(), ws, { customer: { id: customerId }, status, messages: [{ kind: "INBOUND", text: "Hello" }] });
const hour = 3_600_000;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("snoozeTicket", () => {
  it("sets the ticket PENDING until the time, with STATUS_CHANGED and SNOOZED events", async () => {
    const t = await newTicket("CLOSED");
    const until = new Date(Date.now() + 2 * hour);
    const result = await snoozeTicket(agent, { ticketNumber: t.number, until: until.toISOString() });
    expect(result).toMatchObject({ number: t.number, version: 1, snoozedUntil: until });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "PENDING", snoozedUntil: until, closedAt: null });
    const events = await db().ticketEvent.findMany({ where: { ticketId: t.id, ticketVersion: 1 } });
    expect(events.map((e) => [e.type, e.data]).sort()).toEqual([
      ["SNOOZED", { until: until.toISOString() }],
      ["STATUS_CHANGED", { from: "CLOSED", to: "PENDING" }],
    ]);
  });

  it("refuses a time in the past, a light agent and a foreign number", async () => {
    const t = await newTicket();
    expect(await rejection(snoozeTicket(agent, { ticketNumber: t.number, until: new Date(Date.now() - 1000) }))).toMatchObject({ code: "VALIDATION", fields: { until: expect.any(String) } });
    expect((await rejection(snoozeTicket(light, { ticketNumber: t.number, until: new Date(Date.now() + hour) }))).code).toBe("FORBIDDEN");
    const other = await makeWorkspace(db());
    const otherAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
    expect((await rejection(snoozeTicket(otherAgent, { ticketNumber: t.number, until: new Date(Date.now() + hour) }))).code).toBe("NOT_FOUND");
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null, version: 0 });
  });

  it("a manual status change ends the snooze", async () => {
    const t = await newTicket();
    await snoozeTicket(agent, { ticketNumber: t.number, until: new Date(Date.now() + hour) });
    await updateTicket(agent, { ticketNumber: t.number, status: "OPEN" });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
  });
});

describe("wakeSnoozed", () => {
  it("reopens only the tickets whose snooze is due, by the SYSTEM, and says why", async () => {
    const due = await newTicket();
    const later = await newTicket();
    const now = Date.now();
    await snoozeTicket(agent, { ticketNumber: due.number, until: new Date(now + hour) });
    await snoozeTicket(agent, { ticketNumber: later.number, until: new Date(now + 3 * hour) });

    const result = await wakeSnoozed(db(), silentLog, new Date(now + 2 * hour));
    // Other test files' snoozes may fall due at that time too; ours must be among them.
    expect(result.woken).toBeGreaterThanOrEqual(1);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: due.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null, version: 2 });
    expect(await db().ticket.findUniqueOrThrow({ where: { id: later.id } })).toMatchObject({ status: "PENDING", version: 1 });
    const woke = await db().ticketEvent.findMany({ where: { ticketId: due.id, ticketVersion: 2 } });
    expect(woke).toEqual([
      expect.objectContaining({ type: "STATUS_CHANGED", actorType: "SYSTEM", actorMemberId: null, data: { from: "PENDING", to: "OPEN", reason: "snooze" } }),
    ]);
    expect(await db().ticketEvent.count({ where: { ticketId: later.id, ticketVersion: 2 } })).toBe(0);

    // The thread tells the agent's changes from the system's, so the two never fold together.
    const thread = await getAgentThread(agent, due.id);
    const changes = thread.flatMap((e) => (e.type === "event" && e.eventType !== "CREATED" ? [[e.eventType, e.actorKey]] : []));
    expect(changes).toEqual([
      ["STATUS_CHANGED", `MEMBER:${actorMemberId(agent.actor)}`],
      ["SNOOZED", `MEMBER:${actorMemberId(agent.actor)}`],
      ["STATUS_CHANGED", "SYSTEM:"],
    ]);
    expect(foldEvents(thread.filter((e) => e.type !== "event" || e.eventType !== "CREATED")).map((e) => (e.type === "fold" ? e.changes : e.type))).toEqual([
      "message",
      [{ kind: "status", count: 1 }, { kind: "snooze", count: 1 }],
      "event",
    ]);

    // Nothing is due twice.
    await wakeSnoozed(db(), silentLog, new Date(now + 2 * hour));
    expect(await db().ticketEvent.count({ where: { ticketId: due.id, type: "STATUS_CHANGED", actorType: "SYSTEM" } })).toBe(1);
  });
});

describe("tickets.wake-snoozed through pg-boss", () => {
  let boss: PgBoss;

  beforeAll(async () => {
    boss = await startBoss(databaseUrl(), silentLog, { role: "worker", max: 2 });
    await ensureQueues(boss);
    await workQueue(boss, "wakeSnoozed", (_payload, job) => wakeSnoozed(db(), job.log, new Date()), silentLog, { pollingIntervalSeconds: 0.5 });
  }, 30_000);

  afterAll(async () => {
    await boss?.stop({ graceful: true, timeout: 5000 });
  });

  it("works a sent job and reopens a ticket whose snooze has passed", async () => {
    const t = await newTicket();
    // Snoozed an hour ago until a minute ago.
    await snoozeTicket(agent, { ticketNumber: t.number, until: new Date(Date.now() - 60_000) }, new Date(Date.now() - hour));
    const id = await sendJob(boss, "wakeSnoozed", { trigger: "manual" });
    expect(id).toEqual(expect.any(String));
    const deadline = Date.now() + 15_000;
    let job = await boss.getJobById(QUEUES.wakeSnoozed.name, id!);
    while (job && (job.state === "created" || job.state === "active") && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
      job = await boss.getJobById(QUEUES.wakeSnoozed.name, id!);
    }
    expect(job?.state).toBe("completed");
    expect((job?.output as { woken: number }).woken).toBeGreaterThanOrEqual(1);
    expect(await db().ticket.findUniqueOrThrow({ where: { id: t.id } })).toMatchObject({ status: "OPEN", snoozedUntil: null });
  });

  it("is scheduled every minute", async () => {
    await scheduleJob(boss, "wakeSnoozed", { trigger: "schedule" });
    const schedules = await boss.getSchedules();
    expect(schedules.filter((s) => s.name === QUEUES.wakeSnoozed.name)).toEqual([expect.objectContaining({ cron: "* * * * *" })]);
    // No minute passing mid-run should wake tickets another test is looking at.
    await boss.unschedule(QUEUES.wakeSnoozed.name);
  });
});
