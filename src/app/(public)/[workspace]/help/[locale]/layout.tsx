// The public help center's frame: the shop's name, the search box, and links to the help center
// in the other languages. The page's language and direction come from the URL (src/i18n/request.ts).
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { localeLabels, locales } from "@/i18n/config";
import { helpContext, helpPath, type HelpParams } from "../help-params";

/** Canonical, hreflang and Open Graph URLs are absolute, on the app's public address (APP_URL). */
export function generateMetadata(): Metadata {
  return { metadataBase: new URL(appUrl()) };
}

export default async function HelpLayout({ children, params }: { children: ReactNode; params: HelpParams }) {
  const { workspace, locale } = await helpContext(params);
  const t = await getTranslations("help");
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={helpPath(workspace, locale)} className="text-lg font-semibold text-gray-900">
            {workspace.name} <span className="font-normal text-gray-500">· {t("title")}</span>
          </Link>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-gray-200 bg-white">
        <nav aria-label={t("languages")} className="mx-auto flex max-w-4xl flex-wrap gap-x-4 gap-y-2 px-4 py-4 text-sm">
          {/* Plain links (a full page load), as for every change of language: <html lang dir> is the
              root layout's, which a client-side navigation keeps. */}
          {locales.map((l) => (
            <a key={l} href={helpPath(workspace, l)} lang={l} hrefLang={l} aria-current={l === locale ? "page" : undefined} className={l === locale ? "font-semibold text-gray-900" : "text-brand-700 hover:underline"}>
              {localeLabels[l]}
            </a>
          ))}
        </nav>
      </footer>
    </div>
  );
}
