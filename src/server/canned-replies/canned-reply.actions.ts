"use server";
// Server actions of canned replies: the settings page's changes and the reply box's quick search
// and insertion. Thin wrappers over the use cases.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { createCannedReply } from "./create-canned-reply";
import { deleteCannedReply } from "./delete-canned-reply";
import { insertCannedReply } from "./insert-canned-reply";
import { searchCannedReplies } from "./search-canned-replies";
import { updateCannedReply } from "./update-canned-reply";
import {
  CreateCannedReplyInput,
  DeleteCannedReplyInput,
  RenderCannedReplyInput,
  SearchCannedRepliesInput,
  UpdateCannedReplyInput,
  type CannedReplyMatch,
  type CannedReplySummary,
  type RenderedCannedReply,
} from "./canned-reply.schemas";

const create = agentAction(CreateCannedReplyInput, createCannedReply);
const update = agentAction(UpdateCannedReplyInput, updateCannedReply);
const remove = agentAction(DeleteCannedReplyInput, deleteCannedReply);
const search = agentAction(SearchCannedRepliesInput, searchCannedReplies);
const insert = agentAction(RenderCannedReplyInput, insertCannedReply);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/settings/canned-replies`);
  return result;
}

export async function createCannedReplyAction(slug: string, input: CreateCannedReplyInput): Promise<ActionResult<CannedReplySummary>> {
  return revalidated(slug, await create(slug, input));
}

export async function updateCannedReplyAction(slug: string, input: UpdateCannedReplyInput): Promise<ActionResult<CannedReplySummary>> {
  return revalidated(slug, await update(slug, input));
}

export async function deleteCannedReplyAction(slug: string, input: DeleteCannedReplyInput): Promise<ActionResult<{ id: string }>> {
  return revalidated(slug, await remove(slug, input));
}

/** The reply box's quick search (after `#`). */
export async function searchCannedRepliesAction(slug: string, input: SearchCannedRepliesInput): Promise<ActionResult<CannedReplyMatch[]>> {
  return search(slug, input);
}

/** Renders the picked reply for the ticket and counts the use. */
export async function insertCannedReplyAction(slug: string, input: RenderCannedReplyInput): Promise<ActionResult<RenderedCannedReply>> {
  return insert(slug, input);
}
