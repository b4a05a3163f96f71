// /<workspace>/contact/<locale>: the shop's contact form, in the shop's frame, or bare with
// `?embed=1` (inside the shop's own site: an iframe, or the panel of widget.js). Each render signs a
// fresh form token (src/server/contact/form-token.ts). The response's frame-ancestors come from the
// workspace's list of sites (src/proxy.ts).
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { appUrl } from "@/env";
import { isLocale, locales, type Locale } from "@/i18n/config";
import { contactFormPage } from "@/server/contact/contact-form.queries";
import { issueFormToken } from "@/server/contact/form-token";
import { areaLabel } from "@/lib/area-label";
import { PublicFrame } from "@/ui/public/public-frame";
import { ContactForm } from "./contact-form";

type Props = {
  params: Promise<{ workspace: string; locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { workspace: slug, locale } = await params;
  if (!isLocale(locale)) notFound();
  const page = await contactFormPage(slug);
  if (!page) notFound();
  return { ...page, locale };
}

const contactPath = (slug: string, locale: Locale) => `/${slug}/contact/${locale}`;

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const [{ workspace, locale }, query] = await Promise.all([load(params), searchParams]);
  const t = await getTranslations({ locale, namespace: "contact" });
  return {
    metadataBase: new URL(appUrl()),
    title: t("metaTitle", { name: workspace.name }),
    description: t("intro"),
    alternates: {
      canonical: contactPath(workspace.slug, locale),
      languages: Object.fromEntries(locales.map((l) => [l, contactPath(workspace.slug, l)])),
    },
    // The embedded copy is the same page: only the canonical one is indexed.
    ...(query.embed === "1" ? { robots: { index: false } } : {}),
  };
}

export default async function ContactPage({ params, searchParams }: Props) {
  const [{ workspace, areas, locale }, query] = await Promise.all([load(params), searchParams]);
  const embedded = query.embed === "1";
  const [t, tt] = await Promise.all([getTranslations("contact"), getTranslations("tickets")]);
  const form = (
    <ContactForm
      workspace={workspace.slug}
      locale={locale}
      formToken={issueFormToken(workspace.id).token}
      areas={areas.map((a) => ({ key: a.key, label: areaLabel(tt, a, locale) }))}
      portalHref={`/${workspace.slug}/portal/${locale}`}
      embedded={embedded}
      suggestArticles={workspace.helpCenterEnabled}
    />
  );
  const heading = (
    <>
      <h1 className="text-2xl font-semibold text-gray-900">{t("heading")}</h1>
      <p className="mt-2 text-gray-700">
        {/* The help center named only while it is on (off, its pages answer 404). */}
        {workspace.helpCenterEnabled
          ? t.rich("introWithHelp", {
              help: (chunks) => (
                <a href={`/${workspace.slug}/help/${locale}`} target={embedded ? "_blank" : undefined} rel="noopener" className="font-medium text-brand-700 hover:underline">
                  {chunks}
                </a>
              ),
            })
          : t("intro")}
      </p>
    </>
  );
  if (embedded) {
    return (
      <main id="main" className="mx-auto w-full max-w-2xl bg-white px-4 py-6">
        {heading}
        <div className="mt-6">{form}</div>
      </main>
    );
  }
  return (
    <PublicFrame workspace={workspace} locale={locale} section="contact" pathIn={(l) => contactPath(workspace.slug, l)}>
      <div className="mx-auto max-w-2xl">
        {heading}
        <div className="mt-6 rounded-lg bg-white p-5 ring-1 ring-gray-200 sm:p-6">{form}</div>
      </div>
    </PublicFrame>
  );
}
