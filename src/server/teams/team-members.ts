// Replacing a team's members, shared by createTeam, updateTeam and setTeamMembers: checks the ids
// (active agents and admins of the workspace), writes the difference and its audit event
// (`team.members_changed`, members named as "Name <email>"), in the caller's transaction.
import { recordAudit } from "@/server/audit/record-audit";
import type { Ctx } from "@/server/context";
import type { DbTx } from "@/server/db";
import { checkTeamMembers } from "./team.queries";

async function memberLabels(db: DbTx, workspaceId: string, memberIds: readonly string[]): Promise<string[]> {
  if (memberIds.length === 0) return [];
  const rows = await db.member.findMany({ where: { workspaceId, id: { in: [...memberIds] } }, select: { user: { select: { name: true, email: true } } } });
  return rows.map((m) => (m.user.name ? `${m.user.name} <${m.user.email}>` : m.user.email)).sort();
}

/** Returns whether the members changed. `team` is the team as it is in this transaction. */
export async function replaceTeamMembers(
  ctx: Pick<Ctx, "workspace" | "actor" | "ip">,
  db: DbTx,
  team: { id: string; name: string; memberIds: readonly string[] },
  memberIds: readonly string[],
): Promise<boolean> {
  const workspaceId = ctx.workspace.id;
  const wanted = new Set(memberIds);
  const current = new Set(team.memberIds);
  const added = [...wanted].filter((id) => !current.has(id));
  const removed = [...current].filter((id) => !wanted.has(id));
  if (added.length === 0 && removed.length === 0) return false;
  // Only the newcomers must be active agents: a member deactivated since they joined may stay listed.
  await checkTeamMembers(db, workspaceId, added);
  const before = await memberLabels(db, workspaceId, [...current]);
  if (removed.length > 0) await db.teamMember.deleteMany({ where: { workspaceId, teamId: team.id, memberId: { in: removed } } });
  if (added.length > 0) await db.teamMember.createMany({ data: added.map((memberId) => ({ workspaceId, teamId: team.id, memberId })), skipDuplicates: true });
  const after = await memberLabels(db, workspaceId, [...wanted]);
  await recordAudit(db, ctx, { action: "team.members_changed", target: { type: "team", id: team.id, label: team.name }, before: { members: before }, after: { members: after } });
  return true;
}
