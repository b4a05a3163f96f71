// One schema per tag use case (Settings > Tags). Names follow the tickets' TagNameSchema
// (trimmed, lower-cased, 1-60 characters), so a renamed tag is one a ticket could have been given.
import { z } from "zod";
import { text } from "@/lib/validation";
import { TagNameSchema } from "@/server/tickets/ticket.schemas";

export const RenameTagInput = z.object({ tagId: z.uuid(), name: TagNameSchema });
export type RenameTagInput = z.input<typeof RenameTagInput>;

export const DeleteTagInput = z.object({ tagId: z.uuid() });
export type DeleteTagInput = z.input<typeof DeleteTagInput>;

/** The list's page: tags after this name (keyset), optionally those starting with `q`. */
export const ListTagsInput = z.object({
  after: text().max(60).optional(),
  q: text().trim().toLowerCase().max(60).optional(),
});
export type ListTagsInput = z.input<typeof ListTagsInput>;
