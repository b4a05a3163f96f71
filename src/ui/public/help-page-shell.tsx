// A public help-center page as the Pages Router renders it (src/pages/[workspace]/help): its head
// (title, description, canonical URL, hreflang alternates, Open Graph), the shop's public frame
// around it, and the 404 page in the visitor's language when there is nothing to show.
import Head from "next/head";
import Link from "next/link";
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/config";
import { cn } from "@/lib/cn";
import { helpPath } from "@/lib/help-center-paths";
import { buttonClasses } from "@/ui/button-styles";
import { PublicFrame, type PublicFrameWorkspace } from "@/ui/public/public-frame";

export type HelpHead = {
  title: string;
  description?: string;
  /** Paths on APP_URL; made absolute here. */
  canonical?: string;
  alternates?: Array<{ locale: Locale; path: string }>;
  openGraph?: { title: string; description?: string; type: "website" | "article"; publishedTime?: string; modifiedTime?: string; alternateLocales?: Locale[] };
  /** Not for search engines (search results, not-found pages); links are still followed. */
  noindex?: boolean;
};

type ShellProps = {
  appUrl: string;
  workspace: PublicFrameWorkspace;
  locale: Locale;
  head: HelpHead;
  /** The same page in another language (the frame's language links); default: the help center's home there. */
  pathIn?: (locale: Locale) => string;
  /** The languages the page exists in (default: all). */
  languages?: readonly Locale[];
  children: ReactNode;
};

export function HelpPageShell({ appUrl, workspace, locale, head, pathIn, languages, children }: ShellProps) {
  const url = (path: string) => appUrl + path;
  const og = head.openGraph;
  return (
    <>
      <Head>
        <title>{head.title}</title>
        {/* As the App Router's pages have it (Next's Pages Router default leaves out the scale). */}
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        {head.description && <meta name="description" content={head.description} />}
        {head.noindex && <meta name="robots" content="noindex, follow" />}
        {head.canonical && <link rel="canonical" href={url(head.canonical)} />}
        {head.alternates?.map((a) => <link key={`alt-${a.locale}`} rel="alternate" hrefLang={a.locale} href={url(a.path)} />)}
        {og && (
          <>
            <meta property="og:title" content={og.title} />
            {og.description && <meta property="og:description" content={og.description} />}
            {head.canonical && <meta property="og:url" content={url(head.canonical)} />}
            <meta property="og:site_name" content={workspace.name} />
            <meta property="og:locale" content={locale} />
            {og.alternateLocales?.map((l) => <meta key={`og-alt-${l}`} property="og:locale:alternate" content={l} />)}
            <meta property="og:type" content={og.type} />
            {og.publishedTime && <meta property="article:published_time" content={og.publishedTime} />}
            {og.modifiedTime && <meta property="article:modified_time" content={og.modifiedTime} />}
          </>
        )}
      </Head>
      <PublicFrame workspace={workspace} locale={locale} section="help" pathIn={pathIn ?? ((l) => helpPath(workspace, l))} languages={languages}>
        {children}
      </PublicFrame>
    </>
  );
}

/** 404: in the shop's frame when the shop is known (its help center's home a click away), else plain. */
export function HelpNotFound({ appUrl, workspace, locale }: { appUrl: string; workspace: PublicFrameWorkspace | null; locale: Locale }) {
  const t = useTranslations("common.notFound");
  const home = workspace ? helpPath(workspace, locale) : "/";
  const body = (
    <div className="mx-auto flex max-w-lg flex-col items-center py-10 text-center">
      <p className="text-sm font-semibold text-brand-600" dir="ltr">
        404
      </p>
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-gray-900">{t("title")}</h1>
      <p className="mt-2 text-gray-600">{t("description")}</p>
      <Link href={home} className={cn(buttonClasses({ variant: "primary" }), "mt-8")}>
        {t("home")}
      </Link>
    </div>
  );
  const head: HelpHead = { title: t("metaTitle"), noindex: true };
  if (!workspace) {
    return (
      <>
        <Head>
          <title>{head.title}</title>
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="robots" content="noindex" />
        </Head>
        <main id="main" className="flex min-h-dvh items-center justify-center px-4">
          {body}
        </main>
      </>
    );
  }
  return (
    <HelpPageShell appUrl={appUrl} workspace={workspace} locale={locale} head={head}>
      {body}
    </HelpPageShell>
  );
}
