// The language of a customer's first mail, among the five Shopdesk speaks, so their
// acknowledgement and the agents' view of them start in it (the customer's locale is only filled
// in when empty, never overwritten). franc's trigram models, limited to those five languages;
// short or mixed text gives null and the workspace's language applies.
import { franc } from "franc";
import type { Locale } from "@/i18n/locales";

/** franc's ISO 639-3 codes of our locales (Estonian is `ekk`, Standard Estonian). */
const BY_CODE: Record<string, Locale> = { eng: "en", ell: "el", arb: "ar", ekk: "et", pol: "pl" };
const ONLY = Object.keys(BY_CODE);
/** Below this many letters a guess is a coin toss. */
const MIN_LETTERS = 20;
/** A few sentences tell the language as surely as a page (franc's time grows with the text). */
const SAMPLE_CHARS = 1500;

export function detectLocale(text: string): Locale | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return null;
  return BY_CODE[franc(sample, { only: ONLY, minLength: MIN_LETTERS })] ?? null;
}
