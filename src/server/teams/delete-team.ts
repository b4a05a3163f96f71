// An admin deletes a team: its tickets keep their assignees and simply have no team any more
// (the foreign key sets it to null); its memberships go with it.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { TeamIdInput } from "./team.schemas";
import { getTeamRow, teamAudit, toTeamView } from "./team.queries";

export async function deleteTeam(ctx: Ctx, raw: TeamIdInput): Promise<{ id: string }> {
  requireRole(ctx, "ADMIN");
  const { teamId } = parseInput(TeamIdInput, raw);
  await inTransaction(ctx, async (tx) => {
    const row = await getTeamRow(tx, teamId);
    await tx.db.team.delete({ where: { id: teamId, workspaceId: ctx.workspace.id } });
    const audit = teamAudit(row);
    await recordAudit(tx.db, ctx, { action: "team.deleted", target: audit.target, before: { ...audit.fields, memberIds: toTeamView(row).memberIds } });
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, teamId }, "team deleted");
  return { id: teamId };
}
