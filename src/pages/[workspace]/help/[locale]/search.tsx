// Search results in the help center's language, with the matched words marked in each snippet.
// The search is recorded for the admins' measures (searches that found nothing, with their words).
// Result pages are not for search engines. No JavaScript (help-page-props.ts).
import type { GetServerSideProps, PageConfig } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { articlePath, helpPath, searchPath } from "@/lib/help-center-paths";
import { searchHelpCenter } from "@/server/help-center/help-center-pages.queries";
import { helpPageProps, type HelpPageProps } from "@/server/help-center/help-page-props";
import { MAX_QUERY_CHARS, type ArticleHit } from "@/server/help-center/search-articles";
import { Breadcrumb } from "@/ui/public/breadcrumb";
import { HelpNotFound, HelpPageShell } from "@/ui/public/help-page-shell";
import { HelpSearchForm } from "@/ui/public/help-search-form";

/** No JavaScript in the browser: the page is its server-rendered HTML and CSS. */
export const config: PageConfig = { unstable_runtimeJS: false };

type Search = { query: string; found: { total: number; hits: ArticleHit[] } | null };

export const getServerSideProps: GetServerSideProps<HelpPageProps<Search>> = (ctx) =>
  helpPageProps(ctx, async ({ workspace, locale }) => {
    const raw = ctx.query.q;
    const query = (Array.isArray(raw) ? raw[0] : raw)?.replaceAll("\u0000", "").trim().slice(0, MAX_QUERY_CHARS) ?? "";
    return { query, found: query ? await searchHelpCenter(workspace.id, locale, query) : null };
  });

export default function SearchPage({ intl, appUrl, workspace, data }: HelpPageProps<Search>) {
  const t = useTranslations("help");
  if (!workspace || !data) return <HelpNotFound appUrl={appUrl} workspace={workspace} locale={intl.locale} />;
  const { locale } = intl;
  const { query, found } = data;
  return (
    <HelpPageShell
      appUrl={appUrl}
      workspace={workspace}
      locale={locale}
      pathIn={(l) => `${searchPath(workspace, l)}${query ? `?q=${encodeURIComponent(query)}` : ""}`}
      head={{ title: `${t("searchTitle")} · ${workspace.name}`, noindex: true }}
    >
      <Breadcrumb items={[{ name: t("title"), href: helpPath(workspace, locale) }, { name: t("searchTitle"), href: null }]} />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{t("searchTitle")}</h1>
      <div className="mt-4 max-w-xl">
        <HelpSearchForm action={searchPath(workspace, locale)} query={query} />
      </div>
      <div className="mt-6">
        {!found ? (
          <p className="text-gray-600">{t("emptyQuery")}</p>
        ) : found.total === 0 ? (
          <div>
            <p className="font-medium text-gray-900">{t("noResults", { query })}</p>
            <p className="mt-1 text-gray-600">{t("noResultsHint")}</p>
          </div>
        ) : (
          <>
            <p className="text-gray-600">{t("results", { count: found.total, query })}</p>
            <ol className="mt-4 space-y-4">
              {found.hits.map((hit) => (
                <li key={hit.articleId} className="rounded-lg bg-white p-4 ring-1 ring-gray-200">
                  <Link href={articlePath(workspace, locale, hit.slug)} className="font-medium text-brand-700 hover:underline">
                    {hit.title}
                  </Link>
                  <p className="mt-1 text-sm text-gray-600">
                    {hit.snippet.map((s, i) =>
                      s.match ? (
                        <mark key={i} className="rounded-sm bg-warning-50 px-0.5 text-gray-900">
                          {s.text}
                        </mark>
                      ) : (
                        <span key={i}>{s.text}</span>
                      ),
                    )}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </HelpPageShell>
  );
}
