"use client";
// Tells the server the browser's time zone (cookie shopdesk_tz, read by src/i18n/request.ts),
// then re-renders once so dates appear in local time. Rendered once, in the root layout.
import { useEffect } from "react";
import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { TIME_ZONE_COOKIE, timeZoneCookieOptions } from "@/i18n/locale-cookie";

export function TimeZoneSync() {
  const serverTimeZone = useTimeZone();
  const router = useRouter();

  useEffect(() => {
    const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!browserTimeZone || browserTimeZone === serverTimeZone) return;
    if (!/^[A-Za-z0-9_+\-/]{1,64}$/.test(browserTimeZone)) return;
    const cookie = `${TIME_ZONE_COOKIE}=${browserTimeZone}`;
    document.cookie = `${cookie}; path=${timeZoneCookieOptions.path}; max-age=${timeZoneCookieOptions.maxAge}; samesite=${timeZoneCookieOptions.sameSite}`;
    // Only refresh when the cookie stuck (cookies may be blocked).
    if (document.cookie.split("; ").includes(cookie)) router.refresh();
  }, [serverTimeZone, router]);

  return null;
}
