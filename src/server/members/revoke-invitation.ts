// An admin withdraws an invitation: its link stops working at once. Revoking twice is a no-op;
// an invitation already accepted cannot be revoked (deactivate the member instead).
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { RevokeInvitationInput } from "./member.schemas";

export async function revokeInvitation(ctx: Ctx, raw: RevokeInvitationInput): Promise<{ invitationId: string }> {
  requireRole(ctx, "ADMIN");
  const { invitationId } = parseInput(RevokeInvitationInput, raw);
  const workspaceId = ctx.workspace.id;
  const count = await inTransaction(ctx, async ({ db }) => {
    const pending = await db.invitation.findFirst({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      select: { email: true, role: true },
    });
    if (!pending) return 0;
    const { count } = await db.invitation.updateMany({
      where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
      data: { revokedAt: new Date() },
    });
    if (count > 0) {
      await recordAudit(db, ctx, {
        action: "invitation.revoked",
        target: { type: "invitation", id: invitationId, label: pending.email },
        before: { email: pending.email, role: pending.role },
      });
    }
    return count;
  });
  if (count === 0) {
    const existing = await ctx.db.invitation.findFirst({
      where: { id: invitationId, workspaceId },
      select: { acceptedAt: true },
    });
    if (!existing) throw new AppError("NOT_FOUND", "Invitation not found");
    if (existing.acceptedAt) {
      throw new AppError("CONFLICT", "This invitation has already been accepted", { fields: { invitationId: "is already accepted" } });
    }
    return { invitationId };
  }
  ctx.log.info({ workspaceId, invitationId }, "invitation revoked");
  return { invitationId };
}
