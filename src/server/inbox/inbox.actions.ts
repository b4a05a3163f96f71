"use server";
// Server actions of the inbox page: bulk changes to the selected tickets and the member's saved
// views. Thin wrappers over the use cases; the page re-renders through revalidatePath.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { bulkUpdateTickets, type BulkUpdateTicketsResult } from "@/server/tickets/bulk-update-tickets";
import { BulkUpdateTicketsInput } from "@/server/tickets/ticket.schemas";
import { createSavedView } from "@/server/saved-views/create-saved-view";
import { deleteSavedView } from "@/server/saved-views/delete-saved-view";
import { updateSavedView } from "@/server/saved-views/update-saved-view";
import {
  CreateSavedViewInput,
  DeleteSavedViewInput,
  UpdateSavedViewInput,
  type SavedViewSummary,
} from "@/server/saved-views/saved-view.schemas";

const bulk = agentAction(BulkUpdateTicketsInput, bulkUpdateTickets);
const create = agentAction(CreateSavedViewInput, createSavedView);
const update = agentAction(UpdateSavedViewInput, updateSavedView);
const remove = agentAction(DeleteSavedViewInput, deleteSavedView);

function revalidated<T>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidatePath(`/${slug}/inbox`);
  return result;
}

export async function bulkUpdateTicketsAction(slug: string, input: BulkUpdateTicketsInput): Promise<ActionResult<BulkUpdateTicketsResult>> {
  return revalidated(slug, await bulk(slug, input));
}

export async function createSavedViewAction(slug: string, input: CreateSavedViewInput): Promise<ActionResult<SavedViewSummary>> {
  return revalidated(slug, await create(slug, input));
}

export async function updateSavedViewAction(slug: string, input: UpdateSavedViewInput): Promise<ActionResult<SavedViewSummary>> {
  return revalidated(slug, await update(slug, input));
}

export async function deleteSavedViewAction(slug: string, input: DeleteSavedViewInput): Promise<ActionResult<{ id: string }>> {
  return revalidated(slug, await remove(slug, input));
}
