// The frame of a shop's customer-facing pages (help center, contact form, portal): the shop's logo
// or name, the way between its public sections, its footer links, and links to the same page in
// the other languages, all in the shop's accent colour (a CSS custom property set here;
// src/lib/brand-color.ts). The page's language and direction come from the URL.
// A plain component (no hooks but useTranslations, no async): the contact form and the portal
// render it as a Server Component of the App Router, the help center's pages (src/pages, which ship
// no JavaScript) through the Pages Router.
import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import { useTranslations } from "next-intl";
import { localeLabels, locales, type Locale } from "@/i18n/config";
import { accentStyle } from "@/lib/brand-color";
import type { WorkspaceBrand } from "@/lib/brand";

/** A public section; the portal joins with its own key. */
export type PublicSection = "help" | "contact" | "portal";

export type PublicFrameWorkspace = { slug: string; name: string; helpCenterEnabled: boolean; brand: WorkspaceBrand };

export function PublicFrame(props: {
  workspace: PublicFrameWorkspace;
  locale: Locale;
  section: PublicSection;
  /** The section's name after the shop's (default: the help center's or the contact form's title). */
  sectionTitle?: string;
  /** The same page in another language (a language switcher that lands where the visitor was). */
  pathIn: (locale: Locale) => string;
  /** The languages the page exists in (default: all): an article lists only its translations. */
  languages?: readonly Locale[];
  /** Beside the header's links (the portal's signed-in customer and sign-out). */
  headerExtra?: ReactNode;
  children: ReactNode;
}) {
  const { workspace, locale, section } = props;
  const { brand } = workspace;
  const t = useTranslations("help");
  const tc = useTranslations("contact");
  const tp = useTranslations("portal");
  // The help center only while it is on: switched off, its pages answer 404.
  const nav: Array<{ section: PublicSection; href: string; label: string }> = [
    ...(workspace.helpCenterEnabled ? [{ section: "help" as const, href: `/${workspace.slug}/help/${locale}`, label: t("title") }] : []),
    { section: "contact", href: `/${workspace.slug}/contact/${locale}`, label: tc("contactUs") },
    { section: "portal", href: `/${workspace.slug}/portal/${locale}`, label: tp("title") },
  ];
  const home = nav[0]!.href;
  const title = props.sectionTitle ?? (section === "help" ? t("title") : section === "portal" ? tp("title") : tc("title"));
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50" style={accentStyle(brand.accentColor) as CSSProperties}>
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3 sm:py-4">
          <Link href={home} className="flex min-w-0 items-center gap-2 text-lg font-semibold text-gray-900">
            {brand.logoUrl ? (
              // A stored raster image of unknown size, served by our own route: a plain img, kept
              // within the header's height and a phone's width.
              // eslint-disable-next-line @next/next/no-img-element
              <img src={brand.logoUrl} alt={workspace.name} className="h-9 w-auto max-w-[10rem] object-contain sm:h-10 sm:max-w-[14rem]" />
            ) : (
              <span className="break-words">{workspace.name}</span>
            )}
            <span className="font-normal text-gray-500">· {title}</span>
          </Link>
          <nav aria-label={tc("sections")} className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {nav
              .filter((n) => n.section !== section)
              .map((n) => (
                <Link key={n.section} href={n.href} className="font-medium text-brand-700 hover:underline">
                  {n.label}
                </Link>
              ))}
          </nav>
          {props.headerExtra}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6 sm:py-8">
        {props.children}
      </main>
      <footer className="border-t border-gray-200 bg-white">
        <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-4 text-sm">
          {brand.footerLinks.length > 0 && (
            <nav aria-label={t("shopLinks", { name: workspace.name })}>
              <ul className="flex flex-wrap gap-x-4 gap-y-2">
                {brand.footerLinks.map((link, i) => (
                  <li key={i}>
                    {/* The shop's own site: the label as the admin wrote it, in its own direction. */}
                    <a href={link.url} dir="auto" rel="noopener" className="text-brand-700 underline-offset-2 hover:underline">
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          <nav aria-label={t("languages")} className="flex flex-wrap gap-x-4 gap-y-2">
            {/* Plain links (a full page load), as for every change of language: <html lang dir> is the
                document's, which a client-side navigation keeps. */}
            {(props.languages ?? locales).map((l) => (
              <a key={l} href={props.pathIn(l)} lang={l} hrefLang={l} aria-current={l === locale ? "page" : undefined} className={l === locale ? "font-semibold text-gray-900" : "text-brand-700 hover:underline"}>
                {localeLabels[l]}
              </a>
            ))}
          </nav>
        </div>
      </footer>
    </div>
  );
}
