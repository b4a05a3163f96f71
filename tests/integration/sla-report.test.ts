// The SLA report against real PostgreSQL (issue 17): cycles inserted as refresh-ticket-sla writes
// them, counted by when their outcome became known in the workspace's days (Europe/Athens here),
// attainment, time to meet in business minutes of each cycle's policy calendar (plain minutes when
// the policy is gone), grouping by policy, priority, area and agent, the period's bounds, the
// per-day series; only this workspace's cycles; light agents are refused; bad input names its field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { quantile, slaReport } from "@/server/reports/sla-report";
import type { SlaReportGroup } from "@/server/reports/sla-report.schemas";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let admin: Ctx;
let light: Ctx;
let ana: MadeMember;
let bo: MadeMember;
let standardId: string;
let vipId: string;

const at = (iso: string) => new Date(iso);
const week = { from: "2026-11-30", to: "2026-12-07" };
const OFFICE = { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [], sun: [] };
const ALWAYS = Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]]));

type Cycle = {
  ticketId: string;
  metric: "FIRST_RESPONSE" | "NEXT_RESPONSE" | "RESOLUTION";
  policyId: string | null;
  state: "RUNNING" | "PAUSED" | "MET" | "STOPPED";
  startedAt: string;
  dueAt?: string;
  endedAt?: string;
  breachedAt?: string;
  settledAt?: string;
};

async function insertCycles(workspaceId: string, cycles: Cycle[]) {
  await db().slaCycle.createMany({
    data: cycles.map((c) => ({
      workspaceId,
      ticketId: c.ticketId,
      metric: c.metric,
      policyId: c.policyId,
      state: c.state,
      startedAt: at(c.startedAt),
      dueAt: c.dueAt ? at(c.dueAt) : null,
      endedAt: c.endedAt ? at(c.endedAt) : null,
      breachedAt: c.breachedAt ? at(c.breachedAt) : null,
      settledAt: c.settledAt ? at(c.settledAt) : null,
    })),
  });
}

async function makePolicy(workspaceId: string, name: string, position: number, hours: object, timeZone: string) {
  const calendar = await db().businessCalendar.create({ data: { workspaceId, name: `${name} hours`, timeZone, hours, holidays: [] }, select: { id: true } });
  const policy = await db().slaPolicy.create({
    data: { workspaceId, name, position, calendarId: calendar.id, targets: { normal: { firstResponseMinutes: 60, resolutionMinutes: 480, businessHours: true } } },
    select: { id: true },
  });
  return policy.id;
}

beforeAll(async () => {
  ws = await makeWorkspace(db(), { timeZone: "Europe/Athens" });
  admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  ana = await makeMember(db(), ws, { role: "AGENT", name: "Ana Agent" });
  bo = await makeMember(db(), ws, { role: "AGENT", name: "Bo Agent" });
  agent = await memberCtx(ws, ana);
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  // Mon–Fri 09:00–17:00 UTC; every hour of the week in Riyadh; one deleted after its cycles ran.
  standardId = await makePolicy(ws.id, "Standard", 1, OFFICE, "UTC");
  vipId = await makePolicy(ws.id, "VIP", 0, ALWAYS, "Asia/Riyadh");
  const goneId = await makePolicy(ws.id, "Gone", 2, OFFICE, "UTC");

  const customer = await makeCustomer(db(), ws.id);
  const t1 = await makeTicket(db(), ws, { customer, priority: "HIGH", areaKey: "returns", assigneeId: ana.memberId });
  const t2 = await makeTicket(db(), ws, { customer, priority: "NORMAL", assigneeId: null });
  const t3 = await makeTicket(db(), ws, { customer, priority: "URGENT", areaKey: "refunds", assigneeId: bo.memberId });

  await insertCycles(ws.id, [
    // Friday 16:00 to Monday 10:00 in a Mon–Fri 9–17 calendar: two business hours, met in time.
    { ticketId: t1.id, metric: "FIRST_RESPONSE", policyId: standardId, state: "MET", startedAt: "2026-12-04T16:00:00Z", dueAt: "2026-12-07T12:00:00Z", endedAt: "2026-12-07T10:00:00Z", settledAt: "2026-12-07T10:00:00Z" },
    // Resolved in four business hours, in time.
    { ticketId: t1.id, metric: "RESOLUTION", policyId: standardId, state: "MET", startedAt: "2026-12-01T09:00:00Z", dueAt: "2026-12-01T17:00:00Z", endedAt: "2026-12-01T13:00:00Z", settledAt: "2026-12-01T13:00:00Z" },
    // Breached and still running: counted on the day it breached.
    { ticketId: t2.id, metric: "FIRST_RESPONSE", policyId: standardId, state: "RUNNING", startedAt: "2026-12-02T09:00:00Z", dueAt: "2026-12-02T10:00:00Z", breachedAt: "2026-12-02T10:00:00Z", settledAt: "2026-12-02T10:00:00Z" },
    // Met late (six business hours): a breach, and its time still counts in the time to meet.
    { ticketId: t2.id, metric: "RESOLUTION", policyId: standardId, state: "MET", startedAt: "2026-12-02T09:00:00Z", dueAt: "2026-12-02T11:00:00Z", endedAt: "2026-12-02T15:00:00Z", breachedAt: "2026-12-02T11:00:00Z", settledAt: "2026-12-02T11:00:00Z" },
    // VIP, always open: 30 minutes.
    { ticketId: t3.id, metric: "FIRST_RESPONSE", policyId: vipId, state: "MET", startedAt: "2026-12-03T09:00:00Z", dueAt: "2026-12-03T10:00:00Z", endedAt: "2026-12-03T09:30:00Z", settledAt: "2026-12-03T09:30:00Z" },
    // The first instant of the period (Monday 00:00 in Athens is Sunday 22:00 UTC): counted; 60 minutes.
    { ticketId: t2.id, metric: "NEXT_RESPONSE", policyId: vipId, state: "MET", startedAt: "2026-11-29T21:00:00Z", dueAt: "2026-11-29T23:00:00Z", endedAt: "2026-11-29T22:00:00Z", settledAt: "2026-11-29T22:00:00Z" },
    // A Saturday hour under the policy deleted below: plain time, 60 minutes.
    { ticketId: t3.id, metric: "NEXT_RESPONSE", policyId: goneId, state: "MET", startedAt: "2026-12-05T10:00:00Z", dueAt: "2026-12-05T12:00:00Z", endedAt: "2026-12-05T11:00:00Z", settledAt: "2026-12-05T11:00:00Z" },

    // Not counted: still running without a breach; met without any target; stopped by a close
    // before its deadline; just before and exactly at the end of the period.
    { ticketId: t3.id, metric: "RESOLUTION", policyId: vipId, state: "RUNNING", startedAt: "2026-12-03T09:00:00Z", dueAt: "2026-12-20T09:00:00Z" },
    { ticketId: t1.id, metric: "NEXT_RESPONSE", policyId: null, state: "MET", startedAt: "2026-12-01T09:00:00Z", endedAt: "2026-12-01T09:10:00Z", settledAt: "2026-12-01T09:10:00Z" },
    { ticketId: t1.id, metric: "NEXT_RESPONSE", policyId: standardId, state: "STOPPED", startedAt: "2026-12-02T09:00:00Z", dueAt: "2026-12-02T17:00:00Z", endedAt: "2026-12-02T12:00:00Z" },
    { ticketId: t1.id, metric: "NEXT_RESPONSE", policyId: standardId, state: "MET", startedAt: "2026-11-29T20:00:00Z", dueAt: "2026-11-30T17:00:00Z", endedAt: "2026-11-29T21:59:59.999Z", settledAt: "2026-11-29T21:59:59.999Z" },
    { ticketId: t3.id, metric: "NEXT_RESPONSE", policyId: vipId, state: "MET", startedAt: "2026-12-07T21:00:00Z", dueAt: "2026-12-07T23:00:00Z", endedAt: "2026-12-07T22:00:00Z", settledAt: "2026-12-07T22:00:00Z" },
  ]);
  await db().slaPolicy.delete({ where: { id: goneId } });

  // Another workspace's cycles in the same week are never counted.
  const other = await makeWorkspace(db(), { timeZone: "Europe/Athens" });
  const otherPolicy = await makePolicy(other.id, "Standard", 1, OFFICE, "UTC");
  const foreign = await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id), priority: "HIGH" });
  await insertCycles(other.id, [
    { ticketId: foreign.id, metric: "FIRST_RESPONSE", policyId: otherPolicy, state: "RUNNING", startedAt: "2026-12-02T09:00:00Z", dueAt: "2026-12-02T10:00:00Z", breachedAt: "2026-12-02T10:00:00Z", settledAt: "2026-12-02T10:00:00Z" },
    { ticketId: foreign.id, metric: "RESOLUTION", policyId: otherPolicy, state: "MET", startedAt: "2026-12-02T09:00:00Z", dueAt: "2026-12-02T17:00:00Z", endedAt: "2026-12-02T10:00:00Z", settledAt: "2026-12-02T10:00:00Z" },
  ]);
});

afterAll(async () => {
  await closePgPool();
});

const pick = (groups: SlaReportGroup[]) => groups.map(({ key, name, count, met, breached }) => ({ key, name, count, met, breached }));

describe("the SLA report", () => {
  it("counts the cycles settled in the period, with attainment and business-minute times to meet", async () => {
    const report = await slaReport(admin, { ...week, groupBy: "policy" });
    // Met: 120, 240 (Standard), 30, 60 (VIP), 60 (gone) in time; 360 late. Breached: 2.
    expect(report.total).toEqual({ count: 7, met: 5, breached: 2, attainment: 5 / 7, medianMinutes: 90, p90Minutes: 300 });
    expect(report.timeZone).toBe("Europe/Athens");
    expect(report.capped).toBe(false);
    expect(report.groups).toEqual([
      // Names in order, the deleted policy last.
      { key: standardId, name: "Standard", count: 4, met: 2, breached: 2, attainment: 0.5, medianMinutes: 240, p90Minutes: 336 },
      { key: vipId, name: "VIP", count: 2, met: 2, breached: 0, attainment: 1, medianMinutes: 45, p90Minutes: 57 },
      { key: null, name: null, count: 1, met: 1, breached: 0, attainment: 1, medianMinutes: 60, p90Minutes: 60 },
    ]);
  });

  it("measures Friday 16:00 to Monday 10:00 in a Mon–Fri 9–17 calendar as two business hours", async () => {
    const report = await slaReport(admin, { from: "2026-12-07", to: "2026-12-07", metric: "first_response", groupBy: "policy" });
    expect(report.groups).toEqual([{ key: standardId, name: "Standard", count: 1, met: 1, breached: 0, attainment: 1, medianMinutes: 120, p90Minutes: 120 }]);
  });

  it("groups by priority (urgent first), area, and agent with the unassigned last", async () => {
    const byPriority = await slaReport(agent, { ...week, groupBy: "priority" });
    expect(pick(byPriority.groups)).toEqual([
      { key: "URGENT", name: null, count: 2, met: 2, breached: 0 },
      { key: "HIGH", name: null, count: 2, met: 2, breached: 0 },
      { key: "NORMAL", name: null, count: 3, met: 1, breached: 2 },
    ]);
    const byArea = await slaReport(agent, { ...week, groupBy: "area" });
    expect(pick(byArea.groups)).toEqual([
      { key: "refunds", name: "Refunds", count: 2, met: 2, breached: 0 },
      { key: "returns", name: "Returns", count: 2, met: 2, breached: 0 },
      { key: null, name: null, count: 3, met: 1, breached: 2 },
    ]);
    const byAgent = await slaReport(agent, { ...week, groupBy: "agent" });
    expect(pick(byAgent.groups)).toEqual([
      { key: ana.memberId, name: "Ana Agent", count: 2, met: 2, breached: 0 },
      { key: bo.memberId, name: "Bo Agent", count: 2, met: 2, breached: 0 },
      { key: null, name: null, count: 3, met: 1, breached: 2 },
    ]);
    expect(byAgent.groups.find((g) => g.key === null)).toMatchObject({ attainment: 1 / 3, medianMinutes: 210 });
  });

  it("keeps to one metric when asked", async () => {
    const report = await slaReport(admin, { ...week, metric: "first_response", groupBy: "policy" });
    expect(report.total).toMatchObject({ count: 3, met: 2, breached: 1 });
    expect(report.metric).toBe("first_response");
    const next = await slaReport(admin, { ...week, metric: "next_response", groupBy: "policy" });
    expect(next.total).toMatchObject({ count: 2, met: 2, breached: 0 });
  });

  it("takes the period as whole days of the workspace's clock: its first instant in, the next day's out", async () => {
    const firstDay = await slaReport(admin, { from: "2026-11-30", to: "2026-11-30", groupBy: "policy" });
    expect(pick(firstDay.groups)).toEqual([{ key: vipId, name: "VIP", count: 1, met: 1, breached: 0 }]);
    const dayBefore = await slaReport(admin, { from: "2026-11-29", to: "2026-11-29", groupBy: "policy" });
    expect(pick(dayBefore.groups)).toEqual([{ key: standardId, name: "Standard", count: 1, met: 1, breached: 0 }]);
    const dayAfter = await slaReport(admin, { from: "2026-12-08", to: "2026-12-08", groupBy: "policy" });
    expect(dayAfter.total.count).toBe(1);
    const nothing = await slaReport(admin, { from: "2025-01-01", to: "2025-01-31", groupBy: "agent" });
    expect(nothing.total).toEqual({ count: 0, met: 0, breached: 0, attainment: null, medianMinutes: null, p90Minutes: null });
    expect(nothing.groups).toEqual([]);
    expect(nothing.days).toHaveLength(31);
  });

  it("gives attainment per day of the period, empty days included", async () => {
    const { days } = await slaReport(admin, { ...week, groupBy: "policy" });
    expect(days.map((d) => d.day)).toEqual(["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06", "2026-12-07"]);
    expect(days.map((d) => [d.met, d.breached, d.attainment])).toEqual([
      [1, 0, 1],
      [1, 0, 1],
      [0, 2, 0],
      [1, 0, 1],
      [0, 0, null],
      [1, 0, 1],
      [0, 0, null],
      [1, 0, 1],
    ]);
  });

  it("is for agents and admins: a light agent is refused", async () => {
    expect((await rejection(slaReport(light, { ...week, groupBy: "policy" }))).code).toBe("FORBIDDEN");
  });

  it("names the field of a bad period, metric or grouping", async () => {
    const fieldOf = async (input: Record<string, unknown>) => (await rejection(slaReport(admin, input as never))).fieldIssues;
    expect(await fieldOf({ from: "2026-12-07", to: "2026-12-01" })).toMatchObject({ to: { code: "periodBackwards" } });
    expect(await fieldOf({ from: "2025-01-01", to: "2026-01-02" })).toMatchObject({ to: { code: "periodTooLong" } });
    expect(await fieldOf({ from: "2026-02-30", to: "2026-03-01" })).toHaveProperty("from");
    expect(await fieldOf({ ...week, metric: "lunch" })).toHaveProperty("metric");
    expect(await fieldOf({ ...week, groupBy: "team" })).toHaveProperty("groupBy");
    // 366 days, both ends counted, is the longest period.
    await expect(slaReport(admin, { from: "2025-12-08", to: "2026-12-08" })).resolves.toMatchObject({ groupBy: "policy" });
  });
});

describe("quantile", () => {
  it("interpolates between ranks as percentile_cont does", () => {
    expect(quantile([], 0.5)).toBeNull();
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([30, 60, 60, 120, 240, 360], 0.5)).toBe(90);
    expect(quantile([30, 60, 60, 120, 240, 360], 0.9)).toBe(300);
  });
});
