// Inputs of the help center's authoring use cases (issue 16): categories and sections, articles
// and their languages. One schema per use case; HTML is sanitized by the use case, not here.
import { z } from "zod";
import { LocaleSchema, text, type Locale } from "@/lib/validation";
import { ArticleSlugSchema } from "./slug";

const Id = z.uuid();

export const CategoryTranslationSchema = z.object({
  name: text().trim().min(1).max(120),
  description: text().trim().max(500).default(""),
  /** Made from the name when absent. */
  slug: ArticleSlugSchema.optional(),
});

/** At least one language; keys are the workspace's languages (en, el, ar, et, pl). */
const CategoryTranslations = z
  .partialRecord(LocaleSchema, CategoryTranslationSchema)
  .refine((t) => Object.keys(t).length > 0, { message: "give the name in at least one language", params: { code: "required" } });

export const CreateHelpCategoryInput = z.object({
  /** A section of this category; absent: a category. */
  parentId: Id.optional(),
  position: z.int().min(0).max(10_000).optional(),
  translations: CategoryTranslations,
});
export type CreateHelpCategoryInput = z.input<typeof CreateHelpCategoryInput>;

/** Languages given are written (added or replaced); a language set to null is removed. */
export const UpdateHelpCategoryInput = z.object({
  id: Id,
  position: z.int().min(0).max(10_000).optional(),
  translations: z.partialRecord(LocaleSchema, CategoryTranslationSchema.nullable()).optional(),
});
export type UpdateHelpCategoryInput = z.input<typeof UpdateHelpCategoryInput>;

export const DeleteHelpCategoryInput = z.object({ id: Id });
export type DeleteHelpCategoryInput = z.input<typeof DeleteHelpCategoryInput>;

export const ArticleStatusSchema = z.enum(["DRAFT", "PUBLISHED"]);

/** One language of an article as an author saves it. */
export const ArticleContentSchema = z.object({
  locale: LocaleSchema,
  title: text().trim().min(1).max(200),
  /** Made from the title when absent (and kept from the saved one when editing). */
  slug: ArticleSlugSchema.optional(),
  description: text().trim().max(300).default(""),
  /** The editor's HTML; up to 1 MB before sanitizing. */
  bodyHtml: text().max(1_000_000),
  status: ArticleStatusSchema.default("DRAFT"),
});

/** Problem-area keys (returns, refunds, ...) the article answers. */
const AreaKeys = z.array(text().trim().min(1).max(48)).max(20);

export const CreateArticleInput = z.object({
  categoryId: Id,
  promoted: z.boolean().default(false),
  position: z.int().min(0).max(10_000).optional(),
  areas: AreaKeys.default([]),
  content: ArticleContentSchema,
});
export type CreateArticleInput = z.input<typeof CreateArticleInput>;

export const SaveArticleContentInput = z.object({
  articleId: Id,
  content: ArticleContentSchema,
  /**
   * The version the author started from; a save on top of someone else's newer one is a
   * CONFLICT instead of silently replacing it. Absent for a new language.
   */
  expectedVersion: z.int().min(1).optional(),
});
export type SaveArticleContentInput = z.input<typeof SaveArticleContentInput>;

export const RestoreArticleVersionInput = z.object({
  articleId: Id,
  locale: LocaleSchema,
  version: z.int().min(1),
});
export type RestoreArticleVersionInput = z.input<typeof RestoreArticleVersionInput>;

/** Where an article is filed and how it is shown; absent fields stay. */
export const UpdateArticleInput = z.object({
  articleId: Id,
  categoryId: Id.optional(),
  promoted: z.boolean().optional(),
  position: z.int().min(0).max(10_000).optional(),
  areas: AreaKeys.optional(),
});
export type UpdateArticleInput = z.input<typeof UpdateArticleInput>;

/** An image's bytes as uploaded from the editor; its size and type are checked by the use case. */
export const UploadArticleImageInput = z.object({ file: z.instanceof(Uint8Array) });
export type UploadArticleImageInput = z.input<typeof UploadArticleImageInput>;

export type ArticleVersionSummary = {
  version: number;
  title: string;
  status: "DRAFT" | "PUBLISHED";
  authorMemberId: string | null;
  authorName: string | null;
  restoredFrom: number | null;
  createdAt: string;
};

export type SavedArticleContent = { articleId: string; locale: Locale; slug: string; version: number; status: "DRAFT" | "PUBLISHED" };
