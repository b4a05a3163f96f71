// Problem area names per language (ProblemArea.names): what admins may store, and what a reader's
// language shows. Safe in the browser: the settings form checks the same schema.
import { z } from "zod";
import { LocaleSchema, LOCALES, text, type Locale } from "@/lib/validation";

export type AreaNames = Partial<Record<Locale, string>>;

export const ProblemAreaNameSchema = text().trim().min(1).max(80);

/**
 * `{ en: "Returns", el: "Επιστροφές" }`: languages without a name are left out (an empty field
 * in the form means "none"), at least one is required by the use cases that need one.
 */
export const ProblemAreaNamesSchema = z
  .record(LocaleSchema, text().optional())
  .transform((names) => Object.fromEntries(Object.entries(names).map(([l, n]) => [l, n?.trim() ?? ""]).filter(([, n]) => n !== "")))
  .pipe(z.partialRecord(LocaleSchema, ProblemAreaNameSchema));

const StoredNames = z.partialRecord(LocaleSchema, text());

/** What is stored, read leniently: anything that is not a name of a known language is ignored. */
export function storedAreaNames(raw: unknown): AreaNames {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return {};
  const names: AreaNames = {};
  for (const locale of LOCALES) {
    const parsed = StoredNames.safeParse({ [locale]: (raw as Record<string, unknown>)[locale] });
    const name = parsed.success ? parsed.data[locale] : undefined;
    if (name) names[locale] = name;
  }
  return names;
}

/** Every language's name as readers see it: its own, else the workspace's default language's. */
export function displayAreaNames(raw: unknown, defaultLocale: string): AreaNames {
  const stored = storedAreaNames(raw);
  const fallback = stored[defaultLocale as Locale];
  const names: AreaNames = {};
  for (const locale of LOCALES) {
    const name = stored[locale] ?? fallback;
    if (name) names[locale] = name;
  }
  return names;
}

/** The name kept in the `name` column: the default language's, else the first one given. */
export function primaryAreaName(names: AreaNames, defaultLocale: string): string | undefined {
  return names[defaultLocale as Locale] ?? LOCALES.map((l) => names[l]).find(Boolean);
}

/** `{ "names.en": "Returns", "names.el": null, ... }`: the audit log then shows only the languages that changed. */
export function flatAreaNames(names: AreaNames): Record<string, string | null> {
  return Object.fromEntries(LOCALES.map((l) => [`names.${l}`, names[l] ?? null]));
}
