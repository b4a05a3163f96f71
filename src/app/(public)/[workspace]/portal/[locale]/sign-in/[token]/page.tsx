// A sign-in link's page: /<workspace>/portal/<locale>/sign-in/<token>. Showing it changes nothing
// (the token is checked and used up only by the button's POST), and it is never cached or indexed.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { portalContext, portalPath, type PortalParams } from "../../../portal-params";
import { LinkSignInForm } from "./link-sign-in-form";

type Params = PortalParams extends Promise<infer P> ? Promise<P & { token: string }> : never;

// same-origin: the token never leaves in a Referer to another site, while the form's POST keeps its
// Origin (with no-referrer a browser sends "Origin: null", which Next refuses for a server action).
export const metadata: Metadata = { referrer: "same-origin", robots: { index: false, follow: false } };

export default async function PortalLinkPage({ params }: { params: Params }) {
  const { workspace, locale } = await portalContext(params);
  const { token } = await params;
  const t = await getTranslations("portal.link");
  return (
    <section aria-labelledby="link-heading" className="mx-auto max-w-md rounded-xl bg-white p-6 ring-1 ring-gray-200">
      <h1 id="link-heading" className="text-xl font-semibold text-gray-900">
        {t("heading")}
      </h1>
      <p className="mt-2 mb-6 text-gray-700">{t("intro", { workspace: workspace.name })}</p>
      <LinkSignInForm workspace={workspace.slug} locale={locale} token={token.slice(0, 100)} homePath={portalPath(workspace, locale)} />
    </section>
  );
}
