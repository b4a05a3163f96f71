// Cookies that carry the user's language and time zone. Read by src/i18n/request.ts.

export const LOCALE_COOKIE = "shopdesk_locale";
/** Set by the browser itself (see time-zone-sync.tsx), so it must not be HTTP-only. */
export const TIME_ZONE_COOKIE = "shopdesk_tz";

const ONE_YEAR_SECONDS = 60 * 60 * 24 * 365;

/** Options for `cookies().set(LOCALE_COOKIE, locale, localeCookieOptions)`. */
export const localeCookieOptions = {
  path: "/",
  maxAge: ONE_YEAR_SECONDS,
  sameSite: "lax",
  httpOnly: true,
} as const;

export const timeZoneCookieOptions = {
  path: "/",
  maxAge: ONE_YEAR_SECONDS,
  sameSite: "lax",
} as const;
