// An admin restores a deactivated member's access, with the role they had.
import { requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MemberIdInput } from "./member.schemas";
import { getMemberInWorkspace } from "./member-guards";

export async function reactivateMember(ctx: Ctx, raw: MemberIdInput): Promise<{ memberId: string; changed: boolean }> {
  requireRole(ctx, "ADMIN");
  const { memberId } = parseInput(MemberIdInput, raw);
  const workspaceId = ctx.workspace.id;
  const member = await getMemberInWorkspace(ctx.db, workspaceId, memberId);
  if (!member.deactivatedAt) return { memberId: member.id, changed: false };
  await ctx.db.member.updateMany({ where: { id: member.id, workspaceId }, data: { deactivatedAt: null } });
  ctx.log.info({ workspaceId, memberId: member.id }, "member reactivated");
  return { memberId: member.id, changed: true };
}
