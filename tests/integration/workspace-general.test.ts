// Settings > Workspace, general, against real PostgreSQL: an admin changes the name, time zone and
// default language; the audit event holds only the fields that changed; bad values are field
// errors with codes the form translates; agents cannot; the workspace is always the actor's own.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { closePgPool } from "@/server/pg-pool";
import { updateWorkspaceGeneral } from "@/server/workspaces/update-workspace-general";
import { getWorkspaceGeneral } from "@/server/workspaces/workspace-settings";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { rejection, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let otherAdmin: Ctx;

beforeAll(async () => {
  ({ ws, admin, agent, otherAdmin } = await workspaceWithRoles());
});

afterAll(async () => {
  await disconnectDb();
  await closePgPool();
});

describe("general settings", () => {
  it("saves the name, time zone and default language, and logs only what changed", async () => {
    const before = await getWorkspaceGeneral(admin);
    const saved = await updateWorkspaceGeneral(admin, { name: "  Athens Shoes  ", timeZone: "Europe/Athens", defaultLocale: before.defaultLocale as "en" });
    expect(saved).toEqual({ name: "Athens Shoes", timeZone: "Europe/Athens", defaultLocale: before.defaultLocale });
    expect(await db().workspace.findUniqueOrThrow({ where: { id: ws.id }, select: { name: true, timeZone: true, defaultLocale: true } })).toEqual(saved);
    const event = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id, action: "workspace.general.updated" }, orderBy: { createdAt: "desc" } });
    expect(event).toMatchObject({ targetType: "workspace", targetId: ws.id, before: { name: before.name, timeZone: before.timeZone }, after: { name: "Athens Shoes", timeZone: "Europe/Athens" } });
    expect(Object.keys(event.after as object).sort()).toEqual(["name", "timeZone"]);

    await updateWorkspaceGeneral(admin, { name: "Athens Shoes", timeZone: "Europe/Athens", defaultLocale: "el" });
    const second = await db().auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id, action: "workspace.general.updated" }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    expect(second).toMatchObject({ before: { defaultLocale: before.defaultLocale }, after: { defaultLocale: "el" } });
    expect(Object.keys(second.after as object)).toEqual(["defaultLocale"]);

    // Saving without a change writes no event.
    const count = await db().auditEvent.count({ where: { workspaceId: ws.id } });
    await updateWorkspaceGeneral(admin, { name: "Athens Shoes", timeZone: "Europe/Athens", defaultLocale: "el" });
    expect(await db().auditEvent.count({ where: { workspaceId: ws.id } })).toBe(count);
  });

  it("refuses bad values field by field", async () => {
    const e = await rejection(updateWorkspaceGeneral(admin, { name: " ", timeZone: "Mars/Olympus", defaultLocale: "de" as "en" }));
    expect(e).toMatchObject({ code: "VALIDATION", fieldIssues: { name: { code: "required" }, timeZone: { code: "invalid" }, defaultLocale: { code: "invalid" } } });
    expect(await rejection(updateWorkspaceGeneral(admin, { name: "x".repeat(121), timeZone: "UTC", defaultLocale: "en" }))).toMatchObject({ fieldIssues: { name: { code: "tooLong", bound: 120 } } });
    expect((await getWorkspaceGeneral(admin)).name).toBe("Athens Shoes");
  });

  it("agents cannot read or change it, and an admin changes only their own workspace", async () => {
    expect((await rejection(updateWorkspaceGeneral(agent, { name: "Mine now", timeZone: "UTC", defaultLocale: "en" }))).code).toBe("FORBIDDEN");
    expect((await rejection(getWorkspaceGeneral(agent))).code).toBe("FORBIDDEN");
    await updateWorkspaceGeneral(otherAdmin, { name: "Other shop", timeZone: "Europe/Warsaw", defaultLocale: "pl" });
    expect(await getWorkspaceGeneral(admin)).toMatchObject({ name: "Athens Shoes", timeZone: "Europe/Athens", defaultLocale: "el" });
  });
});
