// API tokens: creation, authentication, tenancy and revocation, against real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { listApiTokens } from "@/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { changeMemberRole } from "@/server/members/change-member-role";
import { deactivateMember } from "@/server/members/deactivate-member";
import { reactivateMember } from "@/server/members/reactivate-member";

import { systemCtx, type Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog as log } from "../helpers/context";

let a: CreatedWorkspace;
let b: CreatedWorkspace;
let adminA: Ctx;
let adminB: Ctx;
let agentA: Ctx;
let lightA: Ctx;

beforeAll(async () => {
  a = await makeWorkspace(db());
  b = await makeWorkspace(db());
  adminA = await memberCtx(a, await makeMember(db(), a, { role: "ADMIN", name: "Ada Admin" }));
  adminB = await memberCtx(b, await makeMember(db(), b, { role: "ADMIN" }));
  agentA = await memberCtx(a, await makeMember(db(), a, { role: "AGENT" }));
  lightA = await memberCtx(a, await makeMember(db(), a, { role: "LIGHT_AGENT" }));
});

afterAll(async () => {
  await disconnectDb();
});

describe("creating", () => {
  it("returns an sd_ token once and stores its sha256 and a display prefix", async () => {
    const created = await createApiToken(adminA, { name: " shop-sync " });
    expect(created.name).toBe("shop-sync");
    expect(created.token).toMatch(/^sd_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(created.token.slice(3), "base64url")).toHaveLength(32);
    expect(created.prefix).toBe(created.token.slice(0, 10));

    const row = await db().apiToken.findUniqueOrThrow({ where: { id: created.tokenId } });
    expect(row).toMatchObject({ workspaceId: a.id, name: "shop-sync", tokenHash: sha256Hex(created.token), lastUsedAt: null });
    expect(row.createdById).not.toBeNull();
    const raw = await db().$queryRaw<unknown[]>`SELECT * FROM "ApiToken" WHERE "id" = ${created.tokenId}::uuid`;
    expect(JSON.stringify(raw)).not.toContain(created.token);
  });

  it("names are unique per workspace", async () => {
    await createApiToken(adminA, { name: "dup" });
    const e = await rejection(createApiToken(adminA, { name: "dup" }));
    expect(e).toMatchObject({ code: "CONFLICT", fields: { name: "is already taken" } });
    await expect(createApiToken(adminB, { name: "dup" })).resolves.toMatchObject({ name: "dup" });
    expect((await rejection(createApiToken(adminA, { name: "   " }))).code).toBe("VALIDATION");
  });

  it("only admins (and the operator CLI) manage tokens", async () => {
    for (const ctx of [agentA, lightA]) {
      expect((await rejection(createApiToken(ctx, { name: "nope" }))).code).toBe("FORBIDDEN");
      expect((await rejection(revokeApiToken(ctx, { name: "dup" }))).code).toBe("FORBIDDEN");
      expect((await rejection(listApiTokens(ctx))).code).toBe("FORBIDDEN");
    }
    const created = await createApiToken(adminA, { name: "chain" });
    const apiCtx = await authenticateApiToken(db(), log, created.token);
    expect(apiCtx).not.toBeNull();
    expect((await rejection(createApiToken(apiCtx!, { name: "minted-by-a-token" }))).code).toBe("FORBIDDEN");
    await expect(createApiToken(systemCtx(db(), a, log, "cli"), { name: "from-cli" })).resolves.toMatchObject({
      name: "from-cli",
    });
    expect(await db().apiToken.count({ where: { workspaceId: a.id, name: { in: ["nope", "minted-by-a-token"] } } })).toBe(0);
  });
});

describe("authenticating", () => {
  it("gives a ctx of the token's workspace only, acting as the API", async () => {
    const tokenA = await createApiToken(adminA, { name: "auth-a" });
    const tokenB = await createApiToken(adminB, { name: "auth-b" });
    const ctxA = await authenticateApiToken(db(), log, tokenA.token);
    expect(ctxA?.workspace).toEqual({ id: a.id, slug: a.slug, name: a.name, timeZone: a.timeZone, defaultLocale: a.defaultLocale });
    expect(ctxA?.actor).toEqual({ type: "api", tokenId: tokenA.tokenId, tokenName: "auth-a", role: "AGENT" });
    const ctxB = await authenticateApiToken(db(), log, `Bearer ${tokenB.token}`);
    expect(ctxB?.workspace.id).toBe(b.id);
  });

  it("an agent token acts as an agent and an admin token as an admin", async () => {
    const agentToken = await createApiToken(adminA, { name: "role-agent" });
    const adminToken = await createApiToken(adminA, { name: "role-admin", role: "admin" });
    expect(agentToken.role).toBe("AGENT");
    expect(adminToken.role).toBe("ADMIN");
    const asAgent = (await authenticateApiToken(db(), log, agentToken.token))!;
    const asAdmin = (await authenticateApiToken(db(), log, adminToken.token))!;
    expect(asAgent.actor).toMatchObject({ type: "api", role: "AGENT" });
    expect(asAdmin.actor).toMatchObject({ type: "api", role: "ADMIN" });
    expect((await rejection(listApiTokens(asAgent))).code).toBe("FORBIDDEN");
    const listed = await listApiTokens(asAdmin);
    expect(listed.find((t) => t.name === "role-admin")?.role).toBe("ADMIN");
    expect(listed.find((t) => t.name === "role-agent")?.role).toBe("AGENT");
    expect((await rejection(createApiToken(adminA, { name: "role-x", role: "owner" }))).fields).toHaveProperty("role");
  });

  it("refuses unknown, altered and malformed tokens", async () => {
    const { token } = await createApiToken(adminA, { name: "altered" });
    const last = token.at(-1) === "A" ? "B" : "A";
    for (const bad of [`${token.slice(0, -1)}${last}`, `sd_${"x".repeat(43)}`, token.slice(3), "", "Bearer ", `${token}x`]) {
      expect(await authenticateApiToken(db(), log, bad)).toBeNull();
    }
  });

  it("records the last use at most once a minute", async () => {
    const created = await createApiToken(adminA, { name: "usage" });
    await authenticateApiToken(db(), log, created.token);
    const first = (await db().apiToken.findUniqueOrThrow({ where: { id: created.tokenId } })).lastUsedAt;
    expect(first).toBeInstanceOf(Date);
    await authenticateApiToken(db(), log, created.token);
    expect((await db().apiToken.findUniqueOrThrow({ where: { id: created.tokenId } })).lastUsedAt).toEqual(first);

    const old = new Date(Date.now() - 5 * 60_000);
    await db().apiToken.update({ where: { id: created.tokenId }, data: { lastUsedAt: old } });
    await authenticateApiToken(db(), log, created.token);
    const later = (await db().apiToken.findUniqueOrThrow({ where: { id: created.tokenId } })).lastUsedAt;
    expect(later!.getTime()).toBeGreaterThan(old.getTime() + 60_000);
  });
});

describe("listing and revoking", () => {
  it("lists names and prefixes without hashes", async () => {
    const ws = await makeWorkspace(db());
    const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN", name: "Lister" }));
    const one = await createApiToken(admin, { name: "one" });
    await createApiToken(systemCtx(db(), ws, log, "cli"), { name: "two" });
    const list = await listApiTokens(admin);
    expect(list.map((t) => t.name)).toEqual(["two", "one"]);
    expect(list.find((t) => t.name === "one")).toMatchObject({ prefix: one.prefix, createdByName: "Lister", lastUsedAt: null });
    expect(list.find((t) => t.name === "one")?.status).toBe("active");
    expect(list.find((t) => t.name === "two")).toMatchObject({ createdByName: null, status: "active" });
    expect(JSON.stringify(list)).not.toMatch(/[0-9a-f]{64}/);
  });

  it("a revoked token no longer authenticates; revoking is scoped to the workspace", async () => {
    const created = await createApiToken(adminA, { name: "to-revoke" });
    expect(await authenticateApiToken(db(), log, created.token)).not.toBeNull();

    // Workspace B has no token of that name: A's token is untouched.
    expect((await rejection(revokeApiToken(adminB, { name: "to-revoke" }))).code).toBe("NOT_FOUND");
    expect(await authenticateApiToken(db(), log, created.token)).not.toBeNull();

    expect(await revokeApiToken(adminA, { name: "to-revoke" })).toEqual({ tokenId: created.tokenId, name: "to-revoke" });
    expect(await authenticateApiToken(db(), log, created.token)).toBeNull();
    expect(await db().apiToken.count({ where: { id: created.tokenId } })).toBe(0);
    expect((await rejection(revokeApiToken(adminA, { name: "to-revoke" }))).code).toBe("NOT_FOUND");
  });
});

describe("tokens die with their creator's membership", () => {
  it("stop authenticating when the admin who made them is deactivated, and list why", async () => {
    const ws = await makeWorkspace(db());
    const keeper = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN", name: "Keeper" }));
    const leaver = await makeMember(db(), ws, { role: "ADMIN", name: "Leaver" });
    const theirs = await createApiToken(await memberCtx(ws, leaver), { name: "leavers-sync" });
    const operators = await createApiToken(systemCtx(db(), ws, log, "cli"), { name: "operator-sync" });
    expect(await authenticateApiToken(db(), log, theirs.token)).not.toBeNull();

    await deactivateMember(keeper, { memberId: leaver.memberId });
    expect(await authenticateApiToken(db(), log, theirs.token)).toBeNull();
    // Tokens of the operator CLI belong to the workspace and live until revoked.
    expect(await authenticateApiToken(db(), log, operators.token)).not.toBeNull();
    const list = await listApiTokens(keeper);
    expect(list.find((t) => t.name === "leavers-sync")).toMatchObject({ createdByName: "Leaver", status: "creatorDeactivated" });
    expect(list.find((t) => t.name === "operator-sync")).toMatchObject({ createdByName: null, status: "active" });

    // Back as an admin, the token works again (an admin can also revoke it for good).
    await reactivateMember(keeper, { memberId: leaver.memberId });
    expect(await authenticateApiToken(db(), log, theirs.token)).not.toBeNull();
  });

  it("stop authenticating when their creator is no longer an admin", async () => {
    const ws = await makeWorkspace(db());
    const keeper = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
    const demoted = await makeMember(db(), ws, { role: "ADMIN", name: "Demoted" });
    const theirs = await createApiToken(await memberCtx(ws, demoted), { name: "demoted-sync" });

    await changeMemberRole(keeper, { memberId: demoted.memberId, role: "AGENT" });
    expect(await authenticateApiToken(db(), log, theirs.token)).toBeNull();
    expect((await listApiTokens(keeper)).find((t) => t.name === "demoted-sync")).toMatchObject({
      createdByName: "Demoted",
      status: "creatorNotAdmin",
    });
  });
});
