// An admin removes someone's access. Membership is read from the database on every request,
// so access to this workspace ends at once. Someone left with no active workspace is signed out
// everywhere; someone who belongs to other workspaces keeps their sessions for those (this
// admin has no say over them). Their tickets stay assigned; reassigning is a separate decision.
import { endAllUserSessions } from "@/server/auth/user-sessions";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { MemberIdInput } from "./member.schemas";
import { recordAudit } from "@/server/audit/record-audit";
import { ensureNotLastAdmin, getMemberInWorkspace, memberTarget } from "./member-guards";

export async function deactivateMember(ctx: Ctx, raw: MemberIdInput): Promise<{ memberId: string; changed: boolean }> {
  requireRole(ctx, "ADMIN");
  const { memberId } = parseInput(MemberIdInput, raw);
  const workspaceId = ctx.workspace.id;
  return inTransaction(ctx, async ({ db }) => {
    const member = await getMemberInWorkspace(db, workspaceId, memberId);
    if (ctx.actor.type === "member" && ctx.actor.memberId === member.id) {
      throw new AppError("CONFLICT", "You cannot deactivate yourself", {
        fields: { memberId: "is yourself" },
        fieldIssues: { memberId: { code: "self", message: "is yourself" } },
      });
    }
    if (member.deactivatedAt) return { memberId: member.id, changed: false };
    await ensureNotLastAdmin(db, workspaceId, member);
    await db.member.update({ where: { id: member.id, workspaceId }, data: { deactivatedAt: new Date() } });
    await recordAudit(db, ctx, { action: "member.deactivated", target: memberTarget(member), before: { active: true }, after: { active: false } });
    const stillActive = await db.member.count({ where: { userId: member.userId, deactivatedAt: null } });
    if (stillActive === 0) await endAllUserSessions(db, member.userId);
    ctx.log.info({ workspaceId, memberId: member.id }, "member deactivated");
    return { memberId: member.id, changed: true };
  });
}
