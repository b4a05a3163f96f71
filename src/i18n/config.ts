// The UI languages: everything from ./locales plus a zod schema for validating input.
// Client components should import from "@/i18n/locales" (no zod in the browser bundle).
import { z } from "zod";
import { locales } from "@/i18n/locales";

export * from "@/i18n/locales";

export const LocaleSchema = z.enum(locales);
