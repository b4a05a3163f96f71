// An admin withdraws an invitation: its link stops working at once. Revoking twice is a no-op;
// an invitation already accepted cannot be revoked (deactivate the member instead).
import { requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { RevokeInvitationInput } from "./member.schemas";

export async function revokeInvitation(ctx: Ctx, raw: RevokeInvitationInput): Promise<{ invitationId: string }> {
  requireRole(ctx, "ADMIN");
  const { invitationId } = parseInput(RevokeInvitationInput, raw);
  const workspaceId = ctx.workspace.id;
  const { count } = await ctx.db.invitation.updateMany({
    where: { id: invitationId, workspaceId, acceptedAt: null, revokedAt: null },
    data: { revokedAt: new Date() },
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
