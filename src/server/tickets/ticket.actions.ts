"use server";
// Server actions of the ticket page: thin wrappers over the use cases; the page re-renders
// through revalidatePath, and other members' pages through live updates.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { addNote } from "./add-note";
import { sendReply } from "./send-reply";
import { updateTicket, type UpdateTicketResult } from "./update-ticket";
import { AddNoteInput, SendReplyInput, UpdateTicketInput } from "./ticket.schemas";

type MessageResult = { messageId: string; ticketNumber: number; version: number };

const reply = agentAction(SendReplyInput, sendReply);
const note = agentAction(AddNoteInput, addNote);
const update = agentAction(UpdateTicketInput, updateTicket);

function revalidated<T extends { ticketNumber?: number; number?: number }>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) {
    revalidatePath(`/${slug}/tickets/${result.data.ticketNumber ?? result.data.number}`);
    revalidatePath(`/${slug}/inbox`);
  }
  return result;
}

export async function sendReplyAction(slug: string, input: SendReplyInput): Promise<ActionResult<MessageResult>> {
  return revalidated(slug, await reply(slug, input));
}

export async function addNoteAction(slug: string, input: AddNoteInput): Promise<ActionResult<MessageResult>> {
  return revalidated(slug, await note(slug, input));
}

export async function updateTicketAction(slug: string, input: UpdateTicketInput): Promise<ActionResult<UpdateTicketResult>> {
  return revalidated(slug, await update(slug, input));
}
