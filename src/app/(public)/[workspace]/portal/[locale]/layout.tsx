// The customer portal's frame, as the help center's: the shop's name, who is signed in (with
// sign-out), and links to the portal in the other languages. The page's language and direction
// come from the URL (src/i18n/request.ts). Never indexed: these pages are one customer's.
import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { localeLabels, locales } from "@/i18n/config";
import { signOutOfPortalAction } from "@/server/portal/portal.actions";
import { buttonClasses } from "@/ui/button-styles";
import { portalContext, portalPath, portalSession, type PortalParams } from "../portal-params";

export async function generateMetadata({ params }: { params: PortalParams }): Promise<Metadata> {
  const { workspace, locale } = await portalContext(params);
  const t = await getTranslations({ locale, namespace: "portal" });
  return { title: { absolute: `${t("title")} · ${workspace.name}` }, robots: { index: false, follow: false } };
}

export default async function PortalLayout({ children, params }: { children: ReactNode; params: PortalParams }) {
  const { workspace, locale } = await portalContext(params);
  const session = await portalSession(workspace);
  const t = await getTranslations("portal");
  return (
    <div className="flex min-h-dvh flex-col bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-4">
          <Link href={portalPath(workspace, locale)} className="text-lg font-semibold text-gray-900">
            {workspace.name} <span className="font-normal text-gray-600">· {t("title")}</span>
          </Link>
          {session ? (
            <form action={signOutOfPortalAction} className="flex flex-wrap items-center gap-3 text-sm">
              <input type="hidden" name="workspace" value={workspace.slug} />
              <input type="hidden" name="locale" value={locale} />
              <span className="text-gray-700">{t("nav.signedInAs", { email: session.customer.email })}</span>
              <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                {t("nav.signOut")}
              </button>
            </form>
          ) : null}
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children}
      </main>
      <footer className="border-t border-gray-200 bg-white">
        <nav aria-label={t("nav.languages")} className="mx-auto flex max-w-3xl flex-wrap gap-x-4 gap-y-2 px-4 py-4 text-sm">
          {/* Plain links (a full page load): <html lang dir> is the root layout's. */}
          {locales.map((l) => (
            <a key={l} href={portalPath(workspace, l)} lang={l} hrefLang={l} aria-current={l === locale ? "page" : undefined} className={l === locale ? "font-semibold text-gray-900" : "text-brand-700 hover:underline"}>
              {localeLabels[l]}
            </a>
          ))}
          <a href={`/${workspace.slug}/help/${locale}`} className="ms-auto text-brand-700 hover:underline">
            {t("nav.helpCenter")}
          </a>
        </nav>
      </footer>
    </div>
  );
}
