import { z } from "zod";
import { text } from "@/lib/validation";
import { InboxFiltersSchema, InboxSortSchema, type InboxFilters, type InboxSort } from "@/server/inbox/inbox.schemas";

export const SavedViewNameSchema = text().trim().min(1).max(80);
export const SavedViewIdSchema = z.uuid();

export const CreateSavedViewInput = z.object({
  name: SavedViewNameSchema,
  filters: InboxFiltersSchema,
  sort: InboxSortSchema.default("activity"),
  /** Shared with the whole workspace (admins only); otherwise personal to its maker. */
  shared: z.boolean().default(false),
});
export type CreateSavedViewInput = z.input<typeof CreateSavedViewInput>;

/** Rename, replace the filters or change the sort; absent fields stay. Sharing does not change. */
export const UpdateSavedViewInput = z.object({
  id: SavedViewIdSchema,
  name: SavedViewNameSchema.optional(),
  filters: InboxFiltersSchema.optional(),
  sort: InboxSortSchema.optional(),
});
export type UpdateSavedViewInput = z.input<typeof UpdateSavedViewInput>;

export const DeleteSavedViewInput = z.object({ id: SavedViewIdSchema });
export type DeleteSavedViewInput = z.input<typeof DeleteSavedViewInput>;

export type SavedViewSummary = {
  id: string;
  name: string;
  filters: InboxFilters;
  sort: InboxSort;
  shared: boolean;
  ownedByMe: boolean;
};
