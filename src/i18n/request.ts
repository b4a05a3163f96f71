// next-intl's per-request configuration, without locale routing: the agent's URLs carry no locale.
// Locale: on the public help center (/<workspace>/help/<locale>/...), the URL's; elsewhere the
// signed-in user's saved choice, else the shopdesk_locale cookie, else the best match of
// Accept-Language, else "en". (The saved choice follows a user to a new device.)
// Time zone: the shopdesk_tz cookie when it names a real zone, else UTC.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, isLocale, matchAcceptLanguage, publicPathLocale, validTimeZone, type Locale } from "@/i18n/config";
import { LOCALE_COOKIE, TIME_ZONE_COOKIE } from "@/i18n/locale-cookie";
import { loadMessages } from "@/i18n/messages";
import { getSessionLocale } from "@/server/auth/session";

export default getRequestConfig(async ({ locale: requested }) => {
  const cookieStore = await cookies();
  // An explicit locale (getTranslations({ locale })) wins over the request's.
  const locale: Locale = isLocale(requested) ? requested : await requestLocale(cookieStore.get(LOCALE_COOKIE)?.value);
  return {
    locale,
    timeZone: validTimeZone(cookieStore.get(TIME_ZONE_COOKIE)?.value) ?? "UTC",
    // One "now" for the server render and the client's first render, so relative times hydrate cleanly.
    now: new Date(),
    messages: await loadMessages(locale),
  };
});

async function requestLocale(fromCookie: string | undefined): Promise<Locale> {
  const fromUrl = publicPathLocale((await headers()).get("x-pathname"));
  if (fromUrl) return fromUrl;
  const saved = await getSessionLocale();
  if (isLocale(saved)) return saved;
  if (isLocale(fromCookie)) return fromCookie;
  return matchAcceptLanguage((await headers()).get("accept-language")) ?? defaultLocale;
}
