import { z } from "zod";
import { LocaleSchema, SlugSchema, TimeZoneSchema, text } from "@/lib/validation";
import { ContactFormOriginsSchema } from "@/lib/contact-form-origins";
import { BlockedSendersSchema } from "@/server/mail/suspension";

export const CreateWorkspaceInput = z.object({
  slug: SlugSchema,
  name: text().trim().min(1).max(120),
  timeZone: TimeZoneSchema.default("UTC"),
  defaultLocale: LocaleSchema.default("en"),
});
export type CreateWorkspaceInput = z.input<typeof CreateWorkspaceInput>;

/** The workspace settings page: switches that change how the helpdesk behaves. */
export const UpdateWorkspaceSettingsInput = z.object({
  assignOnFirstReply: z.boolean(),
  /** Addresses and domains whose mail is suspended (src/server/mail/suspension.ts); unchanged when left out. */
  blockedSenders: BlockedSendersSchema.optional(),
  /** Sites that may embed the contact form (src/server/contact/embed-origins.ts); unchanged when left out. */
  contactFormOrigins: ContactFormOriginsSchema.optional(),
});
export type UpdateWorkspaceSettingsInput = z.input<typeof UpdateWorkspaceSettingsInput>;
