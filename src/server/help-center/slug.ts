// URL slugs of help-center articles, one per article and language. A slug keeps the letters of
// its language (/el/πώς-επιστρέφω-ένα-προϊόν, /et/kuidas-tellimust-tühistada): readers see the URL
// in their own script and search engines match it, so nothing is transliterated to ASCII.
// Slugs are compared as stored, so every path that makes one produces the same form: NFKC,
// lower-case, no Arabic harakat or tatweel (an author may or may not type them, the word is the same).
import { text } from "@/lib/validation";

export const ARTICLE_SLUG_MAX = 80;
const FALLBACK_SLUG = "article";

// Harakat (fathatan ... sukun) and tatweel: vowel signs and a stretching stroke, not letters.
const ARABIC_DIACRITICS = /[\u064B-\u0652\u0640]/g;
// An apostrophe inside a word does not split it: "don't" is "dont", not "don-t".
const INNER_APOSTROPHE = /(?<=[\p{L}\p{N}])['\u2019](?=[\p{L}\p{N}])/gu;
// A combining mark with no letter or digit before it would decorate a hyphen, or nothing.
const DETACHED_MARKS = /(^|[^\p{L}\p{N}\p{M}])\p{M}+/gu;
const NOT_SLUG_CHARS = /[^\p{L}\p{N}\p{M}]+/gu;

/** Lower-cases without the runtime's locale (a Turkish "I" must not become a dotless "ı"). */
function canonical(s: string): string {
  return s.normalize("NFKC").toLowerCase().replace(ARABIC_DIACRITICS, "");
}

/** At most `max` UTF-16 units (what the schema's max counts) without splitting a surrogate pair. */
function clip(s: string, max: number): string {
  if (s.length <= max) return s;
  const cut = s.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

const trimHyphens = (s: string) => s.replace(/^-+|-+$/g, "");

/** The slug for an article title in any of our languages (see the header); never empty. */
export function slugify(title: string): string {
  const slug = trimHyphens(
    canonical(title).replace(INNER_APOSTROPHE, "").replace(DETACHED_MARKS, "$1").replace(NOT_SLUG_CHARS, "-"),
  );
  if (slug.length <= ARTICLE_SLUG_MAX) return slug || FALLBACK_SLUG;
  const clipped = clip(slug, ARTICLE_SLUG_MAX);
  // Whole words when the cut keeps most of the title; a long single word is cut inside instead.
  const nextIsBoundary = slug[clipped.length] === "-";
  const lastHyphen = clipped.lastIndexOf("-");
  const cut = nextIsBoundary || lastHyphen < ARTICLE_SLUG_MAX / 2 ? clipped : clipped.slice(0, lastHyphen);
  return trimHyphens(cut) || FALLBACK_SLUG;
}

/** What slugify produces: letters, digits and single inner hyphens; marks only after a letter or digit. */
export const ARTICLE_SLUG_PATTERN = /^[\p{L}\p{N}]\p{M}*(?:-?[\p{L}\p{N}]\p{M}*)*$/u;

/** An article slug typed by an agent, in the form slugify would store it. */
export const ArticleSlugSchema = text()
  .trim()
  .overwrite(canonical)
  .min(1)
  .max(ARTICLE_SLUG_MAX)
  .regex(ARTICLE_SLUG_PATTERN, "use letters, digits and dashes");

// A workspace with ten thousand "faq" articles in one language is a bug elsewhere, not a slug to find.
const MAX_ATTEMPTS = 10_000;

/**
 * `base` if it is free, else `base-2`, `base-3`, ... (shortened so that the suffix fits within
 * the 80 characters). `taken` is asked one candidate at a time, in order.
 */
export async function uniqueSlug(
  base: string,
  taken: (candidate: string) => boolean | Promise<boolean>,
): Promise<string> {
  const root = trimHyphens(clip(base, ARTICLE_SLUG_MAX)) || FALLBACK_SLUG;
  if (!(await taken(root))) return root;
  for (let n = 2; n <= MAX_ATTEMPTS; n++) {
    const suffix = `-${n}`;
    const candidate = `${trimHyphens(clip(root, ARTICLE_SLUG_MAX - suffix.length))}${suffix}`;
    if (!(await taken(candidate))) return candidate;
  }
  throw new Error(`no free slug for "${root}" after ${MAX_ATTEMPTS} attempts`);
}
