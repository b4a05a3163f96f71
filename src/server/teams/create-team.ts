// An admin adds a team: its name is unique in the workspace (any letter case); without a position
// it goes after the last team. Its members are set in the same transaction.
import { recordAudit } from "@/server/audit/record-audit";
import { Prisma } from "@/server/db";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { CreateTeamInput, type TeamView } from "./team.schemas";
import { checkTeamConditions, checkTeamName, getTeamRow, TEAM_SELECT, teamAudit, teamNameTaken, toTeamView } from "./team.queries";
import { replaceTeamMembers } from "./team-members";

export async function createTeam(ctx: Ctx, raw: CreateTeamInput): Promise<TeamView> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(CreateTeamInput, raw);
  const workspaceId = ctx.workspace.id;
  try {
    const row = await inTransaction(ctx, async (tx) => {
      await checkTeamName(tx.db, workspaceId, input.name);
      await checkTeamConditions(tx.db, workspaceId, input.conditions);
      const last = await tx.db.team.aggregate({ where: { workspaceId }, _max: { position: true } });
      const created = await tx.db.team.create({
        data: {
          workspaceId,
          name: input.name,
          assignmentMode: input.assignmentMode,
          maxOpenPerAgent: input.maxOpenPerAgent,
          conditions: input.conditions,
          position: input.position ?? (last._max.position === null ? 0 : last._max.position + 1),
        },
        select: TEAM_SELECT,
      });
      const audit = teamAudit(created);
      await recordAudit(tx.db, ctx, { action: "team.created", target: audit.target, after: audit.fields });
      await replaceTeamMembers(ctx, tx.db, { id: created.id, name: created.name, memberIds: [] }, input.memberIds);
      return getTeamRow(tx, created.id);
    });
    ctx.log.info({ workspaceId, teamId: row.id }, "team created");
    return toTeamView(row);
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw teamNameTaken(input.name, e);
    throw e;
  }
}
