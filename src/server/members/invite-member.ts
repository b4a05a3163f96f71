// An admin invites someone by email. The link carries a 256-bit random token; only its sha256
// is stored, so the link is shown once (and sent by mail later) and cannot be read back.
import { appUrl } from "@/env";
import { actorMemberId, inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError } from "@/server/errors";
import { randomToken, sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import { InviteMemberInput } from "./member.schemas";

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export type InvitedMember = { invitationId: string; token: string; url: string; expiresAt: Date };

export async function inviteMember(ctx: Ctx, raw: InviteMemberInput): Promise<InvitedMember> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(InviteMemberInput, raw);
  const workspaceId = ctx.workspace.id;
  const token = randomToken(32);
  const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);

  const invitation = await inTransaction(ctx, async ({ db }) => {
    const active = await db.member.findFirst({
      where: { workspaceId, deactivatedAt: null, user: { email: input.email } },
      select: { id: true },
    });
    if (active) {
      throw new AppError("CONFLICT", `${input.email} is already a member of this workspace`, {
        fields: { email: "is already a member" },
        fieldIssues: { email: { code: "alreadyMember", message: "is already a member" } },
      });
    }
    // One pending invitation per address: a new one replaces the old link.
    const now = new Date();
    await db.invitation.updateMany({
      where: { workspaceId, email: input.email, acceptedAt: null, revokedAt: null },
      data: { revokedAt: now },
    });
    const created = await db.invitation.create({
      data: {
        workspaceId,
        email: input.email,
        role: input.role,
        tokenHash: sha256Hex(token),
        invitedById: actorMemberId(ctx.actor),
        expiresAt,
      },
      select: { id: true },
    });
    await recordAudit(db, ctx, {
      action: "member.invited",
      target: { type: "invitation", id: created.id, label: input.email },
      after: { email: input.email, role: input.role },
    });
    return created;
  });

  ctx.log.info({ workspaceId, invitationId: invitation.id, role: input.role }, "member invited");
  return { invitationId: invitation.id, token, url: `${appUrl()}/invite/${token}`, expiresAt };
}
