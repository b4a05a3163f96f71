// Field schemas shared by forms, the API, the CLI and use cases (safe in the browser).
import { z } from "zod";

export { LocaleSchema, locales as LOCALES, type Locale } from "@/i18n/config";
import { validTimeZone } from "@/i18n/locales";

export const EmailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

// Workspace slugs share the URL's first segment with the app's own routes.
export const RESERVED_SLUGS = new Set([
  "api", "login", "logout", "invite", "account", "workspaces", "help", "static", "public",
  "assets", "admin", "settings", "health", "favicon.ico", "robots.txt", "_next",
]);

export const SlugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(48)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/, "use lower-case letters, digits and dashes")
  .refine((s) => !RESERVED_SLUGS.has(s), "is reserved");

export const TimeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine((tz) => validTimeZone(tz) !== undefined, "unknown time zone");

export const PersonNameSchema = z.string().trim().min(1).max(120);

export const MemberRoleSchema = z
  .string()
  .trim()
  .toUpperCase()
  .pipe(z.enum(["ADMIN", "AGENT", "LIGHT_AGENT"]));
