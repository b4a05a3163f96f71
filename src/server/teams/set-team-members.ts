// An admin sets who is in a team (the whole list): newcomers must be active agents or admins.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { SetTeamMembersInput, type TeamView } from "./team.schemas";
import { getTeamRow, toTeamView } from "./team.queries";
import { replaceTeamMembers } from "./team-members";

export async function setTeamMembers(ctx: Ctx, raw: SetTeamMembersInput): Promise<TeamView> {
  requireRole(ctx, "ADMIN");
  const { teamId, memberIds } = parseInput(SetTeamMembersInput, raw);
  const row = await inTransaction(ctx, async (tx) => {
    const current = toTeamView(await getTeamRow(tx, teamId));
    await replaceTeamMembers(ctx, tx.db, current, memberIds);
    return getTeamRow(tx, teamId);
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, teamId, members: memberIds.length }, "team members set");
  return toTeamView(row);
}
