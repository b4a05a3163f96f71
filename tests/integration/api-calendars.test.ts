// Business calendars through the real REST route handlers against real PostgreSQL (issue 17):
// create, list, get, patch and delete with an admin token; one default per workspace; another
// workspace's calendar is 404; an agent token gets 403; invalid bodies are 422 by field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteCalendar, GET as getCalendar, PATCH as patchCalendar } from "@/app/api/v1/calendars/[id]/route";
import { GET as listCalendars, POST as postCalendar } from "@/app/api/v1/calendars/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { callApi, type ApiCall } from "../helpers/api-call";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { CalendarView } from "@/server/sla/calendar.schemas";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";

type Call = Partial<ApiCall>;

const call = (handler: ApiRouteHandler, method: string, path: string, opts: Call = {}) => callApi(handler, method, path, { ...opts, token: opts.token ?? adminToken });

let ws: CreatedWorkspace;
let adminToken: string;
let agentToken: string;
let otherToken: string;

const athens = {
  name: "Athens office",
  timeZone: "Europe/Athens",
  hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [["10:00", "14:00"]], sun: [] },
  holidays: [{ date: "2026-12-25", name: "Christmas" }],
};

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const other = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  adminToken = (await createApiToken(admin, { name: "provisioning", role: "admin" })).token;
  agentToken = (await createApiToken(admin, { name: "sync" })).token;
  const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  otherToken = (await createApiToken(otherAdmin, { name: "other", role: "admin" })).token;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("/api/v1/calendars", () => {
  it("creates, lists, reads, changes and deletes calendars, keeping one default", async () => {
    const created = await call(postCalendar, "POST", "/calendars", { body: athens });
    expect(created.status).toBe(201);
    expect(CalendarView.parse(created.json)).toMatchObject({ name: "Athens office", timeZone: "Europe/Athens", default: true, holidays: athens.holidays });
    expect(created.headers.get("location")).toBe(`/api/v1/calendars/${created.json.id}`);

    const night = await call(postCalendar, "POST", "/calendars", {
      body: { name: "Night shift", timeZone: "Europe/Tallinn", hours: { mon: [["22:00", "06:00"]], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }, holidays: [] },
    });
    expect(night.status).toBe(201);
    expect(night.json.default).toBe(false);

    const list = await call(listCalendars, "GET", "/calendars");
    expect(list.json.data.map((c: { name: string; default: boolean }) => [c.name, c.default])).toEqual([
      ["Athens office", true],
      ["Night shift", false],
    ]);

    const made = await call(patchCalendar, "PATCH", `/calendars/${night.json.id}`, { params: { id: night.json.id }, body: { default: true, holidays: [{ date: "2026-12-31", name: "New Year's Eve" }] } });
    expect(made.status).toBe(200);
    expect(made.json).toMatchObject({ default: true, holidays: [{ date: "2026-12-31", name: "New Year's Eve" }] });
    expect((await call(getCalendar, "GET", `/calendars/${created.json.id}`, { params: { id: created.json.id } })).json.default).toBe(false);

    const gone = await call(deleteCalendar, "DELETE", `/calendars/${night.json.id}`, { params: { id: night.json.id } });
    expect(gone.json).toEqual({ id: night.json.id, deleted: true, newDefaultId: created.json.id });
    expect((await call(getCalendar, "GET", `/calendars/${night.json.id}`, { params: { id: night.json.id } })).status).toBe(404);

    // Each change is in the audit log, by the token, with what changed.
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws.id, targetType: "calendar" }, orderBy: { createdAt: "asc" } });
    expect(audit.map((e) => [e.action, e.targetLabel, e.actorType, e.actorName])).toEqual([
      ["calendar.created", "Athens office", "API", "provisioning"],
      ["calendar.created", "Night shift", "API", "provisioning"],
      ["calendar.updated", "Night shift", "API", "provisioning"],
      ["calendar.deleted", "Night shift", "API", "provisioning"],
    ]);
    expect(audit[2]!.before).toEqual({ default: false, holidays: [] });
    expect(audit[2]!.after).toEqual({ default: true, holidays: [{ date: "2026-12-31", name: "New Year's Eve" }] });
  });

  it("answers an agent token 403, another workspace's calendar 404, and a bad body 422 by field", async () => {
    expect((await call(listCalendars, "GET", "/calendars", { token: agentToken })).status).toBe(403);
    expect((await call(postCalendar, "POST", "/calendars", { token: agentToken, body: athens })).status).toBe(403);
    const mine = await call(postCalendar, "POST", "/calendars", { body: { ...athens, name: "Mine" } });
    expect((await call(getCalendar, "GET", `/calendars/${mine.json.id}`, { token: otherToken, params: { id: mine.json.id } })).status).toBe(404);
    expect((await call(patchCalendar, "PATCH", `/calendars/${mine.json.id}`, { token: otherToken, params: { id: mine.json.id }, body: { name: "Taken" } })).status).toBe(404);

    const bad = await call(postCalendar, "POST", "/calendars", {
      body: { ...athens, timeZone: "Europe/Atlantis", hours: { ...athens.hours, mon: [["09:00", "09:00"]] }, holidays: [{ date: "2026-02-30", name: "Nope" }] },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["holidays.0.date", "hours.mon.0", "timeZone"]);
  });
});
