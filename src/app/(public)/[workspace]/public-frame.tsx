// The frame of a shop's customer-facing pages (help center, contact form): the shop's name, the way
// between its help center and its contact form, and links to the same page in the other languages.
// The page's language and direction come from the URL (src/i18n/request.ts).
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { localeLabels, locales, type Locale } from "@/i18n/config";

type Section = "help" | "contact";

export async function PublicFrame(props: {
  workspace: { slug: string; name: string };
  locale: Locale;
  section: Section;
  /** The same page in another language (a language switcher that lands where the visitor was). */
  pathIn: (locale: Locale) => string;
  children: ReactNode;
}) {
  const { workspace, locale, section } = props;
  const t = await getTranslations("help");
  const tc = await getTranslations("contact");
  const nav: Array<{ section: Section; href: string; label: string }> = [
    { section: "help", href: `/${workspace.slug}/help/${locale}`, label: t("title") },
    { section: "contact", href: `/${workspace.slug}/contact/${locale}`, label: tc("contactUs") },
  ];
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={nav[0]!.href} className="text-lg font-semibold text-gray-900">
            {workspace.name} <span className="font-normal text-gray-500">· {section === "help" ? t("title") : tc("title")}</span>
          </Link>
          <nav aria-label={tc("sections")} className="flex gap-4 text-sm">
            {nav
              .filter((n) => n.section !== section)
              .map((n) => (
                <Link key={n.section} href={n.href} className="font-medium text-brand-700 hover:underline">
                  {n.label}
                </Link>
              ))}
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-8">
        {props.children}
      </main>
      <footer className="border-t border-gray-200 bg-white">
        <nav aria-label={t("languages")} className="mx-auto flex max-w-4xl flex-wrap gap-x-4 gap-y-2 px-4 py-4 text-sm">
          {/* Plain links (a full page load), as for every change of language: <html lang dir> is the
              root layout's, which a client-side navigation keeps. */}
          {locales.map((l) => (
            <a key={l} href={props.pathIn(l)} lang={l} hrefLang={l} aria-current={l === locale ? "page" : undefined} className={l === locale ? "font-semibold text-gray-900" : "text-brand-700 hover:underline"}>
              {localeLabels[l]}
            </a>
          ))}
        </nav>
      </footer>
    </div>
  );
}
