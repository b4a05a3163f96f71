"use server";
// The language picker's action, on every page: stores the choice in a cookie and, for a
// signed-in user, on their account so it follows them to other devices.
import { cookies } from "next/headers";
import { LocaleSchema } from "@/i18n/config";
import { LOCALE_COOKIE, localeCookieOptions } from "@/i18n/locale-cookie";
import { db } from "@/server/db";
import { getSessionUser } from "@/server/auth/session";
import { setPreferredLocale } from "@/server/users/set-preferred-locale";

export async function setLocaleAction(locale: unknown): Promise<void> {
  const parsed = LocaleSchema.safeParse(locale);
  // Only a tampered request sends anything else; ignore it rather than show an error page.
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, localeCookieOptions);
  const user = await getSessionUser();
  if (user) await setPreferredLocale(db(), user.id, parsed.data);
}
