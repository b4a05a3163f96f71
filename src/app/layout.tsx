// The root layout: language and direction on <html>, fonts, messages for client components.
// Layouts below render their content in <main id="main">, the target of the skip link.
// A shop's public pages (help center, contact form, portal) get only the catalogs their client
// components use: the others (the agent app's) would be most of the page's HTML.
import "@fontsource-variable/noto-sans";
import "@fontsource-variable/noto-sans-arabic";
import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { headers } from "next/headers";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { localeDirection, publicPathLocale } from "@/i18n/config";
import { TimeZoneSync } from "@/i18n/time-zone-sync";

export const metadata: Metadata = {
  title: { template: "%s · Shopdesk", default: "Shopdesk" },
  applicationName: "Shopdesk",
  icons: { icon: "/favicon.svg" },
};

const PUBLIC_NAMESPACES = ["common", "help", "contact", "portal"] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common.a11y");
  const publicPage = publicPathLocale((await headers()).get("x-pathname")) !== undefined;
  const all = publicPage ? await getMessages() : null;
  const messages = all ? Object.fromEntries(PUBLIC_NAMESPACES.map((n) => [n, all[n]])) : undefined;
  return (
    <html lang={locale} dir={localeDirection(locale)}>
      <body className="min-h-dvh">
        <a
          href="#main"
          className="sr-only rounded-md bg-white px-4 py-2 text-sm font-medium text-brand-700 shadow-lg focus:not-sr-only focus:fixed focus:start-4 focus:top-4 focus:z-50"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider {...(messages ? { messages } : {})}>
          <TimeZoneSync />
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
