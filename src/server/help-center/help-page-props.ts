// The public help center's pages (src/pages/[workspace]/help/[locale]/...) are rendered by the
// Pages Router with `unstable_runtimeJS: false`: server-rendered HTML and CSS, no JavaScript at all,
// which the App Router cannot do (its runtime alone is over the 100 kB budget of an article page).
// This is what every one of them loads on the server: the workspace by its slug (help center on),
// the language from the URL, the catalogs its components use, and the page's own data; a page
// whose data is missing answers 404 with a not-found page in the visitor's language.
import type { GetServerSidePropsContext, GetServerSidePropsResult } from "next";
import type { AbstractIntlMessages } from "next-intl";
import { appUrl } from "@/env";
import { defaultLocale, isLocale, matchAcceptLanguage, type Locale } from "@/i18n/config";
import { loadMessages } from "@/i18n/messages";
import { publicNamespaces } from "@/i18n/namespaces";
import { findHelpWorkspace, type HelpWorkspace } from "./help-center-pages.queries";

/** What next-intl needs to render a page: its language, catalogs, time zone and "now". */
export type PageIntl = { locale: Locale; messages: AbstractIntlMessages; timeZone: string; now: string };

export type HelpPageProps<T> = {
  intl: PageIntl;
  /** APP_URL, for canonical, hreflang and Open Graph URLs (absolute, as search engines want them). */
  appUrl: string;
  /** Null for a slug that names no shop with its help center on. */
  workspace: HelpWorkspace | null;
  /** The page's data; null: the page answers 404 (its not-found text in `intl.locale`). */
  data: T | null;
};

type Params = { workspace?: string | string[]; locale?: string | string[] };
const param = (v: string | string[] | undefined) => (typeof v === "string" ? v : "");

/**
 * getServerSideProps of a help-center page: `load` reads the page's data for a known workspace and
 * language (null: not found). Its result must be JSON (dates as ISO strings).
 */
export async function helpPageProps<T>(
  ctx: GetServerSidePropsContext,
  load: (page: { workspace: HelpWorkspace; locale: Locale }) => Promise<T | null>,
): Promise<GetServerSidePropsResult<HelpPageProps<T>>> {
  const params = (ctx.params ?? {}) as Params;
  const requested = param(params.locale);
  const workspace = await findHelpWorkspace(param(params.workspace));
  const data = workspace && isLocale(requested) ? await load({ workspace, locale: requested }) : null;
  // A language that is none of ours: the visitor's, else the shop's.
  const locale: Locale = isLocale(requested)
    ? requested
    : (matchAcceptLanguage(ctx.req.headers["accept-language"]) ?? (workspace && isLocale(workspace.defaultLocale) ? workspace.defaultLocale : defaultLocale));
  if (data === null) ctx.res.statusCode = 404;
  return {
    props: {
      intl: { locale, messages: await loadMessages(locale, publicNamespaces), timeZone: workspace?.timeZone ?? "UTC", now: new Date().toISOString() },
      appUrl: appUrl(),
      workspace,
      data,
    },
  };
}

/** A Node request's headers as the Fetch API's (what the server helpers read). */
export function requestHeaders(ctx: GetServerSidePropsContext): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(ctx.req.headers)) {
    if (typeof value === "string") headers.set(name, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(name, v);
  }
  return headers;
}
