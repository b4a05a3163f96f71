import { z } from "zod";
import { LocaleSchema, SlugSchema, TimeZoneSchema, text } from "@/lib/validation";
import { ContactFormOriginsSchema } from "@/lib/contact-form-origins";
import { BlockedSendersSchema } from "@/server/mail/suspension";
import { BrandAccentColorSchema, BrandFooterLinksSchema, MAX_LOGO_BYTES, sniffLogoType } from "@/lib/brand";

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

/** Settings > Help center & branding: the public pages' switch and look (logo apart). */
export const UpdateWorkspaceBrandingInput = z.object({
  helpCenterEnabled: z.boolean(),
  /** `#rrggbb`; null or "" for the app's own colour. */
  accentColor: BrandAccentColorSchema,
  footerLinks: BrandFooterLinksSchema,
});
export type UpdateWorkspaceBrandingInput = z.input<typeof UpdateWorkspaceBrandingInput>;

/**
 * A new logo: its bytes, at most 1 MB, PNG, JPEG or WebP by their first bytes (src/lib/brand.ts);
 * the type is sniffed, never taken from the upload.
 */
export const UploadWorkspaceLogoInput = z.object({
  logo: z.instanceof(Uint8Array).superRefine((bytes, c) => {
    if (bytes.byteLength === 0) c.addIssue({ code: "custom", message: "is empty", params: { code: "required" } });
    else if (bytes.byteLength > MAX_LOGO_BYTES) c.addIssue({ code: "custom", message: "is larger than 1 MB", params: { code: "logoTooLarge" } });
    else if (!sniffLogoType(bytes)) c.addIssue({ code: "custom", message: "is not a PNG, JPEG or WebP image", params: { code: "logoType" } });
  }),
});
export type UploadWorkspaceLogoInput = z.input<typeof UploadWorkspaceLogoInput>;

export const RemoveWorkspaceLogoInput = z.object({});
export type RemoveWorkspaceLogoInput = z.input<typeof RemoveWorkspaceLogoInput>;

/**
 * Settings > Workspace, general: the name people see, the time zone that dates and reports use,
 * and the language of the public pages and of mail when a customer's own is unknown.
 */
export const UpdateWorkspaceGeneralInput = z.object({
  name: text().trim().min(1).max(120),
  timeZone: TimeZoneSchema,
  defaultLocale: LocaleSchema,
});
export type UpdateWorkspaceGeneralInput = z.input<typeof UpdateWorkspaceGeneralInput>;
