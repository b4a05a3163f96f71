"use server";
// Server actions of Settings > Tags: thin wrappers; the use cases check the role.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { deleteTag } from "./delete-tag";
import { renameTag, type RenamedTag } from "./rename-tag";
import { DeleteTagInput, RenameTagInput } from "./tag.schemas";

const rename = agentAction(RenameTagInput, renameTag);
const remove = agentAction(DeleteTagInput, deleteTag);

/** Tags show on tickets and in the inbox: the whole workspace is revalidated. */
function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}`, "layout");
  return result;
}

export async function renameTagAction(slug: string, input: RenameTagInput): Promise<ActionResult<RenamedTag>> {
  return revalidated(slug, await rename(slug, input));
}

export async function deleteTagAction(slug: string, input: DeleteTagInput): Promise<ActionResult<{ id: string; tickets: number }>> {
  return revalidated(slug, await remove(slug, input));
}
