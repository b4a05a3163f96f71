// SLA policies through the real REST route handlers against real PostgreSQL (issue 17): create,
// list in order, get, patch and delete with an admin token; a calendar of another workspace is
// refused; a calendar in use cannot be deleted; agent tokens get 403. Then a ticket's SLA under
// the stored policies: the matching policy and its business hours set the deadline.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteCalendar } from "@/app/api/v1/calendars/[id]/route";
import { POST as postCalendar } from "@/app/api/v1/calendars/route";
import { DELETE as deletePolicy, GET as getPolicy, PATCH as patchPolicy } from "@/app/api/v1/sla-policies/[id]/route";
import { GET as listPolicies, POST as postPolicy } from "@/app/api/v1/sla-policies/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { callApi, type ApiCall } from "../helpers/api-call";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { addBusinessMinutes, type BusinessCalendar } from "@/server/sla/business-time";
import { SlaPolicyView } from "@/server/sla/sla-policy.schemas";
import { ticketSla } from "@/server/sla/ticket-sla";
import { createTicket } from "@/server/tickets/create-ticket";
import { updateTicket } from "@/server/tickets/update-ticket";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";

type Call = Partial<ApiCall>;

const call = (handler: ApiRouteHandler, method: string, path: string, opts: Call = {}) => callApi(handler, method, path, { ...opts, token: opts.token ?? adminToken });

let ws: CreatedWorkspace;
let agent: Ctx;
let adminToken: string;
let agentToken: string;
let otherCalendarId: string;
let calendarId: string;

const weekdays: Array<[string, string]> = [["09:00", "17:00"]];
const officeHours = (timeZone: string) => ({ name: `Office ${timeZone}`, timeZone, hours: { mon: weekdays, tue: weekdays, wed: weekdays, thu: weekdays, fri: weekdays, sat: [], sun: [] }, holidays: [] });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const other = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  adminToken = (await createApiToken(admin, { name: "provisioning", role: "admin" })).token;
  agentToken = (await createApiToken(admin, { name: "sync" })).token;
  const otherToken = (await createApiToken(await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" })), { name: "other", role: "admin" })).token;
  otherCalendarId = (await call(postCalendar, "POST", "/calendars", { token: otherToken, body: officeHours("Europe/Tallinn") })).json.id;
  calendarId = (await call(postCalendar, "POST", "/calendars", { body: officeHours("Europe/Athens") })).json.id;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("/api/v1/sla-policies", () => {
  it("creates, lists in position order, changes and deletes policies", async () => {
    const standard = await call(postPolicy, "POST", "/sla-policies", {
      body: { name: "Standard", position: 2, calendarId, targets: { normal: { firstResponseMinutes: 240, resolutionMinutes: 2400, businessHours: true } } },
    });
    expect(standard.status).toBe(201);
    expect(SlaPolicyView.parse(standard.json)).toMatchObject({ name: "Standard", position: 2, calendarId, conditions: {} });
    const vip = await call(postPolicy, "POST", "/sla-policies", {
      body: { name: "VIP", position: 1, calendarId, conditions: { tags: ["VIP"], channels: ["email", "form"] }, targets: { urgent: { firstResponseMinutes: 30, businessHours: false } } },
    });
    expect(vip.json.conditions).toEqual({ tags: ["vip"], channels: ["email", "form"] });
    expect((await call(listPolicies, "GET", "/sla-policies")).json.data.map((p: { name: string }) => p.name)).toEqual(["VIP", "Standard"]);

    const moved = await call(patchPolicy, "PATCH", `/sla-policies/${vip.json.id}`, { params: { id: vip.json.id }, body: { position: 3 } });
    expect(moved.json).toMatchObject({ position: 3, conditions: { tags: ["vip"] } });
    expect((await call(listPolicies, "GET", "/sla-policies")).json.data.map((p: { name: string }) => p.name)).toEqual(["Standard", "VIP"]);

    expect((await call(deletePolicy, "DELETE", `/sla-policies/${vip.json.id}`, { params: { id: vip.json.id } })).json).toEqual({ id: vip.json.id, deleted: true });
    expect((await call(getPolicy, "GET", `/sla-policies/${vip.json.id}`, { params: { id: vip.json.id } })).status).toBe(404);
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws.id, targetType: "sla_policy" }, orderBy: { createdAt: "asc" }, select: { action: true } });
    expect(audit.map((a) => a.action)).toEqual(["sla_policy.created", "sla_policy.created", "sla_policy.updated", "sla_policy.deleted"]);
  });

  it("refuses another workspace's calendar, a body without targets and an agent token; keeps a calendar in use", async () => {
    const foreign = await call(postPolicy, "POST", "/sla-policies", { body: { name: "X", position: 5, calendarId: otherCalendarId, targets: { low: { resolutionMinutes: 60, businessHours: false } } } });
    expect(foreign.status).toBe(422);
    expect(foreign.json.error.fields).toHaveProperty("calendarId");
    const empty = await call(postPolicy, "POST", "/sla-policies", { body: { name: "X", position: 5, calendarId, targets: {} } });
    expect(empty.status).toBe(422);
    expect(empty.json.error.fields).toHaveProperty("targets");
    expect((await call(listPolicies, "GET", "/sla-policies", { token: agentToken })).status).toBe(403);

    const inUse = await call(deleteCalendar, "DELETE", `/calendars/${calendarId}`, { params: { id: calendarId } });
    expect(inUse.status).toBe(409);
    expect(inUse.json.error.message).toContain("Standard");
  });
});

describe("a ticket under the stored policies", () => {
  it("gets the matching policy's deadline in its calendar's business hours, and the new one after a priority change", async () => {
    await call(postPolicy, "POST", "/sla-policies", { body: { name: "Urgent", position: 0, calendarId, conditions: { priorities: ["urgent"] }, targets: { urgent: { firstResponseMinutes: 60, businessHours: true } } } });
    const { ticketId, number } = await createTicket(agent, { subject: "Order", customer: { email: "dimitra@example.gr" }, message: { text: "Where is my order?" } });
    // Created now, whatever the time: Standard's 4 business hours in Athens from the creation.
    const created = (await db().ticket.findUniqueOrThrow({ where: { id: ticketId }, select: { createdAt: true } })).createdAt;
    const standard = await ticketSla(ws.id, ticketId, created);
    const athens: BusinessCalendar = { timeZone: "Europe/Athens", hours: officeHours("Europe/Athens").hours, holidays: [] };
    expect(standard?.firstResponseDueAt?.toISOString()).toBe(addBusinessMinutes(athens, created, 240).toISOString());

    await updateTicket(agent, { ticketNumber: number, priority: "URGENT" });
    const urgent = await ticketSla(ws.id, ticketId, new Date());
    const policy = await db().slaPolicy.findFirstOrThrow({ where: { workspaceId: ws.id, name: "Urgent" } });
    expect(urgent?.policyId).toBe(policy.id);
    expect(urgent?.firstResponseDueAt?.toISOString()).toBe(addBusinessMinutes(athens, created, 60).toISOString());
  });
});
