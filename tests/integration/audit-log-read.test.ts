// Reading the audit log against real PostgreSQL: admins only; filters by period (in the viewer's
// time zone), actor, action prefix and target type; keyset pages; another workspace's events are
// never visible; the CSV export honours the same filters, quotes by RFC 4180 and defuses formulas.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { auditCsvStream } from "@/server/audit/audit-csv";
import { handleAuditExport } from "@/server/audit/audit-export-route";
import { listAuditActors, listAuditEvents } from "@/server/audit/audit.queries";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { changeMemberRole } from "@/server/members/change-member-role";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { AppError } from "@/server/errors";
import { closePgPool } from "@/server/pg-pool";
import { updateWorkspaceSettings } from "@/server/workspaces/update-workspace-settings";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: MadeMember;
let admin2: MadeMember;
let agent: MadeMember;
let ctx: Ctx;
let ctx2: Ctx;
let otherCtx: Ctx;
let otherAdmin: MadeMember;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  admin = await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" });
  admin2 = await makeMember(db(), ws, { role: "ADMIN", name: "Bea Second" });
  agent = await makeMember(db(), ws, { role: "AGENT", name: "Cy Agent" });
  ctx = await memberCtx(ws, admin);
  ctx2 = await memberCtx(ws, admin2);
  const other = await makeWorkspace(db());
  otherAdmin = await makeMember(db(), other, { role: "ADMIN", name: "Other Admin" });
  otherCtx = await memberCtx(other, otherAdmin);

  // The factories' own member.added events are dated long ago, out of the way of the period tests.
  await db().auditEvent.updateMany({ where: { workspaceId: ws.id }, data: { createdAt: new Date("2026-01-01T12:00:00Z") } });
  await updateWorkspaceSettings(ctx, { assignOnFirstReply: false });
  await changeMemberRole(ctx, { memberId: agent.memberId, role: "LIGHT_AGENT" });
  await createMailbox(ctx2, { name: "Support", address: "support@read.test" });
  await createApiToken(ctx2, { name: "=HYPERLINK(\"http://evil.test\",\"x\")", role: "AGENT" });
  await updateWorkspaceSettings(otherCtx, { assignOnFirstReply: false });
});

afterAll(async () => {
  await disconnectDb();
  await closePgPool();
});

const actions = (events: Array<{ action: string }>) => events.map((e) => e.action);

describe("listAuditEvents", () => {
  it("is for admins only", async () => {
    const agentCtx = await memberCtx(ws, agent);
    expect((await rejection(listAuditEvents(agentCtx, { filter: {} }))).code).toBe("FORBIDDEN");
    expect((await rejection(listAuditActors(agentCtx))).code).toBe("FORBIDDEN");
  });

  it("lists this workspace's events newest first, never another's", async () => {
    const { events } = await listAuditEvents(ctx, { filter: {}, limit: 100 });
    expect(actions(events).slice(0, 4)).toEqual(["api_token.created", "mailbox.created", "member.role_changed", "workspace.settings.updated"]);
    expect(events.every((e) => e.actorName !== "Other Admin")).toBe(true);
    // Naming another workspace's member finds nothing here.
    expect((await listAuditEvents(ctx, { filter: { actor: `member:${otherAdmin.memberId}` } })).events).toEqual([]);
  });

  it("filters by action prefix, exact action, target type and actor", async () => {
    expect(actions((await listAuditEvents(ctx, { filter: { action: "workspace" } })).events)).toEqual(["workspace.settings.updated"]);
    expect(actions((await listAuditEvents(ctx, { filter: { action: "member.role_changed" } })).events)).toEqual(["member.role_changed"]);
    expect(actions((await listAuditEvents(ctx, { filter: { target: "mailbox" } })).events)).toEqual(["mailbox.created"]);
    expect(actions((await listAuditEvents(ctx, { filter: { actor: `member:${admin2.memberId}` } })).events)).toEqual(["api_token.created", "mailbox.created"]);
    expect(actions((await listAuditEvents(ctx, { filter: { actor: "system", action: "member" } })).events)).toEqual(["member.added", "member.added", "member.added"]);
  });

  it("filters by period, in the viewer's time zone", async () => {
    // 2026-01-01T12:00Z is Jan 1 in Athens, and already Jan 2 in Kiritimati (UTC+14).
    expect((await listAuditEvents(ctx, { filter: { from: "2026-01-01", to: "2026-01-01" }, timeZone: "Europe/Athens" })).events).toHaveLength(3);
    expect((await listAuditEvents(ctx, { filter: { from: "2026-01-01", to: "2026-01-01" }, timeZone: "Pacific/Kiritimati" })).events).toHaveLength(0);
    expect((await listAuditEvents(ctx, { filter: { from: "2026-01-02", to: "2026-01-02" }, timeZone: "Pacific/Kiritimati" })).events).toHaveLength(3);
    expect((await listAuditEvents(ctx, { filter: { to: "2025-12-31" } })).events).toHaveLength(0);
  });

  it("pages with a keyset cursor through every event once", async () => {
    const all = (await listAuditEvents(ctx, { filter: {}, limit: 100 })).events.map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await listAuditEvents(ctx, { filter: {}, limit: 2, cursor });
      seen.push(...page.events.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all);
  });

  it("refuses bad filters and cursors field by field", async () => {
    const bad = await rejection(listAuditEvents(ctx, { filter: { from: "2026-02-30", action: "ticket", target: "x", actor: "member:nope" } }));
    expect(bad.code).toBe("VALIDATION");
    expect(Object.keys(bad.fields ?? {}).sort()).toEqual(["filter.action", "filter.actor", "filter.from", "filter.target"]);
    const order = await rejection(listAuditEvents(ctx, { filter: { from: "2026-02-02", to: "2026-02-01" } }));
    expect(order.fieldIssues?.["filter.to"]?.code).toBe("toBeforeFrom");
    expect((await rejection(listAuditEvents(ctx, { filter: {}, cursor: "not-a-cursor" }))).fields).toHaveProperty("cursor");
  });

  it("lists the actors it names, by their latest name", async () => {
    const actors = await listAuditActors(ctx);
    expect(actors.map((a) => a.name).sort()).toEqual(["Ada Admin", "Bea Second", "system"]);
    expect(actors.find((a) => a.name === "Ada Admin")?.value).toBe(`member:${admin.memberId}`);
  });
});

describe("CSV export", () => {
  const get = (query: string, as: Ctx | (() => Promise<Ctx>) = ctx) =>
    handleAuditExport(new Request(`http://localhost/${ws.slug}/settings/audit-log/export.csv${query}`), ws.slug, typeof as === "function" ? as : async () => as);

  it("streams the filtered events as RFC 4180 CSV, formula cells defused", async () => {
    const res = await get("?actor=member:" + admin2.memberId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="audit-log-.+\.csv"$/);
    const csv = await res.text();
    const lines = csv.split("\r\n");
    expect(lines[0]).toBe("time_utc,actor_type,actor_id,actor,action,description,target_type,target_id,target,before,after,ip");
    expect(lines).toHaveLength(4); // header, two events, and the empty string after the last CRLF
    expect(lines[1]).toContain(",api_token.created,");
    // The token's name starts with "=": quoted, quotes doubled, and prefixed so no spreadsheet runs it.
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
    expect(lines[2]).toContain(",mailbox.created,");
    expect(csv).not.toContain("Ada Admin");
  });

  it("reads a log longer than one page in pages, each event once", async () => {
    for (let i = 0; i < 3; i++) {
      await createApiToken(ctx, { name: `bulk-${i}`, role: "AGENT" });
      await revokeApiToken(ctx, { name: `bulk-${i}` });
    }
    const stream = await auditCsvStream(ctx, { filter: { action: "api_token" }, timeZone: "UTC", describe: (a) => `described ${a}`, pageSize: 2 });
    const csv = await new Response(stream).text();
    const rows = csv.split("\r\n").filter((l) => l.includes(",api_token."));
    expect(rows).toHaveLength(7);
    expect(new Set(rows).size).toBe(7);
    expect(rows[0]).toContain(",described api_token.revoked,");
    expect((await (await get("?action=api_token")).text()).split("\r\n").filter((l) => l.includes(",api_token."))).toEqual(rows.map((r) => r.replace(/described /, "")));
  });

  it("refuses a non-admin (403), a stranger (404) and a bad filter (422)", async () => {
    expect((await get("", await memberCtx(ws, agent))).status).toBe(403);
    expect((await get("", () => Promise.reject(new AppError("NOT_FOUND")))).status).toBe(404);
    const bad = await get("?from=yesterday");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty(["filter.from"]);
  });
});
