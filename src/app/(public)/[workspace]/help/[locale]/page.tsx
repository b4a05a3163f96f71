// The help center's home page in one language: search, the promoted articles, and every category
// with its sections and articles.
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { locales } from "@/i18n/config";
import { helpCenterHome } from "@/server/help-center/help-center-pages.queries";
import { EmptyState } from "@/ui/empty-state";
import { categoryPath, helpContext, helpPath, type HelpParams } from "../help-params";
import { ArticleList } from "./article-list";
import { SearchForm } from "./search-form";

export async function generateMetadata({ params }: { params: HelpParams }): Promise<Metadata> {
  const { workspace, locale } = await helpContext(params);
  const t = await getTranslations({ locale, namespace: "help" });
  const title = t("metaTitle", { name: workspace.name });
  return {
    title: { absolute: title },
    description: t("metaDescription", { name: workspace.name }),
    alternates: { canonical: helpPath(workspace, locale), languages: Object.fromEntries(locales.map((l) => [l, helpPath(workspace, l)])) },
    openGraph: { title, type: "website", locale, siteName: workspace.name },
  };
}

export default async function HelpHome({ params }: { params: HelpParams }) {
  const { workspace, locale } = await helpContext(params);
  const t = await getTranslations("help");
  const { categories, promoted } = await helpCenterHome(workspace.id, locale);
  return (
    <div className="space-y-10">
      <section className="rounded-xl bg-brand-50 px-4 py-8 text-center sm:px-10">
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">{t("metaTitle", { name: workspace.name })}</h1>
        <div className="mx-auto mt-6 max-w-xl">
          <SearchForm action={helpPath(workspace, locale, "/search")} large />
        </div>
      </section>
      {categories.length === 0 && promoted.length === 0 ? (
        <EmptyState title={t("noArticles")} />
      ) : null}
      {promoted.length > 0 && (
        <section aria-labelledby="promoted">
          <h2 id="promoted" className="mb-3 text-lg font-semibold text-gray-900">
            {t("promoted")}
          </h2>
          <ArticleList workspace={workspace} locale={locale} articles={promoted} />
        </section>
      )}
      {categories.length > 0 && (
        <section aria-labelledby="categories">
          <h2 id="categories" className="mb-3 text-lg font-semibold text-gray-900">
            {t("categories")}
          </h2>
          <ul className="grid gap-4 sm:grid-cols-2">
            {categories.map((c) => {
              const count = c.articles.length + c.sections.reduce((n, s) => n + s.articles.length, 0);
              return (
                <li key={c.id} className="rounded-lg bg-white p-4 ring-1 ring-gray-200">
                  <h3 className="font-semibold">
                    <Link href={categoryPath(workspace, locale, c.slug)} className="text-brand-700 hover:underline">
                      {c.name}
                    </Link>
                  </h3>
                  {c.description && <p className="mt-1 text-sm text-gray-600">{c.description}</p>}
                  <p className="mt-2 text-xs text-gray-500">{t("articleCount", { count })}</p>
                </li>
              );
            })}
          </ul>
        </section>
      )}
    </div>
  );
}
