"use server";
// Server actions of Settings > Problem areas: thin wrappers; the use cases check the role.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createProblemArea } from "./create-problem-area";
import { moveProblemArea } from "./move-problem-area";
import { renameProblemArea } from "./rename-problem-area";
import { setProblemAreaArchived } from "./set-problem-area-archived";
import { CreateProblemAreaInput, MoveProblemAreaInput, RenameProblemAreaInput, SetProblemAreaArchivedInput } from "./problem-area.schemas";
import type { AreaNames } from "@/lib/problem-area-names";

const create = agentAction(CreateProblemAreaInput, createProblemArea);
const rename = agentAction(RenameProblemAreaInput, renameProblemArea);
const move = agentAction(MoveProblemAreaInput, moveProblemArea);
const archive = agentAction(SetProblemAreaArchivedInput, setProblemAreaArchived);

/** Areas show in the inbox, ticket pages and the contact form: the whole workspace is revalidated. */
function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}`, "layout");
  return result;
}

export async function createProblemAreaAction(slug: string, input: CreateProblemAreaInput): Promise<ActionResult<{ id: string; key: string }>> {
  return revalidated(slug, await create(slug, input));
}

export async function renameProblemAreaAction(slug: string, input: RenameProblemAreaInput): Promise<ActionResult<{ id: string; names: AreaNames }>> {
  return revalidated(slug, await rename(slug, input));
}

export async function moveProblemAreaAction(slug: string, input: MoveProblemAreaInput): Promise<ActionResult<{ id: string; position: number }>> {
  return revalidated(slug, await move(slug, input));
}

export async function setProblemAreaArchivedAction(slug: string, input: SetProblemAreaArchivedInput): Promise<ActionResult<{ id: string; archived: boolean }>> {
  return revalidated(slug, await archive(slug, input));
}
