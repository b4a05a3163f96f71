"use server";
// Server actions of the teams settings page (issue 17): thin wrappers over the use cases, which
// check the role; the page re-renders through revalidatePath.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createTeam } from "./create-team";
import { deleteTeam } from "./delete-team";
import { updateTeam } from "./update-team";
import { CreateTeamInput, TeamIdInput, UpdateTeamInput, type TeamView } from "./team.schemas";

const create = agentAction(CreateTeamInput, createTeam);
const update = agentAction(UpdateTeamInput, updateTeam);
const remove = agentAction(TeamIdInput, deleteTeam);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/teams`);
  return result;
}

export async function createTeamAction(slug: string, input: CreateTeamInput): Promise<ActionResult<TeamView>> {
  return revalidated(slug, await create(slug, input));
}

export async function updateTeamAction(slug: string, input: UpdateTeamInput): Promise<ActionResult<TeamView>> {
  return revalidated(slug, await update(slug, input));
}

export async function deleteTeamAction(slug: string, input: TeamIdInput): Promise<ActionResult<{ id: string }>> {
  return revalidated(slug, await remove(slug, input));
}
