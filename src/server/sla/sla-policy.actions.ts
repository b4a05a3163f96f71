"use server";
// Server actions of SLA policies (the settings page, issue 17): thin wrappers over the use cases,
// which check the role; the page re-renders through revalidatePath.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createSlaPolicy } from "./create-sla-policy";
import { deleteSlaPolicy } from "./delete-sla-policy";
import { moveSlaPolicy } from "./reorder-sla-policies";
import { updateSlaPolicy } from "./update-sla-policy";
import { MoveSlaPolicyInput, SlaPolicyIdInput, SlaPolicyInput, UpdateSlaPolicyInput, type SlaPolicyView } from "./sla-policy.schemas";

const create = agentAction(SlaPolicyInput, createSlaPolicy);
const update = agentAction(UpdateSlaPolicyInput, updateSlaPolicy);
const remove = agentAction(SlaPolicyIdInput, deleteSlaPolicy);
const move = agentAction(MoveSlaPolicyInput, moveSlaPolicy);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/sla-policies`);
  return result;
}

export async function createSlaPolicyAction(slug: string, input: SlaPolicyInput): Promise<ActionResult<SlaPolicyView>> {
  return revalidated(slug, await create(slug, input));
}

export async function updateSlaPolicyAction(slug: string, input: UpdateSlaPolicyInput): Promise<ActionResult<SlaPolicyView>> {
  return revalidated(slug, await update(slug, input));
}

export async function deleteSlaPolicyAction(slug: string, input: SlaPolicyIdInput): Promise<ActionResult<{ id: string }>> {
  return revalidated(slug, await remove(slug, input));
}

export async function moveSlaPolicyAction(slug: string, input: MoveSlaPolicyInput): Promise<ActionResult<{ moved: boolean }>> {
  return revalidated(slug, await move(slug, input));
}
