"use server";
// Server actions of the workspace settings pages: thin wrappers; the use cases check the role.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { removeWorkspaceLogo } from "./remove-workspace-logo";
import { updateWorkspaceBranding } from "./update-workspace-branding";
import { updateWorkspaceGeneral, type WorkspaceGeneral } from "./update-workspace-general";
import { updateWorkspaceSettings } from "./update-workspace-settings";
import { uploadWorkspaceLogo } from "./upload-workspace-logo";
import type { WorkspaceBranding } from "./workspace-branding";
import type { WorkspaceSettings } from "./workspace-settings";
import { RemoveWorkspaceLogoInput, UpdateWorkspaceBrandingInput, UpdateWorkspaceGeneralInput, UpdateWorkspaceSettingsInput, UploadWorkspaceLogoInput } from "./workspace.schemas";

const update = agentAction(UpdateWorkspaceSettingsInput, updateWorkspaceSettings);
const updateBranding = agentAction(UpdateWorkspaceBrandingInput, updateWorkspaceBranding);
const uploadLogo = agentAction(UploadWorkspaceLogoInput, uploadWorkspaceLogo);
const removeLogo = agentAction(RemoveWorkspaceLogoInput, removeWorkspaceLogo);
const updateGeneral = agentAction(UpdateWorkspaceGeneralInput, updateWorkspaceGeneral);

export async function updateWorkspaceSettingsAction(
  workspaceSlug: string,
  input: UpdateWorkspaceSettingsInput,
): Promise<ActionResult<WorkspaceSettings>> {
  const result = await update(workspaceSlug, input);
  if (result.ok) revalidatePath(`/${workspaceSlug}/settings/workspace`);
  return result;
}

/** The name shows in every page's header and the default language on the public pages: all of them. */
export async function updateWorkspaceGeneralAction(workspaceSlug: string, input: UpdateWorkspaceGeneralInput): Promise<ActionResult<WorkspaceGeneral>> {
  const result = await updateGeneral(workspaceSlug, input);
  if (result.ok) revalidatePath(`/${workspaceSlug}`, "layout");
  return result;
}

/** The public pages read the branding on every request; only the settings page is revalidated. */
function revalidateBranding<T>(workspaceSlug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${workspaceSlug}/settings/branding`);
  return result;
}

export async function updateWorkspaceBrandingAction(workspaceSlug: string, input: UpdateWorkspaceBrandingInput): Promise<ActionResult<WorkspaceBranding>> {
  return revalidateBranding(workspaceSlug, await updateBranding(workspaceSlug, input));
}

/** The file as the browser sends it (a Blob); its bytes for the schema, which checks size and type. */
export async function uploadWorkspaceLogoAction(workspaceSlug: string, input: { logo: Blob }): Promise<ActionResult<{ logoUrl: string }>> {
  const logo: unknown = input && typeof input === "object" ? input.logo : undefined;
  const bytes = logo instanceof Blob ? new Uint8Array(await logo.arrayBuffer()) : logo;
  return revalidateBranding(workspaceSlug, await uploadLogo(workspaceSlug, { logo: bytes as UploadWorkspaceLogoInput["logo"] }));
}

export async function removeWorkspaceLogoAction(workspaceSlug: string, input: RemoveWorkspaceLogoInput): Promise<ActionResult<{ logoUrl: null }>> {
  return revalidateBranding(workspaceSlug, await removeLogo(workspaceSlug, input));
}
