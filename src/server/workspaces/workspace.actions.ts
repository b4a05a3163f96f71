"use server";
// Server actions of the workspace settings page: thin wrappers; the use case checks the role.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { updateWorkspaceSettings } from "./update-workspace-settings";
import type { WorkspaceSettings } from "./workspace-settings";
import { UpdateWorkspaceSettingsInput } from "./workspace.schemas";

const update = agentAction(UpdateWorkspaceSettingsInput, updateWorkspaceSettings);

export async function updateWorkspaceSettingsAction(
  workspaceSlug: string,
  input: UpdateWorkspaceSettingsInput,
): Promise<ActionResult<WorkspaceSettings>> {
  const result = await update(workspaceSlug, input);
  if (result.ok) revalidatePath(`/${workspaceSlug}/settings/workspace`);
  return result;
}
