// An admin restores a deactivated member's access, with the role they had.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MemberIdInput } from "./member.schemas";
import { getMemberInWorkspace, memberTarget } from "./member-guards";

export async function reactivateMember(ctx: Ctx, raw: MemberIdInput): Promise<{ memberId: string; changed: boolean }> {
  requireRole(ctx, "ADMIN");
  const { memberId } = parseInput(MemberIdInput, raw);
  const workspaceId = ctx.workspace.id;
  const member = await inTransaction(ctx, async ({ db }) => {
    const member = await getMemberInWorkspace(db, workspaceId, memberId);
    if (!member.deactivatedAt) return null;
    await db.member.updateMany({ where: { id: member.id, workspaceId }, data: { deactivatedAt: null } });
    await recordAudit(db, ctx, { action: "member.reactivated", target: memberTarget(member), before: { active: false }, after: { active: true } });
    return member;
  });
  if (!member) return { memberId, changed: false };
  ctx.log.info({ workspaceId, memberId: member.id }, "member reactivated");
  return { memberId: member.id, changed: true };
}
