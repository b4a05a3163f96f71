// Saved views against real PostgreSQL: personal views for any agent (light agents included),
// shared ones for admins only; names unique per owner (and among shared views); only the owner,
// or an admin for a shared view, changes a view; someone else's personal view and another
// workspace's views are NOT_FOUND, never FORBIDDEN.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { deleteSavedView } from "@/server/saved-views/delete-saved-view";
import { listSavedViews } from "@/server/saved-views/list-saved-views";
import { updateSavedView } from "@/server/saved-views/update-saved-view";
import type { CreateSavedViewInput } from "@/server/saved-views/saved-view.schemas";
import { memberCtx, rejection, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let light: Ctx;
let otherAdmin: Ctx;

beforeAll(async () => {
  ({ ws, admin, agent, light, otherAdmin } = await workspaceWithRoles());
});

const code = async (p: Promise<unknown>) => (await rejection(p)).code;

describe("creating", () => {
  it("a light agent saves a personal view but not a shared one; an admin saves both", async () => {
    const personal = await createSavedView(light, { name: "My urgent", filters: { priority: ["URGENT"], assignee: "me" } });
    expect(personal).toMatchObject({ name: "My urgent", filters: { priority: ["URGENT"], assignee: "me" }, sort: "activity", shared: false, ownedByMe: true });
    expect(await code(createSavedView(light, { name: "Team urgent", filters: {}, shared: true }))).toBe("FORBIDDEN");
    expect(await code(createSavedView(agent, { name: "Team urgent", filters: {}, shared: true }))).toBe("FORBIDDEN");
    const shared = await createSavedView(admin, { name: "Team urgent", filters: { priority: ["URGENT"] }, sort: "created", shared: true });
    expect(shared).toMatchObject({ shared: true, ownedByMe: false, sort: "created" });
    expect(await db().savedView.count({ where: { workspaceId: ws.id, name: "Team urgent" } })).toBe(1);
  });

  it("validates the name and the filters with field errors", async () => {
    const name = await rejection(createSavedView(agent, { name: "  ", filters: {} }));
    expect(name.code).toBe("VALIDATION");
    expect(name.fields).toHaveProperty("name");
    expect((await rejection(createSavedView(agent, { name: "x".repeat(81), filters: {} }))).fields).toHaveProperty("name");
    const filters = await rejection(createSavedView(agent, { name: "Bad", filters: { status: ["SOLVED"] } } as unknown as CreateSavedViewInput));
    expect(Object.keys(filters.fields ?? {})[0]).toMatch(/^filters/);
    expect((await rejection(createSavedView(agent, { name: "Bad", filters: { whatever: 1 } } as unknown as CreateSavedViewInput))).code).toBe("VALIDATION");
  });

  it("refuses a name the owner already uses (any case), and a shared name already shared", async () => {
    await createSavedView(agent, { name: "Returns", filters: { area: "returns" } });
    const taken = await rejection(createSavedView(agent, { name: "RETURNS ", filters: {} }));
    expect(taken.code).toBe("VALIDATION");
    expect(taken.fieldIssues?.name?.code).toBe("taken");
    // Another member, or the shared views, may use the same name.
    await createSavedView(light, { name: "Returns", filters: {} });
    await createSavedView(admin, { name: "Returns", filters: {}, shared: true });
    expect((await rejection(createSavedView(admin, { name: "returns", filters: {}, shared: true }))).fields).toHaveProperty("name");
  });

  it("serializes two saves of one name: exactly one wins", async () => {
    const results = await Promise.allSettled([
      createSavedView(agent, { name: "Raced", filters: {} }),
      createSavedView(agent, { name: "Raced", filters: {} }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db().savedView.count({ where: { workspaceId: ws.id, name: "Raced" } })).toBe(1);
  });
});

describe("listing", () => {
  it("shows my views and the shared ones by name, never someone else's personal view", async () => {
    const list = await listSavedViews(light);
    expect(list.map((v) => [v.name, v.shared, v.ownedByMe])).toEqual([
      ["My urgent", false, true],
      ["Returns", false, true],
      ["Returns", true, false],
      ["Team urgent", true, false],
    ]);
    expect((await listSavedViews(otherAdmin)).map((v) => v.name)).toEqual([]);
  });
});

describe("changing", () => {
  it("the owner renames and refilters a personal view; others get NOT_FOUND", async () => {
    const v = await createSavedView(light, { name: "Draft", filters: { status: ["OPEN"] } });
    const renamed = await updateSavedView(light, { id: v.id, name: "Open chats", filters: { status: ["OPEN"], channel: ["CHAT"] }, sort: "created" });
    expect(renamed).toMatchObject({ id: v.id, name: "Open chats", filters: { status: ["OPEN"], channel: ["CHAT"] }, sort: "created" });
    expect(await code(updateSavedView(agent, { id: v.id, name: "Mine now" }))).toBe("NOT_FOUND");
    // Even an admin does not see a member's personal view.
    expect(await code(updateSavedView(admin, { id: v.id, name: "Mine now" }))).toBe("NOT_FOUND");
    expect(await code(deleteSavedView(admin, { id: v.id }))).toBe("NOT_FOUND");
    expect(await code(updateSavedView(light, { id: v.id, name: "my urgent" }))).toBe("VALIDATION");
    // Renaming to its own name (another case) is fine.
    expect((await updateSavedView(light, { id: v.id, name: "OPEN CHATS" })).name).toBe("OPEN CHATS");
  });

  it("an agent cannot edit or delete an admin's shared view (FORBIDDEN); an admin can", async () => {
    const shared = await createSavedView(admin, { name: "Escalations", filters: { priority: ["URGENT"] }, shared: true });
    expect(await code(updateSavedView(agent, { id: shared.id, name: "Mine" }))).toBe("FORBIDDEN");
    expect(await code(updateSavedView(light, { id: shared.id, filters: {} }))).toBe("FORBIDDEN");
    expect(await code(deleteSavedView(agent, { id: shared.id }))).toBe("FORBIDDEN");
    expect((await db().savedView.findUniqueOrThrow({ where: { id: shared.id } })).name).toBe("Escalations");
    const admin2 = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
    expect(await updateSavedView(admin2, { id: shared.id, filters: { priority: ["HIGH", "URGENT"] } })).toMatchObject({
      name: "Escalations",
      filters: { priority: ["HIGH", "URGENT"] },
      shared: true,
    });
    expect(await deleteSavedView(admin, { id: shared.id })).toEqual({ id: shared.id });
    expect(await db().savedView.findUnique({ where: { id: shared.id } })).toBeNull();
  });

  it("another workspace's view id is NOT_FOUND for everything, even to an admin", async () => {
    const foreign = await createSavedView(otherAdmin, { name: "Theirs", filters: {}, shared: true });
    expect(await code(updateSavedView(admin, { id: foreign.id, name: "Ours" }))).toBe("NOT_FOUND");
    expect(await code(deleteSavedView(admin, { id: foreign.id }))).toBe("NOT_FOUND");
    expect(await code(updateSavedView(admin, { id: "019ab1c2-0000-7000-8000-000000000001", name: "Ghost" }))).toBe("NOT_FOUND");
    expect((await db().savedView.findUniqueOrThrow({ where: { id: foreign.id } })).name).toBe("Theirs");
  });

  it("the owner deletes a personal view", async () => {
    const v = await createSavedView(agent, { name: "Temporary", filters: {} });
    await deleteSavedView(agent, { id: v.id });
    expect((await listSavedViews(agent)).map((x) => x.id)).not.toContain(v.id);
  });
});
