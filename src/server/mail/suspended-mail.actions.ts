"use server";
// Server actions of the Suspended page: thin wrappers over the use cases, which check the role.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { deleteSuspendedMail, recoverSuspendedMail, SuspendedMailIdInput } from "./suspended-mail";

const recover = agentAction(SuspendedMailIdInput, recoverSuspendedMail);
const remove = agentAction(SuspendedMailIdInput, deleteSuspendedMail);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/${slug}/suspended`);
    revalidatePath(`/${slug}/inbox`);
  }
  return result;
}

export async function recoverSuspendedMailAction(workspaceSlug: string, input: SuspendedMailIdInput) {
  return revalidated(workspaceSlug, await recover(workspaceSlug, input));
}

export async function deleteSuspendedMailAction(workspaceSlug: string, input: SuspendedMailIdInput) {
  return revalidated(workspaceSlug, await remove(workspaceSlug, input));
}
