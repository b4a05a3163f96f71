// The customer portal's inputs, one schema per use case (zod at the boundary).
import { z } from "zod";
import { EmailSchema, LocaleSchema, text } from "@/lib/validation";
import { MessageAttachmentsSchema, MessageTextSchema, TicketNumberSchema } from "@/server/tickets/ticket.schemas";

export const RequestPortalLinkInput = z.object({
  workspaceId: z.uuid(),
  email: EmailSchema,
  /** The page's language: the mail's, unless the customer has a language of their own. */
  locale: LocaleSchema,
});
export type RequestPortalLinkInput = z.input<typeof RequestPortalLinkInput>;

/** A link's token as randomToken() makes it (43 base64url characters); anything else is no link. */
export const PortalTokenSchema = text().regex(/^[A-Za-z0-9_-]{43}$/);

export const SignInWithLinkInput = z.object({ workspaceId: z.uuid(), token: PortalTokenSchema });
export type SignInWithLinkInput = z.input<typeof SignInWithLinkInput>;

export const AddPortalReplyInput = z.object({
  ticketNumber: TicketNumberSchema,
  text: MessageTextSchema,
  attachments: MessageAttachmentsSchema.optional(),
});
export type AddPortalReplyInput = z.input<typeof AddPortalReplyInput>;

export const CloseOwnTicketInput = z.object({ ticketNumber: TicketNumberSchema });
export type CloseOwnTicketInput = z.input<typeof CloseOwnTicketInput>;
