// Settings > Tags against real PostgreSQL: the list counts each tag's tickets in one grouped
// query, by name with keyset pages and a prefix search; renaming into an existing name merges
// (the tickets get the existing tag, a ticket with both keeps one); deleting takes the tag off
// its tickets; each change has its audit event; agents cannot; another workspace's tag is NOT_FOUND.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeTicket } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { deleteTag } from "@/server/tags/delete-tag";
import { renameTag } from "@/server/tags/rename-tag";
import { listTagsForSettings, TAG_PAGE } from "@/server/tags/tag.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { rejection, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let otherAdmin: Ctx;
const tickets: Record<string, number> = {};

beforeAll(async () => {
  ({ ws, admin, agent, otherAdmin } = await workspaceWithRoles());
  const customer = await makeCustomer(db(), ws.id);
  tickets.a = (await makeTicket(db(), ws, { customer, tags: ["vip", "wholesale"] })).number;
  tickets.b = (await makeTicket(db(), ws, { customer, tags: ["vip", "b2b"] })).number;
  tickets.c = (await makeTicket(db(), ws, { customer, tags: ["b2b"] })).number;
  tickets.d = (await makeTicket(db(), ws, { customer, tags: ["fragile"] })).number;
});

afterAll(async () => {
  await disconnectDb();
  await closePgPool();
});

async function tagsOf(number: number): Promise<string[]> {
  const t = await db().ticket.findUniqueOrThrow({ where: { workspaceId_number: { workspaceId: ws.id, number } }, select: { tags: { select: { tag: { select: { name: true } } } } } });
  return t.tags.map((x) => x.tag.name).sort();
}
const tagId = async (name: string) => (await db().tag.findUniqueOrThrow({ where: { workspaceId_name: { workspaceId: ws.id, name } } })).id;
const lastEvent = () => db().auditEvent.findFirstOrThrow({ where: { workspaceId: ws.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });

describe("the list", () => {
  it("names each tag with its ticket count, by name", async () => {
    const page = await listTagsForSettings(admin);
    expect(page).toEqual({
      tags: [
        { id: await tagId("b2b"), name: "b2b", tickets: 2 },
        { id: await tagId("fragile"), name: "fragile", tickets: 1 },
        { id: await tagId("vip"), name: "vip", tickets: 2 },
        { id: await tagId("wholesale"), name: "wholesale", tickets: 1 },
      ],
      nextAfter: null,
    });
    expect((await listTagsForSettings(admin, { q: "W" })).tags.map((t) => t.name)).toEqual(["wholesale"]);
    expect((await listTagsForSettings(admin, { q: "%" })).tags).toEqual([]);
  });

  it("pages by name after the last one shown", async () => {
    const other = await workspaceWithRoles();
    const names = Array.from({ length: TAG_PAGE + 5 }, (_, i) => `t${String(i).padStart(3, "0")}`);
    await db().tag.createMany({ data: names.map((name) => ({ workspaceId: other.ws.id, name })) });
    const first = await listTagsForSettings(other.admin);
    expect(first.tags).toHaveLength(TAG_PAGE);
    expect(first.nextAfter).toBe(names[TAG_PAGE - 1]);
    const second = await listTagsForSettings(other.admin, { after: first.nextAfter! });
    expect(second).toMatchObject({ nextAfter: null });
    expect(second.tags.map((t) => t.name)).toEqual(names.slice(TAG_PAGE));
  });
});

describe("changes", () => {
  it("renames a tag in place and logs it", async () => {
    const id = await tagId("fragile");
    expect(await renameTag(admin, { tagId: id, name: "  Handle-With-Care " })).toEqual({ id, name: "handle-with-care", merged: false });
    expect(await tagsOf(tickets.d!)).toEqual(["handle-with-care"]);
    expect(await lastEvent()).toMatchObject({ action: "tag.renamed", targetType: "tag", targetId: id, before: { name: "fragile" }, after: { name: "handle-with-care" } });
  });

  it("merges into an existing tag: its tickets get that tag, once", async () => {
    const b2b = await tagId("b2b");
    const vip = await tagId("vip");
    expect(await renameTag(admin, { tagId: b2b, name: "vip" })).toEqual({ id: vip, name: "vip", merged: true });
    expect(await tagsOf(tickets.a!)).toEqual(["vip", "wholesale"]);
    expect(await tagsOf(tickets.b!)).toEqual(["vip"]);
    expect(await tagsOf(tickets.c!)).toEqual(["vip"]);
    expect(await db().tag.findUnique({ where: { id: b2b } })).toBeNull();
    expect((await listTagsForSettings(admin)).tags.find((t) => t.name === "vip")).toMatchObject({ tickets: 3 });
    expect(await lastEvent()).toMatchObject({ action: "tag.merged", targetId: vip, before: { name: "b2b", tickets: 2 }, after: { name: "vip", tickets: 3 } });
  });

  it("deletes a tag from its tickets after logging its name and count", async () => {
    const id = await tagId("wholesale");
    expect(await deleteTag(admin, { tagId: id })).toEqual({ id, tickets: 1 });
    expect(await tagsOf(tickets.a!)).toEqual(["vip"]);
    expect(await db().tag.findUnique({ where: { id } })).toBeNull();
    expect(await lastEvent()).toMatchObject({ action: "tag.deleted", targetId: id, before: { name: "wholesale", tickets: 1 }, after: null });
  });

  it("refuses a bad name with a field code", async () => {
    const id = await tagId("vip");
    expect(await rejection(renameTag(admin, { tagId: id, name: "  " }))).toMatchObject({ code: "VALIDATION", fieldIssues: { name: { code: "required" } } });
    expect(await rejection(renameTag(admin, { tagId: id, name: "x".repeat(61) }))).toMatchObject({ fieldIssues: { name: { code: "tooLong", bound: 60 } } });
  });
});

describe("authorization and tenancy", () => {
  it("agents cannot list, rename or delete tags", async () => {
    const id = await tagId("vip");
    expect((await rejection(listTagsForSettings(agent))).code).toBe("FORBIDDEN");
    expect((await rejection(renameTag(agent, { tagId: id, name: "mine" }))).code).toBe("FORBIDDEN");
    expect((await rejection(deleteTag(agent, { tagId: id }))).code).toBe("FORBIDDEN");
  });

  it("another workspace's admin gets NOT_FOUND, and never merges into its own tags", async () => {
    const id = await tagId("vip");
    expect((await rejection(renameTag(otherAdmin, { tagId: id, name: "stolen" }))).code).toBe("NOT_FOUND");
    expect((await rejection(deleteTag(otherAdmin, { tagId: id }))).code).toBe("NOT_FOUND");
    expect((await listTagsForSettings(otherAdmin)).tags).toEqual([]);
    expect(await tagsOf(tickets.a!)).toEqual(["vip"]);
  });
});
