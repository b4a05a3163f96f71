// Members: roles, tenancy and the last-admin rules, against real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadMemberContext } from "@/server/auth/member-context";
import { systemCtx, type Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { changeMemberRole } from "@/server/members/change-member-role";
import { deactivateMember } from "@/server/members/deactivate-member";
import { inviteMember } from "@/server/members/invite-member";
import { listMembers } from "@/server/members/list-members";
import { reactivateMember } from "@/server/members/reactivate-member";
import { revokeInvitation } from "@/server/members/revoke-invitation";
import { memberCtx, rejection, whileRowsLocked, silentLog as log } from "../helpers/context";

/** A workspace with one admin, one agent and one light agent. */
async function team() {
  const ws = await makeWorkspace(db());
  const admin = await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" });
  const agent = await makeMember(db(), ws, { role: "AGENT", name: "Bo Agent" });
  const light = await makeMember(db(), ws, { role: "LIGHT_AGENT", name: "Cy Light" });
  return { ws, admin, agent, light };
}

afterAll(async () => {
  await disconnectDb();
});

describe("roles", () => {
  let t: Awaited<ReturnType<typeof team>>;
  beforeAll(async () => {
    t = await team();
  });

  it.each(["agent", "light"] as const)("a %s may not invite, change roles, (de)activate or revoke", async (who) => {
    const ctx = await memberCtx(t.ws, t[who]);
    const attempts = [
      () => inviteMember(ctx, { email: "new@example.com", role: "AGENT" }),
      () => changeMemberRole(ctx, { memberId: t.agent.memberId, role: "ADMIN" }),
      () => changeMemberRole(ctx, { memberId: ctx.actor.type === "member" ? ctx.actor.memberId : "", role: "ADMIN" }),
      () => deactivateMember(ctx, { memberId: t.admin.memberId }),
      () => reactivateMember(ctx, { memberId: t.agent.memberId }),
      () => revokeInvitation(ctx, { invitationId: "0190c2a0-0000-7000-8000-000000000000" }),
    ];
    for (const attempt of attempts) expect((await rejection(attempt())).code).toBe("FORBIDDEN");
    const roles = await db().member.findMany({ where: { workspaceId: t.ws.id }, select: { role: true, deactivatedAt: true } });
    expect(roles.filter((r) => r.role === "ADMIN")).toHaveLength(1);
    expect(roles.every((r) => r.deactivatedAt === null)).toBe(true);
    expect(await db().invitation.count({ where: { workspaceId: t.ws.id } })).toBe(0);
  });

  it("an agent API token acts as an agent: no admin operations", async () => {
    const ctx: Ctx = { ...systemCtx(db(), t.ws, log, "test"), actor: { type: "api", tokenId: "x", tokenName: "x", role: "AGENT" } };
    expect((await rejection(inviteMember(ctx, { email: "api@example.com", role: "AGENT" }))).code).toBe("FORBIDDEN");
    expect((await rejection(changeMemberRole(ctx, { memberId: t.agent.memberId, role: "ADMIN" }))).code).toBe("FORBIDDEN");
  });

  it("any member can list the members, with the actor marked", async () => {
    const ctx = await memberCtx(t.ws, t.light);
    const members = await listMembers(ctx);
    expect(members.map((m) => [m.name, m.role, m.isSelf])).toEqual([
      ["Ada Admin", "ADMIN", false],
      ["Bo Agent", "AGENT", false],
      ["Cy Light", "LIGHT_AGENT", true],
    ]);
    expect(members[0]).toMatchObject({ email: t.admin.email, deactivatedAt: null, lastSignInAt: null });
  });

  it("an admin changes a role; an unchanged role writes nothing", async () => {
    const ctx = await memberCtx(t.ws, t.admin);
    expect(await changeMemberRole(ctx, { memberId: t.light.memberId, role: "agent" })).toEqual({
      memberId: t.light.memberId,
      role: "AGENT",
      changed: true,
    });
    const before = await db().member.findUniqueOrThrow({ where: { id: t.light.memberId } });
    expect(before.role).toBe("AGENT");
    expect(await changeMemberRole(ctx, { memberId: t.light.memberId, role: "AGENT" })).toMatchObject({ changed: false });
    const after = await db().member.findUniqueOrThrow({ where: { id: t.light.memberId } });
    expect(after.updatedAt).toEqual(before.updatedAt);
  });
});

describe("tenancy", () => {
  it("an admin of one workspace gets NOT_FOUND for another workspace's members", async () => {
    const a = await team();
    const b = await team();
    const ctxA = await memberCtx(a.ws, a.admin);
    for (const attempt of [
      () => changeMemberRole(ctxA, { memberId: b.agent.memberId, role: "ADMIN" }),
      () => deactivateMember(ctxA, { memberId: b.agent.memberId }),
      () => reactivateMember(ctxA, { memberId: b.agent.memberId }),
    ]) {
      expect((await rejection(attempt())).code).toBe("NOT_FOUND");
    }
    const bAgent = await db().member.findUniqueOrThrow({ where: { id: b.agent.memberId } });
    expect(bAgent).toMatchObject({ role: "AGENT", deactivatedAt: null });
    expect((await listMembers(ctxA)).map((m) => m.memberId)).not.toContain(b.agent.memberId);
  });

  it("a member of one workspace has no ctx in another", async () => {
    const a = await team();
    const b = await team();
    expect(await loadMemberContext(db(), log, { id: a.admin.userId, email: a.admin.email, name: "x" }, b.ws.slug)).toBeNull();
  });
});

describe("last admin", () => {
  it("cannot be demoted or deactivated, by themselves or by the system", async () => {
    const t = await team();
    const ctx = await memberCtx(t.ws, t.admin);
    const demote = await rejection(changeMemberRole(ctx, { memberId: t.admin.memberId, role: "AGENT" }));
    expect(demote.code).toBe("CONFLICT");
    expect(demote.fieldIssues?.memberId?.code).toBe("lastAdmin");
    const sys = systemCtx(db(), t.ws, log, "test");
    expect((await rejection(deactivateMember(sys, { memberId: t.admin.memberId }))).code).toBe("CONFLICT");
    expect((await rejection(changeMemberRole(sys, { memberId: t.admin.memberId, role: "LIGHT_AGENT" }))).code).toBe(
      "CONFLICT",
    );
    expect(await db().member.findUniqueOrThrow({ where: { id: t.admin.memberId } })).toMatchObject({
      role: "ADMIN",
      deactivatedAt: null,
    });
  });

  it("an admin may step down when another admin remains, and never deactivates themselves", async () => {
    const t = await team();
    const ctx = await memberCtx(t.ws, t.admin);
    const self = await rejection(deactivateMember(ctx, { memberId: t.admin.memberId }));
    expect(self).toMatchObject({ code: "CONFLICT" });
    expect(self.fieldIssues?.memberId?.code).toBe("self");

    await changeMemberRole(ctx, { memberId: t.agent.memberId, role: "ADMIN" });
    expect(await changeMemberRole(ctx, { memberId: t.admin.memberId, role: "AGENT" })).toMatchObject({ changed: true });
    // The former admin is now an agent: their next request is refused.
    const demoted = await memberCtx(t.ws, t.admin);
    expect((await rejection(changeMemberRole(demoted, { memberId: t.admin.memberId, role: "ADMIN" }))).code).toBe(
      "FORBIDDEN",
    );
  });

  it("two admins demoting each other at once: exactly one succeeds", async () => {
    const t = await team();
    const second = await makeMember(db(), t.ws, { role: "ADMIN" });
    const [ctx1, ctx2] = [await memberCtx(t.ws, t.admin), await memberCtx(t.ws, second)];
    // Both requests are made to wait on the admins' rows, then let go together, so they truly overlap.
    const results = await whileRowsLocked("Member", 
      (tx) => tx.$queryRaw`SELECT "id" FROM "Member" WHERE "workspaceId" = ${t.ws.id}::uuid AND "role" = 'ADMIN' FOR UPDATE`,
      () =>
        Promise.allSettled([
          changeMemberRole(ctx1, { memberId: second.memberId, role: "AGENT" }),
          deactivateMember(ctx2, { memberId: t.admin.memberId }),
        ]),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db().member.count({ where: { workspaceId: t.ws.id, role: "ADMIN", deactivatedAt: null } })).toBe(1);
  });
});

describe("deactivation", () => {
  it("ends access at once and reactivation restores it with the same role", async () => {
    const t = await team();
    const admin = await memberCtx(t.ws, t.admin);
    expect(await deactivateMember(admin, { memberId: t.agent.memberId })).toEqual({ memberId: t.agent.memberId, changed: true });
    expect(
      await loadMemberContext(db(), log, { id: t.agent.userId, email: t.agent.email, name: t.agent.name }, t.ws.slug),
    ).toBeNull();
    expect(await deactivateMember(admin, { memberId: t.agent.memberId })).toMatchObject({ changed: false });
    const listed = await listMembers(admin, { status: "deactivated" });
    expect(listed.map((m) => m.memberId)).toEqual([t.agent.memberId]);
    // Deactivated members sort after active ones.
    expect((await listMembers(admin)).at(-1)?.memberId).toBe(t.agent.memberId);

    const sessionVersion = (await db().user.findUniqueOrThrow({ where: { id: t.agent.userId } })).sessionVersion;
    expect(await reactivateMember(admin, { memberId: t.agent.memberId })).toEqual({ memberId: t.agent.memberId, changed: true });
    const back = await memberCtx(t.ws, t.agent);
    expect(back.actor).toMatchObject({ type: "member", role: "AGENT" });
    expect(await reactivateMember(admin, { memberId: t.agent.memberId })).toMatchObject({ changed: false });
    // The user's sessions elsewhere are untouched.
    expect((await db().user.findUniqueOrThrow({ where: { id: t.agent.userId } })).sessionVersion).toBe(sessionVersion);
  });

  it("rejects malformed ids as validation errors", async () => {
    const t = await team();
    const admin = await memberCtx(t.ws, t.admin);
    const e = await rejection(deactivateMember(admin, { memberId: "not-a-uuid" }));
    expect(e.code).toBe("VALIDATION");
    expect(Object.keys(e.fields ?? {})).toEqual(["memberId"]);
  });
});
