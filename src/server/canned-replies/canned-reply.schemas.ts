import { z } from "zod";
import { LOCALES, text, type Locale } from "@/lib/validation";
import type { Placeholder } from "@/lib/canned-placeholders";

export const CANNED_BODY_MAX = 10_000;
export const CannedReplyIdSchema = z.uuid();
const TitleSchema = text().trim().min(1).max(120);
/** "" = no folder. */
const FolderSchema = text().trim().max(60).default("");
const BodySchema = text()
  .max(CANNED_BODY_MAX)
  // Line endings as the textarea sends them on every platform; trailing blanks dropped.
  .transform((s) => s.replace(/\r\n?/g, "\n").trimEnd());

/**
 * The text per language, as the form sends it: a language left empty has no version. At least
 * one language must have text (the error is on `versions`).
 */
export const VersionsSchema = z
  .object(Object.fromEntries(LOCALES.map((l) => [l, BodySchema.optional()])) as Record<Locale, z.ZodOptional<typeof BodySchema>>)
  .strict()
  .transform((v) => Object.fromEntries(Object.entries(v).filter(([, body]) => body !== undefined && body.trim() !== "")) as Partial<Record<Locale, string>>)
  .refine((v) => Object.keys(v).length > 0, { message: "needs the text in at least one language", params: { code: "noVersion" } });

export const CreateCannedReplyInput = z.object({
  title: TitleSchema,
  folder: FolderSchema,
  /** Shared with the whole workspace (admins only); otherwise personal to its maker. */
  shared: z.boolean().default(false),
  versions: VersionsSchema,
});
export type CreateCannedReplyInput = z.input<typeof CreateCannedReplyInput>;

/** Replaces the title, folder and every version; sharing does not change. */
export const UpdateCannedReplyInput = z.object({
  id: CannedReplyIdSchema,
  title: TitleSchema,
  folder: FolderSchema,
  versions: VersionsSchema,
});
export type UpdateCannedReplyInput = z.input<typeof UpdateCannedReplyInput>;

export const DeleteCannedReplyInput = z.object({ id: CannedReplyIdSchema });
export type DeleteCannedReplyInput = z.input<typeof DeleteCannedReplyInput>;

/** The reply box's quick search: what was typed after `#`, on this ticket (for the language). */
export const SearchCannedRepliesInput = z.object({
  q: text().trim().max(120).default(""),
  ticketNumber: z.coerce.number().int().positive().max(2_147_483_647),
});
export type SearchCannedRepliesInput = z.input<typeof SearchCannedRepliesInput>;

/** Renders a reply for a ticket: its customer's language, placeholders filled. */
export const RenderCannedReplyInput = z.object({
  id: CannedReplyIdSchema,
  ticketNumber: z.coerce.number().int().positive().max(2_147_483_647),
});
export type RenderCannedReplyInput = z.input<typeof RenderCannedReplyInput>;

export const RecordCannedReplyUseInput = z.object({ id: CannedReplyIdSchema });
export type RecordCannedReplyUseInput = z.input<typeof RecordCannedReplyUseInput>;

export type CannedReplySummary = {
  id: string;
  title: string;
  folder: string;
  shared: boolean;
  ownedByMe: boolean;
  /** The actor may edit and delete it (an admin for shared ones, the owner for personal ones). */
  editable: boolean;
  usageCount: number;
  lastUsedAt: Date | null;
  versions: Partial<Record<Locale, string>>;
};

export type CannedReplyMatch = {
  id: string;
  title: string;
  folder: string;
  shared: boolean;
  /** The first line of the version the customer would get, unfilled. */
  preview: string;
  locale: Locale;
};

export type RenderedCannedReply = { id: string; text: string; locale: Locale; missing: Placeholder[] };
