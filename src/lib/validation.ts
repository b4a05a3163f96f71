// Field schemas shared by forms, the API, the CLI and use cases (safe in the browser).
import { z } from "zod";

export { LocaleSchema, locales as LOCALES, type Locale } from "@/i18n/config";
import { validTimeZone } from "@/i18n/locales";

// In the browser, zod's compiled parsers would first probe `new Function("")`, which our CSP
// (no 'unsafe-eval') reports as a violation on every page that parses; the interpreted parsers
// need no eval. Every module with a text schema imports this file before it parses anything.
if (typeof window !== "undefined") z.config({ jitless: true });

/**
 * Every text schema starts here (a lint rule forbids a bare `z.string()` elsewhere). It drops
 * U+0000, which no real text carries and PostgreSQL refuses in text columns (a 500 instead of a
 * 4xx). Dropped rather than refused so that a mail with a stray NUL is still ingested; the
 * checks chained after it (trim, min, max, email...) see the text without it.
 */
export function text() {
  // eslint-disable-next-line no-restricted-syntax -- the one place that may build a bare string schema
  return z.string().overwrite((s) => (s.includes("\u0000") ? s.replaceAll("\u0000", "") : s));
}

export const EmailSchema = text()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

// Workspace slugs share the URL's first segment with the app's own routes.
export const RESERVED_SLUGS = new Set([
  "api", "login", "logout", "invite", "account", "workspaces", "help", "static", "public",
  "assets", "admin", "settings", "health", "favicon.ico", "robots.txt", "_next",
]);

/** What every stored slug looks like; a URL segment that does not match names no workspace. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export const SlugSchema = text()
  .trim()
  .toLowerCase()
  .min(2)
  .max(48)
  .regex(SLUG_PATTERN, "use lower-case letters, digits and dashes")
  .refine((s) => !RESERVED_SLUGS.has(s), "is reserved");

export const TimeZoneSchema = text()
  .trim()
  .min(1)
  .max(64)
  .refine((tz) => validTimeZone(tz) !== undefined, "unknown time zone");

export const PersonNameSchema = text().trim().min(1).max(120);

export const MemberRoleSchema = text()
  .trim()
  .toUpperCase()
  .pipe(z.enum(["ADMIN", "AGENT", "LIGHT_AGENT"]));

/**
 * A timestamp inside a keyset cursor. ISO 8601 allows year 0000, which PostgreSQL has no
 * timestamp for (a 500 instead of a 422); no row of ours is dated before year 1 or after 9999.
 */
export const CursorInstantSchema = z.iso
  .datetime()
  .refine((s) => {
    const year = new Date(s).getUTCFullYear();
    return year >= 1 && year <= 9999;
  }, "is out of range");
