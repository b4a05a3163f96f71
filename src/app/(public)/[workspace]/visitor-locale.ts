// The language of a visitor who comes to a shop's public page without one in the URL: their
// browser's (Accept-Language) when we have it, else the shop's default language.
import { headers } from "next/headers";
import { defaultLocale, isLocale, matchAcceptLanguage, type Locale } from "@/i18n/config";

export async function visitorLocale(workspace: { defaultLocale: string }): Promise<Locale> {
  return matchAcceptLanguage((await headers()).get("accept-language")) ?? (isLocale(workspace.defaultLocale) ? workspace.defaultLocale : defaultLocale);
}
