import { z } from "zod";

export const TicketNumberSchema = z.coerce.number().int().min(1).max(2_147_483_647);
export const MessageTextSchema = z.string().trim().min(1).max(100_000);

export const AddReplyInput = z.object({ ticketNumber: TicketNumberSchema, text: MessageTextSchema });
export type AddReplyInput = z.input<typeof AddReplyInput>;

export const AddNoteInput = z.object({ ticketNumber: TicketNumberSchema, text: MessageTextSchema });
export type AddNoteInput = z.input<typeof AddNoteInput>;
