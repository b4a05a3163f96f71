// Moving SLA policies up and down the order they are tried in (the settings page, issue 17) against
// real PostgreSQL: a move swaps two neighbours' positions in one transaction, through the update
// use case (audited); policies sharing a position are numbered in the new order; the ends do not
// move; admins only; another workspace's policy is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { createCalendar } from "@/server/sla/create-calendar";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";
import { moveSlaPolicy } from "@/server/sla/reorder-sla-policies";
import { listSlaPolicies } from "@/server/sla/sla-policy.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { makeWorkspace, makeMember } from "@/server/demo/factories";
import { memberCtx, rejection, workspaceWithRoles } from "../helpers/context";

let ws: CreatedWorkspace;
let admin: Ctx;
let agent: Ctx;
let otherAdmin: Ctx;
let calendarId: string;

beforeAll(async () => {
  ({ ws, admin, agent, otherAdmin } = await workspaceWithRoles());
  calendarId = (await createCalendar(admin, { name: "Office", timeZone: "Europe/Athens", hours: { mon: [["09:00", "17:00"]] } })).id;
});

const policy = (ctx: Ctx, name: string, position: number, cal = calendarId) =>
  createSlaPolicy(ctx, { name, position, calendarId: cal, targets: { normal: { firstResponseMinutes: 60, businessHours: true } } });
const order = async (ctx: Ctx) => (await listSlaPolicies(ctx)).map((p) => [p.name, p.position]);

describe("moving a policy", () => {
  it("swaps it with its neighbour, audited as two updates, and leaves the ends where they are", async () => {
    const a = await policy(admin, "A", 10);
    const b = await policy(admin, "B", 20);
    const c = await policy(admin, "C", 30);
    expect(await moveSlaPolicy(admin, { policyId: c.id, direction: "up" })).toEqual({ moved: true });
    expect(await order(admin)).toEqual([["A", 10], ["C", 20], ["B", 30]]);
    const audit = await db().auditEvent.findMany({ where: { workspaceId: ws.id, action: "sla_policy.updated" }, select: { targetId: true, after: true } });
    expect(audit).toEqual(expect.arrayContaining([{ targetId: c.id, after: { position: 20 } }, { targetId: b.id, after: { position: 30 } }]));

    expect(await moveSlaPolicy(admin, { policyId: a.id, direction: "up" })).toEqual({ moved: false });
    expect(await moveSlaPolicy(admin, { policyId: b.id, direction: "down" })).toEqual({ moved: false });
    expect(await moveSlaPolicy(admin, { policyId: a.id, direction: "down" })).toEqual({ moved: true });
    expect(await order(admin)).toEqual([["C", 10], ["A", 20], ["B", 30]]);
  });

  it("numbers policies that share a position in their new order", async () => {
    const fresh = await makeWorkspace(db());
    const owner = await memberCtx(fresh, await makeMember(db(), fresh, { role: "ADMIN" }));
    const cal = (await createCalendar(owner, { name: "Office", timeZone: "Europe/Tallinn", hours: { tue: [["08:00", "16:00"]] } })).id;
    const first = await policy(owner, "First", 5, cal);
    const second = await policy(owner, "Second", 5, cal);
    const [top, next] = [first, second].sort((x, y) => x.id.localeCompare(y.id));
    await policy(owner, "Third", 7, cal);
    expect(await moveSlaPolicy(owner, { policyId: next!.id, direction: "up" })).toEqual({ moved: true });
    expect(await order(owner)).toEqual([[next!.name, 0], [top!.name, 1], ["Third", 2]]);
  });

  it("is for admins, and another workspace's policy is NOT_FOUND", async () => {
    const mine = await policy(admin, "Mine", 40);
    expect((await rejection(moveSlaPolicy(agent, { policyId: mine.id, direction: "up" }))).code).toBe("FORBIDDEN");
    expect((await rejection(moveSlaPolicy(otherAdmin, { policyId: mine.id, direction: "up" }))).code).toBe("NOT_FOUND");
    expect((await rejection(moveSlaPolicy(admin, { policyId: mine.id, direction: "sideways" as "up" }))).code).toBe("VALIDATION");
    expect((await listSlaPolicies(admin)).find((p) => p.id === mine.id)?.position).toBe(40);
  });
});
