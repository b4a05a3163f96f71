// A member sets themselves away (or back): while away they keep their tickets but the routing
// rule gives them no new ones, and a reopened ticket of theirs goes to someone available
// (src/server/teams/route-tickets.ts). Admins may set anyone of the workspace; that change to
// someone else is audited, a member's own toggle is not (it is their status, not a setting).
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { getMemberInWorkspace, memberTarget } from "./member-guards";
import { SetMemberAwayInput } from "./member.schemas";

export type SetMemberAwayResult = { memberId: string; awayAt: Date | null; changed: boolean };

export async function setMemberAway(ctx: Ctx, raw: SetMemberAwayInput): Promise<SetMemberAwayResult> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(SetMemberAwayInput, raw);
  const selfId = ctx.actor.type === "member" ? ctx.actor.memberId : null;
  const memberId = input.memberId ?? selfId;
  // An API token is nobody: it must name the member, and only an admin token may.
  if (memberId === null) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { memberId: "is required" }, fieldIssues: { memberId: { code: "required", message: "is required" } } });
  const forSomeoneElse = memberId !== selfId;
  if (forSomeoneElse) requireRole(ctx, "ADMIN");
  const workspaceId = ctx.workspace.id;
  return inTransaction(ctx, async ({ db }) => {
    const member = await getMemberInWorkspace(db, workspaceId, memberId);
    const current = await db.member.findUniqueOrThrow({ where: { id: member.id, workspaceId }, select: { awayAt: true } });
    if ((current.awayAt !== null) === input.away) return { memberId: member.id, awayAt: current.awayAt, changed: false };
    const awayAt = input.away ? new Date() : null;
    await db.member.update({ where: { id: member.id, workspaceId }, data: { awayAt } });
    if (forSomeoneElse) {
      await recordAudit(db, ctx, { action: "member.availability_changed", target: memberTarget(member), before: { away: !input.away }, after: { away: input.away } });
    }
    ctx.log.info({ workspaceId, memberId: member.id, away: input.away }, "member availability set");
    return { memberId: member.id, awayAt, changed: true };
  });
}

/** Whether the signed-in member is away (the user menu's toggle); false for anyone else. */
export async function isSelfAway(ctx: Ctx): Promise<boolean> {
  if (ctx.actor.type !== "member") return false;
  const member = await ctx.db.member.findFirst({ where: { id: ctx.actor.memberId, workspaceId: ctx.workspace.id }, select: { awayAt: true } });
  return member?.awayAt != null;
}
