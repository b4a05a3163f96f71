// An admin changes a team: any field; conditions and members are replaced whole when sent. The
// settings and the members are audited as separate events, each only when something changed.
import { recordAudit } from "@/server/audit/record-audit";
import { Prisma } from "@/server/db";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { UpdateTeamInput, type TeamView } from "./team.schemas";
import { checkTeamConditions, checkTeamName, getTeamRow, TEAM_SELECT, teamAudit, teamNameTaken, toTeamView } from "./team.queries";
import { replaceTeamMembers } from "./team-members";

export async function updateTeam(ctx: Ctx, raw: UpdateTeamInput): Promise<TeamView> {
  requireRole(ctx, "ADMIN");
  const { teamId, memberIds, ...fields } = parseInput(UpdateTeamInput, raw);
  const workspaceId = ctx.workspace.id;
  try {
    const row = await inTransaction(ctx, async (tx) => {
      const current = await getTeamRow(tx, teamId);
      if (fields.name !== undefined) await checkTeamName(tx.db, workspaceId, fields.name, teamId);
      if (fields.conditions !== undefined) await checkTeamConditions(tx.db, workspaceId, fields.conditions);
      const updated = await tx.db.team.update({
        where: { id: teamId, workspaceId },
        data: {
          ...(fields.name !== undefined ? { name: fields.name } : {}),
          ...(fields.assignmentMode !== undefined ? { assignmentMode: fields.assignmentMode } : {}),
          ...(fields.maxOpenPerAgent !== undefined ? { maxOpenPerAgent: fields.maxOpenPerAgent } : {}),
          ...(fields.conditions !== undefined ? { conditions: fields.conditions } : {}),
          ...(fields.position !== undefined ? { position: fields.position } : {}),
        },
        select: TEAM_SELECT,
      });
      const [was, is] = [teamAudit(current), teamAudit(updated)];
      await recordAudit(tx.db, ctx, { action: "team.updated", target: is.target, before: was.fields, after: is.fields });
      if (memberIds !== undefined) {
        await replaceTeamMembers(ctx, tx.db, { id: teamId, name: updated.name, memberIds: toTeamView(current).memberIds }, memberIds);
      }
      return getTeamRow(tx, teamId);
    });
    ctx.log.info({ workspaceId, teamId }, "team updated");
    return toTeamView(row);
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw teamNameTaken(fields.name ?? "", e);
    throw e;
  }
}
