// The root layout: language and direction on <html>, fonts, messages for client components.
// Layouts below render their content in <main id="main">, the target of the skip link.
// A shop's public pages here (contact form, portal; the help center is the Pages Router's,
// src/pages) get only the catalogs their client components use: the others (the agent app's)
// would be most of the page's HTML.
import "@fontsource-variable/noto-sans";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { localeDirection, publicPathLocale } from "@/i18n/config";
import { publicNamespaces } from "@/i18n/namespaces";
import { TimeZoneSync } from "@/i18n/time-zone-sync";
import { SkipLink } from "@/ui/skip-link";

export const metadata: Metadata = {
  title: { template: "%s · Shopdesk", default: "Shopdesk" },
  applicationName: "Shopdesk",
  icons: { icon: "/favicon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common.a11y");
  const publicPage = publicPathLocale((await headers()).get("x-pathname")) !== undefined;
  const all = publicPage ? await getMessages() : null;
  const messages = all ? Object.fromEntries(publicNamespaces.map((n) => [n, all[n]])) : undefined;
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-dvh">
        <SkipLink label={t("skipToContent")} />
        <NextIntlClientProvider {...(messages ? { messages } : {})}>
          <TimeZoneSync />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
