// Invitations: secret handling, single use, expiry, revocation and joining, against real PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appUrl } from "@/env";
import { loadMemberContext } from "@/server/auth/member-context";
import { signInWithPassword } from "@/server/auth/sign-in";
import { systemCtx, type Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { FACTORY_PASSWORD, makeMember, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { acceptInvitation, joinWithInvitation } from "@/server/members/accept-invitation";
import { deactivateMember } from "@/server/members/deactivate-member";
import { getInvitation } from "@/server/members/get-invitation";
import { inviteMember } from "@/server/members/invite-member";
import { listInvitations } from "@/server/members/list-invitations";
import { revokeInvitation } from "@/server/members/revoke-invitation";
import { closePgPool } from "@/server/pg-pool";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, whileRowsLocked, silentLog as log } from "../helpers/context";

const PASSWORD = "a new long password";

let unique = 0;
function freshEmail(): string {
  return `invitee-${Date.now()}-${++unique}@example.com`;
}

let ws: CreatedWorkspace;
let admin: MadeMember;
let adminCtx: Ctx;

beforeAll(async () => {
  ws = await makeWorkspace(db(), { name: "Invite Shop" });
  admin = await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" });
  adminCtx = await memberCtx(ws, admin);
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("inviting", () => {
  it("returns a 256-bit token once, in a link, and stores only its sha256", async () => {
    const email = freshEmail();
    const invited = await inviteMember(adminCtx, { email: email.toUpperCase(), role: "agent" });
    expect(invited.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(invited.token, "base64url")).toHaveLength(32);
    expect(invited.url).toBe(`${appUrl()}/invite/${invited.token}`);
    expect(invited.expiresAt.getTime() - Date.now()).toBeGreaterThan(7 * 24 * 3600 * 1000 - 60_000);

    const rows = await db().$queryRaw<unknown[]>`SELECT * FROM "Invitation" WHERE "id" = ${invited.invitationId}::uuid`;
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(invited.token);
    const row = await db().invitation.findUniqueOrThrow({ where: { id: invited.invitationId } });
    expect(row).toMatchObject({
      workspaceId: ws.id,
      email,
      role: "AGENT",
      tokenHash: sha256Hex(invited.token),
      invitedById: admin.memberId,
      acceptedAt: null,
      revokedAt: null,
    });
  });

  it("refuses to invite an active member", async () => {
    const e = await rejection(inviteMember(adminCtx, { email: admin.email, role: "AGENT" }));
    expect(e.code).toBe("CONFLICT");
    expect(e.fields).toEqual({ email: "is already a member" });
  });

  it("validates the input", async () => {
    const e = await rejection(inviteMember(adminCtx, { email: "not-an-email", role: "OWNER" }));
    expect(e.code).toBe("VALIDATION");
    expect(Object.keys(e.fields ?? {}).sort()).toEqual(["email", "role"]);
  });

  it("a second invitation to the same address revokes the first", async () => {
    const email = freshEmail();
    const first = await inviteMember(adminCtx, { email, role: "AGENT" });
    const second = await inviteMember(adminCtx, { email, role: "LIGHT_AGENT" });
    expect((await getInvitation(db(), { token: first.token })).state).toBe("revoked");
    expect((await getInvitation(db(), { token: second.token })).state).toBe("valid");
    const e = await rejection(acceptInvitation(db(), log, { token: first.token, name: "X", password: PASSWORD }));
    expect(e).toMatchObject({ code: "CONFLICT", fields: { token: "revoked" } });
  });

  it("lists pending invitations with who sent them, not accepted or revoked ones", async () => {
    const other = await makeWorkspace(db());
    const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
    const pending = await inviteMember(otherAdmin, { email: freshEmail(), role: "AGENT" });
    const revoked = await inviteMember(otherAdmin, { email: freshEmail(), role: "AGENT" });
    await revokeInvitation(otherAdmin, { invitationId: revoked.invitationId });
    const accepted = await inviteMember(otherAdmin, { email: freshEmail(), role: "AGENT" });
    await acceptInvitation(db(), log, { token: accepted.token, name: "Joiner", password: PASSWORD });
    const fromCli = await inviteMember(systemCtx(db(), other, log, "test"), { email: freshEmail(), role: "ADMIN" });

    const list = await listInvitations(otherAdmin);
    expect(list.map((i) => i.invitationId).sort()).toEqual([pending.invitationId, fromCli.invitationId].sort());
    expect(list.find((i) => i.invitationId === pending.invitationId)).toMatchObject({
      state: "pending",
      role: "AGENT",
      invitedByName: "Test Member",
    });
    expect(list.find((i) => i.invitationId === fromCli.invitationId)?.invitedByName).toBeNull();
    expect(JSON.stringify(list)).not.toMatch(/tokenHash|[0-9a-f]{64}/);
  });

  it("an admin cannot revoke another workspace's invitation", async () => {
    const other = await makeWorkspace(db());
    const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
    const invited = await inviteMember(otherAdmin, { email: freshEmail(), role: "AGENT" });
    expect((await rejection(revokeInvitation(adminCtx, { invitationId: invited.invitationId }))).code).toBe("NOT_FOUND");
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("valid");
  });
});

describe("the invitation page", () => {
  it("shows the workspace, address, role and state, never the hash", async () => {
    const email = freshEmail();
    const invited = await inviteMember(adminCtx, { email, role: "LIGHT_AGENT" });
    const view = await getInvitation(db(), { token: invited.token });
    expect(view).toEqual({
      workspaceName: "Invite Shop",
      workspaceSlug: ws.slug,
      email,
      role: "LIGHT_AGENT",
      expiresAt: invited.expiresAt,
      state: "valid",
    });
  });

  it("looks the same whether or not the address has an account elsewhere", async () => {
    const elsewhere = await makeWorkspace(db(), { name: "Elsewhere" });
    const person = await makeMember(db(), elsewhere, { role: "ADMIN" });
    const forExisting = await getInvitation(db(), { token: (await inviteMember(adminCtx, { email: person.email, role: "AGENT" })).token });
    const forNew = await getInvitation(db(), { token: (await inviteMember(adminCtx, { email: freshEmail(), role: "AGENT" })).token });
    expect(Object.keys(forExisting).sort()).toEqual(Object.keys(forNew).sort());
    const { email: _e1, expiresAt: _x1, ...sameExisting } = forExisting;
    const { email: _e2, expiresAt: _x2, ...sameNew } = forNew;
    expect(sameExisting).toEqual(sameNew);
  });

  it("unknown and malformed tokens are NOT_FOUND", async () => {
    const unknown = "A".repeat(43);
    expect((await rejection(getInvitation(db(), { token: unknown }))).code).toBe("NOT_FOUND");
    expect((await rejection(getInvitation(db(), { token: "short" }))).code).toBe("NOT_FOUND");
    expect((await rejection(acceptInvitation(db(), log, { token: unknown, name: "X", password: PASSWORD }))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("accepting", () => {
  it("creates the account and membership once; the person can then sign in", async () => {
    const email = freshEmail();
    const invited = await inviteMember(adminCtx, { email, role: "AGENT" });
    const accepted = await acceptInvitation(db(), log, { token: invited.token, name: "  Nia New ", password: PASSWORD });
    expect(accepted).toMatchObject({ email, workspaceSlug: ws.slug, role: "AGENT", createdUser: true });

    const user = await db().user.findUniqueOrThrow({ where: { email } });
    expect(user.name).toBe("Nia New");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    const ctx = await loadMemberContext(db(), log, user, ws.slug);
    expect(ctx?.actor).toMatchObject({ type: "member", role: "AGENT", memberId: accepted.memberId });
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("used");

    const again = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Nia", password: PASSWORD }));
    expect(again).toMatchObject({ code: "CONFLICT", fields: { token: "used" } });
    expect(again.fieldIssues?.token?.code).toBe("used");

    expect(await signInWithPassword(db(), log, { email, password: PASSWORD }, null)).toMatchObject({ id: user.id, email });
    expect(await signInWithPassword(db(), log, { email, password: "wrong password" }, null)).toBeNull();
  });

  it("two concurrent accepts of one token: exactly one wins", async () => {
    const email = freshEmail();
    const invited = await inviteMember(adminCtx, { email, role: "AGENT" });
    // Both accepts are made to wait on the invitation's row, then let go together.
    const results = await whileRowsLocked("Invitation", 
      (tx) => tx.$queryRaw`SELECT "id" FROM "Invitation" WHERE "id" = ${invited.invitationId}::uuid FOR UPDATE`,
      () =>
        Promise.allSettled([
          acceptInvitation(db(), log, { token: invited.token, name: "First", password: PASSWORD }),
          acceptInvitation(db(), log, { token: invited.token, name: "Second", password: PASSWORD }),
        ]),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && failed.reason).toMatchObject({ code: "CONFLICT", fields: { token: "used" } });
    expect(await db().member.count({ where: { workspaceId: ws.id, user: { email } } })).toBe(1);
  });

  it("refuses an expired invitation", async () => {
    const invited = await inviteMember(adminCtx, { email: freshEmail(), role: "AGENT" });
    await db().invitation.update({ where: { id: invited.invitationId }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("expired");
    const e = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Late", password: PASSWORD }));
    expect(e).toMatchObject({ code: "CONFLICT", fields: { token: "expired" } });
    expect(await db().user.count({ where: { email: (await db().invitation.findUniqueOrThrow({ where: { id: invited.invitationId } })).email } })).toBe(0);
    expect((await listInvitations(adminCtx)).find((i) => i.invitationId === invited.invitationId)?.state).toBe("expired");
  });

  it("refuses a revoked invitation", async () => {
    const invited = await inviteMember(adminCtx, { email: freshEmail(), role: "AGENT" });
    expect(await revokeInvitation(adminCtx, { invitationId: invited.invitationId })).toEqual({ invitationId: invited.invitationId });
    const e = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Nope", password: PASSWORD }));
    expect(e).toMatchObject({ code: "CONFLICT", fields: { token: "revoked" } });
    // An accepted invitation cannot be revoked afterwards.
    const used = await inviteMember(adminCtx, { email: freshEmail(), role: "AGENT" });
    await acceptInvitation(db(), log, { token: used.token, name: "Used", password: PASSWORD });
    expect((await rejection(revokeInvitation(adminCtx, { invitationId: used.invitationId }))).code).toBe("CONFLICT");
  });

  it("a new account needs a name and a long enough password", async () => {
    const invited = await inviteMember(adminCtx, { email: freshEmail(), role: "AGENT" });
    const noName = await rejection(acceptInvitation(db(), log, { token: invited.token, password: PASSWORD }));
    expect(noName).toMatchObject({ code: "VALIDATION", fields: { name: "is required" } });
    const short = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Shorty", password: "short" }));
    expect(short.code).toBe("VALIDATION");
    expect(short.fieldIssues?.password).toMatchObject({ code: "tooShort", bound: 8 });
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("valid");
  });

  it("an existing account never joins by a password typed on the invitation: its owner signs in instead", async () => {
    const elsewhere = await makeWorkspace(db());
    const person = await makeMember(db(), elsewhere, { role: "ADMIN", name: "Old Hand" });
    const before = await db().user.findUniqueOrThrow({ where: { id: person.userId } });
    const invited = await inviteMember(adminCtx, { email: person.email, role: "LIGHT_AGENT" });

    // The right password and a wrong one get the same answer: nothing to guess with.
    const right = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Taker", password: FACTORY_PASSWORD }));
    const wrong = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Taker", password: "not the password" }));
    expect(right).toMatchObject({ code: "CONFLICT", fieldIssues: { email: { code: "signInToAccept" } } });
    expect({ ...wrong, cause: undefined, stack: undefined }).toMatchObject({ code: right.code, fields: right.fields });
    expect(await db().member.count({ where: { workspaceId: ws.id, userId: person.userId } })).toBe(0);
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("valid");

    // Signed in as that account, one step joins, and the account stays as it was.
    const accepted = await joinWithInvitation(db(), log, { token: invited.token }, { id: person.userId, email: person.email });
    expect(accepted).toMatchObject({ userId: person.userId, createdUser: false, role: "LIGHT_AGENT", workspaceSlug: ws.slug });
    const after = await db().user.findUniqueOrThrow({ where: { id: person.userId } });
    expect(after).toMatchObject({ name: "Old Hand", passwordHash: before.passwordHash });
    expect(await loadMemberContext(db(), log, after, ws.slug)).not.toBeNull();
    expect(await loadMemberContext(db(), log, after, elsewhere.slug)).not.toBeNull();
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("used");
  });

  it("joining needs the signed-in account to be the invited address", async () => {
    const someoneElse = await makeMember(db(), await makeWorkspace(db()), { role: "AGENT" });
    const invited = await inviteMember(adminCtx, { email: freshEmail(), role: "ADMIN" });
    const e = await rejection(
      joinWithInvitation(db(), log, { token: invited.token }, { id: someoneElse.userId, email: someoneElse.email }),
    );
    expect(e).toMatchObject({ code: "FORBIDDEN", fieldIssues: { email: { code: "otherAccount" } } });
    expect(await db().member.count({ where: { workspaceId: ws.id, userId: someoneElse.userId } })).toBe(0);
    expect((await getInvitation(db(), { token: invited.token })).state).toBe("valid");
  });

  it("cannot set the password of a password-less account that belongs to a workspace", async () => {
    const elsewhere = await makeWorkspace(db());
    const email = freshEmail();
    const user = await db().user.create({ data: { email, name: "No Password", passwordHash: null } });
    await db().member.create({ data: { workspaceId: elsewhere.id, userId: user.id, role: "AGENT" } });
    const invited = await inviteMember(adminCtx, { email, role: "ADMIN" });
    const e = await rejection(acceptInvitation(db(), log, { token: invited.token, name: "Taker", password: PASSWORD }));
    expect(e).toMatchObject({ code: "CONFLICT", fields: { email: "has no password" } });
    expect(await db().user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ passwordHash: null, name: "No Password" });
    expect(await db().member.count({ where: { workspaceId: ws.id, userId: user.id } })).toBe(0);
  });

  it("a deactivated member invited again comes back with the new role", async () => {
    const agent = await makeMember(db(), ws, { role: "AGENT" });
    await deactivateMember(adminCtx, { memberId: agent.memberId });
    const invited = await inviteMember(adminCtx, { email: agent.email, role: "ADMIN" });
    const accepted = await joinWithInvitation(db(), log, { token: invited.token }, { id: agent.userId, email: agent.email });
    expect(accepted.memberId).toBe(agent.memberId);
    expect(await db().member.findUniqueOrThrow({ where: { id: agent.memberId } })).toMatchObject({
      role: "ADMIN",
      deactivatedAt: null,
    });
  });
});

