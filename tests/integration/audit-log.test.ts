// The audit log against real PostgreSQL: each kind of settings, member, invitation, token and
// mailbox change writes one event with the changed fields and the actor; a refused change writes
// none; a secret is logged as changed, never by value; events stay in their workspace.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchMailbox } from "@/app/api/v1/mailboxes/[id]/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import { systemCtx, type Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { acceptInvitation } from "@/server/members/accept-invitation";
import { addMemberWithPassword } from "@/server/members/add-member-with-password";
import { changeMemberRole } from "@/server/members/change-member-role";
import { deactivateMember } from "@/server/members/deactivate-member";
import { inviteMember } from "@/server/members/invite-member";
import { reactivateMember } from "@/server/members/reactivate-member";
import { revokeInvitation } from "@/server/members/revoke-invitation";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { deleteMailbox } from "@/server/mailboxes/delete-mailbox";
import { rotateInboundSecret } from "@/server/mailboxes/rotate-inbound-secret";
import { updateMailbox } from "@/server/mailboxes/update-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { removeWorkspaceLogo } from "@/server/workspaces/remove-workspace-logo";
import { updateWorkspaceBranding } from "@/server/workspaces/update-workspace-branding";
import { updateWorkspaceSettings } from "@/server/workspaces/update-workspace-settings";
import { uploadWorkspaceLogo } from "@/server/workspaces/upload-workspace-logo";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog } from "../helpers/context";
import { fromPeer } from "../helpers/peer";

let ws: CreatedWorkspace;
let admin: MadeMember;
let agent: MadeMember;
let ctx: Ctx;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  admin = await makeMember(db(), ws, { role: "ADMIN", name: "Ada Admin" });
  agent = await makeMember(db(), ws, { role: "AGENT", name: "Bo Agent" });
  ctx = { ...(await memberCtx(ws, admin)), ip: "203.0.113.7" };
});

afterAll(async () => {
  await disconnectDb();
  await closePgPool();
});

/** The events written while `fn` ran, oldest first. */
async function eventsOf(fn: () => Promise<unknown>, workspaceId = ws.id) {
  const seen = (await db().auditEvent.findMany({ where: { workspaceId }, select: { id: true } })).map((e) => e.id);
  await fn();
  return db().auditEvent.findMany({
    where: { workspaceId, id: { notIn: seen } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

async function oneEvent(fn: () => Promise<unknown>) {
  const events = await eventsOf(fn);
  expect(events).toHaveLength(1);
  return events[0]!;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

describe("settings and branding", () => {
  it("a settings change records only the changed fields, the member and the address", async () => {
    const e = await oneEvent(() => updateWorkspaceSettings(ctx, { assignOnFirstReply: false, blockedSenders: ["spam.example"] }));
    expect(e).toMatchObject({
      action: "workspace.settings.updated",
      actorType: "MEMBER",
      actorMemberId: admin.memberId,
      actorApiTokenId: null,
      actorName: "Ada Admin",
      targetType: "workspace",
      targetId: ws.id,
      ip: "203.0.113.7",
      before: { assignOnFirstReply: true, blockedSenders: [] },
      after: { assignOnFirstReply: false, blockedSenders: ["spam.example"] },
    });
  });

  it("saving the same settings again writes nothing", async () => {
    expect(await eventsOf(() => updateWorkspaceSettings(ctx, { assignOnFirstReply: false, blockedSenders: ["spam.example"] }))).toHaveLength(0);
  });

  it("contact form origins are part of the settings event", async () => {
    const e = await oneEvent(() => updateWorkspaceSettings(ctx, { assignOnFirstReply: false, contactFormOrigins: ["https://shop.example.com"] }));
    expect(e.before).toEqual({ contactFormOrigins: [] });
    expect(e.after).toEqual({ contactFormOrigins: ["https://shop.example.com"] });
  });

  it("the help center switch and the accent colour are a branding event", async () => {
    const e = await oneEvent(() => updateWorkspaceBranding(ctx, { helpCenterEnabled: false, accentColor: "#1d4ed8", footerLinks: [] }));
    expect(e).toMatchObject({ action: "workspace.branding.updated", before: { helpCenterEnabled: true, accentColor: null }, after: { helpCenterEnabled: false, accentColor: "#1d4ed8" } });
  });

  it("setting and removing the logo", async () => {
    const set = await oneEvent(() => uploadWorkspaceLogo(ctx, { logo: PNG }));
    expect(set).toMatchObject({ action: "workspace.logo.updated", before: null, after: { contentType: "image/png" } });
    const removed = await oneEvent(() => removeWorkspaceLogo(ctx, {}));
    expect(removed).toMatchObject({ action: "workspace.logo.removed", before: null, after: null });
    expect(await eventsOf(() => removeWorkspaceLogo(ctx, {}))).toHaveLength(0);
  });

  it("a refused change (an agent) writes no event", async () => {
    const agentCtx = await memberCtx(ws, agent);
    const events = await eventsOf(async () => {
      expect((await rejection(updateWorkspaceSettings(agentCtx, { assignOnFirstReply: true }))).code).toBe("FORBIDDEN");
      expect((await rejection(updateWorkspaceBranding(agentCtx, { helpCenterEnabled: true, accentColor: null, footerLinks: [] }))).code).toBe("FORBIDDEN");
      expect((await rejection(createApiToken(agentCtx, { name: "nope", role: "AGENT" }))).code).toBe("FORBIDDEN");
    });
    expect(events).toHaveLength(0);
  });
});

describe("members and invitations", () => {
  let light: MadeMember;
  beforeAll(async () => {
    light = await makeMember(db(), ws, { role: "LIGHT_AGENT", name: "Cy Light" });
  });

  it("a role change names the member and both roles", async () => {
    const e = await oneEvent(() => changeMemberRole(ctx, { memberId: light.memberId, role: "AGENT" }));
    expect(e).toMatchObject({ action: "member.role_changed", targetType: "member", targetId: light.memberId, before: { role: "LIGHT_AGENT" }, after: { role: "AGENT" } });
    expect(e.targetLabel).toContain(light.email);
  });

  it("a refused demotion of the last admin writes nothing, and rolls back with the change", async () => {
    const events = await eventsOf(async () => {
      expect((await rejection(changeMemberRole(ctx, { memberId: admin.memberId, role: "AGENT" }))).code).toBe("CONFLICT");
      expect((await rejection(deactivateMember(ctx, { memberId: admin.memberId }))).code).toBe("CONFLICT");
    });
    expect(events).toHaveLength(0);
  });

  it("deactivation and reactivation", async () => {
    expect(await oneEvent(() => deactivateMember(ctx, { memberId: light.memberId }))).toMatchObject({ action: "member.deactivated", before: { active: true }, after: { active: false } });
    expect(await eventsOf(() => deactivateMember(ctx, { memberId: light.memberId }))).toHaveLength(0);
    expect(await oneEvent(() => reactivateMember(ctx, { memberId: light.memberId }))).toMatchObject({ action: "member.reactivated", before: { active: false }, after: { active: true } });
  });

  it("an invitation, its revocation, and someone joining with one", async () => {
    let token = "";
    const invited = await oneEvent(async () => {
      ({ token } = await inviteMember(ctx, { email: "dee@example.com", role: "AGENT" }));
    });
    expect(invited).toMatchObject({ action: "member.invited", targetType: "invitation", targetLabel: "dee@example.com", after: { email: "dee@example.com", role: "AGENT" } });
    expect(JSON.stringify(invited)).not.toContain(token);

    const revoked = await oneEvent(() => revokeInvitation(ctx, { invitationId: invited.targetId! }));
    expect(revoked).toMatchObject({ action: "invitation.revoked", targetId: invited.targetId, before: { email: "dee@example.com" } });
    expect(await eventsOf(() => revokeInvitation(ctx, { invitationId: invited.targetId! }))).toHaveLength(0);

    const again = await inviteMember(ctx, { email: "eve@example.com", role: "LIGHT_AGENT" });
    const joined = await oneEvent(() => acceptInvitation(db(), silentLog, { token: again.token, name: "Eve Joiner", password: "a-long-password-1" }, "192.0.2.44"));
    expect(joined).toMatchObject({ action: "member.joined", actorType: "MEMBER", actorName: "Eve Joiner", ip: "192.0.2.44", targetType: "member", after: { email: "eve@example.com", role: "LIGHT_AGENT" } });
    expect(joined.actorMemberId).toBe(joined.targetId);
    expect(JSON.stringify(joined)).not.toContain("a-long-password-1");
  });

  it("an operator adding a member is recorded as the system", async () => {
    const sys = systemCtx(db(), ws, silentLog, "cli");
    const e = await oneEvent(() => addMemberWithPassword(sys, { email: "ops@example.com", name: "Ops Added", password: "another-password-2", role: "AGENT" }));
    expect(e).toMatchObject({ action: "member.added", actorType: "SYSTEM", actorName: "cli", ip: null, after: { email: "ops@example.com", role: "AGENT" } });
    expect(JSON.stringify(e)).not.toContain("another-password-2");
  });
});

describe("API tokens", () => {
  it("creation and revocation, without the token", async () => {
    let token = "";
    const created = await oneEvent(async () => {
      ({ token } = await createApiToken(ctx, { name: "Shop sync", role: "ADMIN" }));
    });
    expect(created).toMatchObject({ action: "api_token.created", targetType: "api_token", targetLabel: "Shop sync", after: { name: "Shop sync", role: "ADMIN" } });
    expect(JSON.stringify(created)).not.toContain(token);
    const revoked = await oneEvent(() => revokeApiToken(ctx, { name: "Shop sync" }));
    expect(revoked).toMatchObject({ action: "api_token.revoked", targetId: created.targetId, before: { name: "Shop sync", role: "ADMIN" }, after: null });
    expect(await eventsOf(() => rejection(revokeApiToken(ctx, { name: "Shop sync" })))).toHaveLength(0);
  });

  it("a change made with an admin token names the token", async () => {
    const apiCtx: Ctx = { ...systemCtx(db(), ws, silentLog, "x"), actor: { type: "api", tokenId: "0190c2a0-0000-7000-8000-000000000001", tokenName: "Deploy bot", role: "ADMIN" } };
    const e = await oneEvent(() => updateWorkspaceSettings(apiCtx, { assignOnFirstReply: true }));
    expect(e).toMatchObject({ actorType: "API", actorApiTokenId: "0190c2a0-0000-7000-8000-000000000001", actorMemberId: null, actorName: "Deploy bot" });
  });
});

describe("mailboxes", () => {
  const IMAP = { host: "imap.shop.test", port: 993, security: "tls" as const, username: "support@shop.test", password: "imap-Secret-1" };

  it("create, change (a password as changed, never its value), rotate the secret, delete", async () => {
    let inboundSecret = "";
    const created = await oneEvent(async () => {
      ({ inboundSecret } = await createMailbox(ctx, { name: "Support", address: "support@shop.test", imap: IMAP }));
    });
    expect(created).toMatchObject({
      action: "mailbox.created",
      targetType: "mailbox",
      targetLabel: "Support <support@shop.test>",
      before: { imapPassword: null },
      after: { name: "Support", address: "support@shop.test", imapHost: "imap.shop.test", imapPassword: "[new secret]" },
    });
    const mailboxId = created.targetId!;
    for (const secret of ["imap-Secret-1", inboundSecret]) expect(JSON.stringify(created)).not.toContain(secret);

    const changed = await oneEvent(() => updateMailbox(ctx, { mailboxId, imap: { password: "rotated-imap-2" } }));
    expect(changed).toMatchObject({ action: "mailbox.updated", before: { imapPassword: "[secret]" }, after: { imapPassword: "[new secret]" } });
    expect(Object.keys(changed.after as object)).toEqual(["imapPassword"]);
    const row = await db().mailbox.findUniqueOrThrow({ where: { id: mailboxId }, select: { imapPasswordEnc: true } });
    for (const secret of ["rotated-imap-2", "imap-Secret-1", row.imapPasswordEnc!]) expect(JSON.stringify(changed)).not.toContain(secret);

    const renamed = await oneEvent(() => updateMailbox(ctx, { mailboxId, name: "Help", imap: { port: 143, security: "starttls" } }));
    expect(renamed.before).toEqual({ name: "Support", imapPort: 993, imapSecurity: "TLS" });
    expect(renamed.after).toEqual({ name: "Help", imapPort: 143, imapSecurity: "STARTTLS" });

    let rotated = "";
    const rotation = await oneEvent(async () => {
      ({ inboundSecret: rotated } = await rotateInboundSecret(ctx, { mailboxId }));
    });
    expect(rotation).toMatchObject({ action: "mailbox.inbound_secret_rotated", after: { inboundSecret: "[new secret]" } });
    expect(JSON.stringify(rotation)).not.toContain(rotated);

    const deleted = await oneEvent(() => deleteMailbox(ctx, { mailboxId }));
    expect(deleted).toMatchObject({ action: "mailbox.deleted", targetId: mailboxId, before: { name: "Help" }, after: null });
  });
});

describe("through the REST API", () => {
  it("a change with an admin token records the token and the client's address", async () => {
    const { token, tokenId } = await createApiToken(ctx, { name: "Ops script", role: "ADMIN" });
    const box = await createMailbox(ctx, { name: "Sales", address: "sales@shop.test" });
    const e = await oneEvent(async () => {
      const res = await patchMailbox(
        new Request(`http://localhost/api/v1/mailboxes/${box.id}`, {
          method: "PATCH",
          headers: { authorization: `Bearer ${token}`, "content-type": "application/json", ...fromPeer("198.51.100.9") },
          body: JSON.stringify({ autoAcknowledge: true }),
        }),
        { params: Promise.resolve({ id: box.id }) },
      );
      expect(res.status).toBe(200);
    });
    expect(e).toMatchObject({ action: "mailbox.updated", actorType: "API", actorApiTokenId: tokenId, actorName: "Ops script", ip: "198.51.100.9", before: { autoAcknowledge: false }, after: { autoAcknowledge: true } });
  });
});

describe("tenancy", () => {
  it("another workspace's changes never land in this one's log", async () => {
    const other = await makeWorkspace(db());
    const otherAdmin = await makeMember(db(), other, { role: "ADMIN", name: "Other Admin" });
    const otherCtx = await memberCtx(other, otherAdmin);
    const mine = await eventsOf(() => updateWorkspaceSettings(otherCtx, { assignOnFirstReply: false }));
    expect(mine).toHaveLength(0);
    const theirs = await db().auditEvent.findMany({ where: { workspaceId: other.id, action: "workspace.settings.updated" } });
    expect(theirs.map((e) => e.actorName)).toEqual(["Other Admin"]);
  });
});
