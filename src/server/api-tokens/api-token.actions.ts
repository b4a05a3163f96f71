"use server";
// Server actions of the API tokens settings page: thin wrappers over the use cases.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createApiToken, type CreatedApiToken } from "./create-api-token";
import { revokeApiToken } from "./revoke-api-token";
import { CreateApiTokenInput, RevokeApiTokenInput } from "./api-token.schemas";

const create = agentAction(CreateApiTokenInput, createApiToken);
const revoke = agentAction(RevokeApiTokenInput, revokeApiToken);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/api-tokens`);
  return result;
}

/** Returns the new token, which the page shows exactly once. */
export async function createApiTokenAction(
  workspaceSlug: string,
  input: CreateApiTokenInput,
): Promise<ActionResult<CreatedApiToken>> {
  return revalidated(workspaceSlug, await create(workspaceSlug, input));
}

export async function revokeApiTokenAction(workspaceSlug: string, input: RevokeApiTokenInput) {
  return revalidated(workspaceSlug, await revoke(workspaceSlug, input));
}
