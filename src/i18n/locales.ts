// The UI languages and what the rest of the app needs to know about them.
// No dependencies, so client components can import it without pulling zod into the browser
// bundle; src/i18n/config.ts re-exports all of it together with the zod schema.

export const locales = ["en", "el", "ar", "et", "pl"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language named in itself, for the language picker. */
export const localeLabels: Record<Locale, string> = {
  en: "English",
  el: "Ελληνικά",
  ar: "العربية",
  et: "Eesti",
  pl: "Polski",
};

const rtlLocales: ReadonlySet<Locale> = new Set<Locale>(["ar"]);

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return rtlLocales.has(locale) ? "rtl" : "ltr";
}

/**
 * The best supported locale for an Accept-Language header, or undefined.
 * Honours q-values and falls back from a regional tag to its language ("pl-PL" -> "pl").
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | undefined {
  if (!header) return undefined;
  const ranges = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    // Stable: equal weights keep the header's order.
    .sort((a, b) => b.weight - a.weight || a.index - b.index);

  for (const { tag } of ranges) {
    if (tag === "*") return defaultLocale;
    const language = tag.split("-")[0];
    if (isLocale(language)) return language;
  }
  return undefined;
}

/** A usable IANA time zone name, or undefined. */
export function validTimeZone(value: string | null | undefined): string | undefined {
  if (!value || value.length > 64) return undefined;
  try {
    return new Intl.DateTimeFormat("en", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/** The customer-facing sections of a workspace: /<workspace>/<section>/<locale>/... */
export const publicSections = ["help", "contact", "portal"] as const;
const PUBLIC_PATH = new RegExp(`^/[^/?#]+/(?:${publicSections.join("|")})/([a-z]{2})(?:[/?#]|$)`);

/**
 * The language a public page's URL names (/<workspace>/help/<locale>/..., contact, portal), or
 * undefined: there, the URL decides the page's language, not the visitor's cookie or session.
 */
export function publicPathLocale(pathname: string | null | undefined): Locale | undefined {
  const m = pathname ? PUBLIC_PATH.exec(pathname) : null;
  return m && isLocale(m[1]) ? m[1] : undefined;
}
