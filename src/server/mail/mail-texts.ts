// Texts the worker writes in a customer's or a workspace's language (the acknowledgement of a new
// ticket, the internal note about a reply that could not be delivered), from the `mail` message
// catalogs, outside any request.
import { createTranslator } from "next-intl";
import { defaultLocale, isLocale, type Locale } from "@/i18n/config";
import ar from "@/i18n/messages/ar/mail.json";
import el from "@/i18n/messages/el/mail.json";
import en from "@/i18n/messages/en/mail.json";
import et from "@/i18n/messages/et/mail.json";
import pl from "@/i18n/messages/pl/mail.json";

const CATALOGS: Record<Locale, typeof en> = { en, el, ar, et, pl };

/** The first of `candidates` that is one of our languages, else English. */
export function pickLocale(...candidates: Array<string | null | undefined>): Locale {
  for (const c of candidates) {
    const language = c?.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(language)) return language;
  }
  return defaultLocale;
}

type MailTranslator = ReturnType<typeof makeTranslator>;
const makeTranslator = (locale: Locale) => createTranslator({ locale, messages: { mail: CATALOGS[locale] }, namespace: "mail" });
/** One per language, kept: a translator caches its compiled messages (the SLA sweep renders thousands of mails). */
const translators = new Map<Locale, MailTranslator>();

export function mailTranslator(locale: Locale): MailTranslator {
  let t = translators.get(locale);
  if (!t) translators.set(locale, (t = makeTranslator(locale)));
  return t;
}
