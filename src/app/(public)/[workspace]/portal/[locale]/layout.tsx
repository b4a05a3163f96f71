// The customer portal's frame: the shop's public frame (logo, accent colour, links to its help
// center and contact form, footer links, languages) with who is signed in and sign-out. The page's
// language and direction come from the URL (src/i18n/request.ts). Never indexed: these pages are
// one customer's.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { signOutOfPortalAction } from "@/server/portal/portal.actions";
import { buttonClasses } from "@/ui/button-styles";
import { PublicFrame } from "@/ui/public/public-frame";
import { portalContext, portalPath, portalSession, type PortalParams } from "../portal-params";

export async function generateMetadata({ params }: { params: PortalParams }): Promise<Metadata> {
  const { workspace, locale } = await portalContext(params);
  const t = await getTranslations({ locale, namespace: "portal" });
  return { title: { absolute: `${t("title")} · ${workspace.name}` }, robots: { index: false, follow: false } };
}

export default async function PortalLayout({ children, params }: { children: ReactNode; params: PortalParams }) {
  const { workspace, locale } = await portalContext(params);
  const [session, t] = await Promise.all([portalSession(workspace), getTranslations("portal")]);
  const signedIn = session ? (
    <form action={signOutOfPortalAction} className="flex w-full flex-wrap items-center gap-3 text-sm sm:w-auto">
      <input type="hidden" name="workspace" value={workspace.slug} />
      <input type="hidden" name="locale" value={locale} />
      <span className="text-gray-700">{t("nav.signedInAs", { email: session.customer.email })}</span>
      <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })}>
        {t("nav.signOut")}
      </button>
    </form>
  ) : null;
  return (
    <PublicFrame workspace={workspace} locale={locale} section="portal" pathIn={(l) => portalPath(workspace, l)} headerExtra={signedIn}>
      <div className="mx-auto max-w-3xl">{children}</div>
    </PublicFrame>
  );
}
