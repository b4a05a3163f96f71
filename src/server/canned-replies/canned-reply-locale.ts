// Which version of a canned reply a customer gets: their language, else the workspace's default
// language, else the first there is (in the app's order of languages).
import { isLocale, locales, type Locale } from "@/i18n/locales";

/** A stored customer locale ("el", "el-GR", "PL") as one of ours, or null. */
export function customerLanguage(locale: string | null | undefined): Locale | null {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return isLocale(primary) ? primary : null;
}

export function pickVersion<V extends { locale: string }>(versions: readonly V[], customerLocale: string | null | undefined, workspaceLocale: string): (V & { locale: Locale }) | null {
  const usable = versions.filter((v): v is V & { locale: Locale } => isLocale(v.locale));
  const wanted = [customerLanguage(customerLocale), customerLanguage(workspaceLocale), ...locales];
  for (const locale of wanted) {
    const found = locale && usable.find((v) => v.locale === locale);
    if (found) return found;
  }
  return null;
}
