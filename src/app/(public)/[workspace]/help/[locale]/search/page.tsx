// Search results in the help center's language, with the matched words marked in each snippet.
// The search is recorded for the admins' measures (searches that found nothing, with their words).
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { searchHelpCenter } from "@/server/help-center/help-center-pages.queries";
import { MAX_QUERY_CHARS } from "@/server/help-center/search-articles";
import { articlePath, helpContext, helpPath, type HelpParams } from "../../help-params";
import { Breadcrumb } from "../breadcrumb";
import { SearchForm } from "../search-form";

type SearchParams = Promise<{ q?: string | string[] }>;

export async function generateMetadata({ params }: { params: HelpParams }): Promise<Metadata> {
  const { workspace, locale } = await helpContext(params);
  const t = await getTranslations({ locale, namespace: "help" });
  // Result pages are not for search engines.
  return { title: { absolute: `${t("searchTitle")} · ${workspace.name}` }, robots: { index: false, follow: true } };
}

export default async function SearchPage({ params, searchParams }: { params: HelpParams; searchParams: SearchParams }) {
  const { workspace, locale } = await helpContext(params);
  const t = await getTranslations("help");
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw)?.replaceAll("\u0000", "").trim().slice(0, MAX_QUERY_CHARS) ?? "";
  const found = query ? await searchHelpCenter(workspace.id, locale, query) : null;
  return (
    <div>
      <Breadcrumb items={[{ name: t("title"), href: helpPath(workspace, locale) }, { name: t("searchTitle"), href: null }]} />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{t("searchTitle")}</h1>
      <div className="mt-4 max-w-xl">
        <SearchForm action={helpPath(workspace, locale, "/search")} query={query} />
      </div>
      <div className="mt-6" aria-live="polite">
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
                    {hit.snippet.map((s, i) => (s.match ? <mark key={i} className="rounded-sm bg-warning-50 px-0.5 text-gray-900">{s.text}</mark> : <span key={i}>{s.text}</span>))}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )}
      </div>
    </div>
  );
}
