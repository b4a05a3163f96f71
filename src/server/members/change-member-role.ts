// An admin changes a member's role. The last active admin cannot be demoted, so a workspace
// always keeps someone who can manage it.
import type { MemberRole } from "@/generated/prisma/enums";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { ChangeMemberRoleInput } from "./member.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { ensureNotLastAdmin, getMemberInWorkspace, memberTarget } from "./member-guards";

export async function changeMemberRole(
  ctx: Ctx,
  raw: ChangeMemberRoleInput,
): Promise<{ memberId: string; role: MemberRole; changed: boolean }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(ChangeMemberRoleInput, raw);
  const workspaceId = ctx.workspace.id;
  return inTransaction(ctx, async ({ db }) => {
    const member = await getMemberInWorkspace(db, workspaceId, input.memberId);
    if (member.role === input.role) return { memberId: member.id, role: member.role, changed: false };
    if (input.role !== "ADMIN") await ensureNotLastAdmin(db, workspaceId, member);
    await db.member.update({ where: { id: member.id, workspaceId }, data: { role: input.role } });
    await recordAudit(db, ctx, { action: "member.role_changed", target: memberTarget(member), before: { role: member.role }, after: { role: input.role } });
    ctx.log.info({ workspaceId, memberId: member.id, from: member.role, to: input.role }, "member role changed");
    return { memberId: member.id, role: input.role, changed: true };
  });
}
