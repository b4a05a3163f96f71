import { z } from "zod";
import { LocaleSchema, SlugSchema, TimeZoneSchema } from "@/lib/validation";

export const CreateWorkspaceInput = z.object({
  slug: SlugSchema,
  name: z.string().trim().min(1).max(120),
  timeZone: TimeZoneSchema.default("UTC"),
  defaultLocale: LocaleSchema.default("en"),
});
export type CreateWorkspaceInput = z.input<typeof CreateWorkspaceInput>;
