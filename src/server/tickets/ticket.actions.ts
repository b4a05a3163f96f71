"use server";
// Server actions of the ticket page: thin wrappers over the use cases; the page re-renders
// through revalidatePath, and other members' pages through live updates.
import { revalidatePath } from "next/cache";
import { agentAction, type ActionResult } from "@/server/action";
import { addNote } from "./add-note";
import { createTicket, type CreateTicketResult } from "./create-ticket";
import { markMentionsSeen, MarkMentionsSeenInput } from "./mark-mentions-seen";
import { mergeTickets, type MergeTicketsResult } from "./merge-tickets";
import { moveMessageToNewTicket, type MoveMessageToNewTicketResult } from "./move-message-to-new-ticket";
import { retryDelivery, type RetryDeliveryResult } from "./retry-delivery";
import { sendReply } from "./send-reply";
import { snoozeTicket, type SnoozeTicketResult } from "./snooze-ticket";
import { undoTicketChanges, type UndoTicketChangesResult } from "./undo-ticket-changes";
import { updateTicket, type UpdateTicketResult } from "./update-ticket";
import { updateTicketCc, type UpdateTicketCcResult } from "./update-ticket-cc";
import {
  AddNoteInput,
  CreateTicketInput,
  MergeTicketsInput,
  MoveMessageToNewTicketInput,
  RetryDeliveryInput,
  SendReplyInput,
  SnoozeTicketInput,
  UndoTicketChangesInput,
  UpdateTicketCcInput,
  UpdateTicketInput,
} from "./ticket.schemas";

type MessageResult = { messageId: string; ticketNumber: number; version: number };

const reply = agentAction(SendReplyInput, sendReply);
const note = agentAction(AddNoteInput, addNote);
const update = agentAction(UpdateTicketInput, updateTicket);
const updateCc = agentAction(UpdateTicketCcInput, updateTicketCc);
const merge = agentAction(MergeTicketsInput, mergeTickets);
const moveMessage = agentAction(MoveMessageToNewTicketInput, moveMessageToNewTicket);
const snooze = agentAction(SnoozeTicketInput, (ctx, input) => snoozeTicket(ctx, input));
const create = agentAction(CreateTicketInput, createTicket);
const undo = agentAction(UndoTicketChangesInput, undoTicketChanges);
const retry = agentAction(RetryDeliveryInput, retryDelivery);
const markSeen = agentAction(MarkMentionsSeenInput, (ctx, input) => markMentionsSeen(ctx, input));

function revalidateTicket(slug: string, number: number) {
  revalidatePath(`/${slug}/tickets/${number}`);
  revalidatePath(`/${slug}/inbox`);
}

function revalidated<T extends { ticketNumber?: number; number?: number }>(slug: string, result: ActionResult<T>): ActionResult<T> {
  if (result.ok) revalidateTicket(slug, (result.data.ticketNumber ?? result.data.number)!);
  return result;
}

/** A file as the composer sends it: React carries a Blob argument of a server action as a multipart part. */
type FileUpload = { filename: string; contentType?: string | null; content: Blob };
type WithFiles<T> = Omit<T, "attachments"> & { attachments?: FileUpload[] };

/** The files' bytes, for the schema (which checks the limits); anything that is not a Blob is left for it to refuse. */
async function readFiles<T extends { attachments?: unknown }>(input: T): Promise<T> {
  if (!input || typeof input !== "object" || !Array.isArray(input.attachments)) return input;
  const attachments = await Promise.all(
    input.attachments.map(async (f: unknown) =>
      f && typeof f === "object" && "content" in f && f.content instanceof Blob ? { ...f, content: new Uint8Array(await f.content.arrayBuffer()) } : f,
    ),
  );
  return { ...input, attachments };
}

export async function sendReplyAction(slug: string, input: WithFiles<SendReplyInput>): Promise<ActionResult<MessageResult>> {
  return revalidated(slug, await reply(slug, await readFiles(input as SendReplyInput)));
}

export async function addNoteAction(slug: string, input: WithFiles<AddNoteInput>): Promise<ActionResult<MessageResult>> {
  return revalidated(slug, await note(slug, await readFiles(input as AddNoteInput)));
}

/** "Retry" beside a reply that could not be delivered: queues it again. */
export async function retryDeliveryAction(slug: string, input: RetryDeliveryInput): Promise<ActionResult<RetryDeliveryResult>> {
  return revalidated(slug, await retry(slug, input));
}

export async function updateTicketAction(slug: string, input: UpdateTicketInput): Promise<ActionResult<UpdateTicketResult>> {
  return revalidated(slug, await update(slug, input));
}

/** The Cc list in the ticket's side column: add or remove addresses. */
export async function updateTicketCcAction(slug: string, input: UpdateTicketCcInput): Promise<ActionResult<UpdateTicketCcResult>> {
  return revalidated(slug, await updateCc(slug, input));
}

/** The Undo of a change's notice, in the inbox and on the ticket page. */
export async function undoTicketChangesAction(slug: string, input: UndoTicketChangesInput): Promise<ActionResult<UndoTicketChangesResult>> {
  const result = await undo(slug, input);
  if (result.ok) {
    for (const number of result.data.undone) revalidatePath(`/${slug}/tickets/${number}`);
    revalidatePath(`/${slug}/inbox`);
  }
  return result;
}

export async function snoozeTicketAction(slug: string, input: SnoozeTicketInput): Promise<ActionResult<SnoozeTicketResult>> {
  return revalidated(slug, await snooze(slug, input));
}

export async function mergeTicketsAction(slug: string, input: MergeTicketsInput): Promise<ActionResult<MergeTicketsResult>> {
  const result = await merge(slug, input);
  if (result.ok) {
    revalidateTicket(slug, result.data.source.number);
    revalidateTicket(slug, result.data.target.number);
  }
  return result;
}

/** "Move to new ticket" on a customer's message in the thread. */
export async function moveMessageToNewTicketAction(slug: string, input: MoveMessageToNewTicketInput): Promise<ActionResult<MoveMessageToNewTicketResult>> {
  const result = await moveMessage(slug, input);
  if (result.ok) {
    revalidateTicket(slug, result.data.source.number);
    revalidateTicket(slug, result.data.ticket.number);
  }
  return result;
}

export async function createTicketAction(slug: string, input: CreateTicketInput): Promise<ActionResult<CreateTicketResult>> {
  return revalidated(slug, await create(slug, input));
}

/** Called by the ticket page once it is shown; no revalidation of the page itself (nothing on it changes). */
export async function markMentionsSeenAction(slug: string, input: MarkMentionsSeenInput): Promise<ActionResult<{ seen: number }>> {
  const result = await markSeen(slug, input);
  if (result.ok && result.data.seen > 0) revalidatePath(`/${slug}/inbox`);
  return result;
}
