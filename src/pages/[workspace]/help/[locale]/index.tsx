// The help center's home page in one language: search, the promoted articles, and every category
// with its sections and articles. No JavaScript (help-page-props.ts).
import type { GetServerSideProps, PageConfig } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { locales } from "@/i18n/config";
import { categoryPath, helpPath, searchPath } from "@/lib/help-center-paths";
import { helpCenterHome, type ArticleLink, type CategorySummary } from "@/server/help-center/help-center-pages.queries";
import { helpPageProps, type HelpPageProps } from "@/server/help-center/help-page-props";
import { EmptyState } from "@/ui/empty-state";
import { ArticleList } from "@/ui/public/article-list";
import { HelpNotFound, HelpPageShell } from "@/ui/public/help-page-shell";
import { HelpSearchForm } from "@/ui/public/help-search-form";

/** No JavaScript in the browser: the page is its server-rendered HTML and CSS. */
export const config: PageConfig = { unstable_runtimeJS: false };

type Home = { categories: CategorySummary[]; promoted: ArticleLink[] };

export const getServerSideProps: GetServerSideProps<HelpPageProps<Home>> = (ctx) =>
  helpPageProps(ctx, ({ workspace, locale }) => helpCenterHome(workspace.id, locale));

export default function HelpHome({ intl, appUrl, workspace, data }: HelpPageProps<Home>) {
  const t = useTranslations("help");
  if (!workspace || !data) return <HelpNotFound appUrl={appUrl} workspace={workspace} locale={intl.locale} />;
  const { locale } = intl;
  const { categories, promoted } = data;
  const title = t("metaTitle", { name: workspace.name });
  return (
    <HelpPageShell
      appUrl={appUrl}
      workspace={workspace}
      locale={locale}
      head={{
        title,
        description: t("metaDescription", { name: workspace.name }),
        canonical: helpPath(workspace, locale),
        alternates: locales.map((l) => ({ locale: l, path: helpPath(workspace, l) })),
        openGraph: { title, type: "website" },
      }}
    >
      <div className="space-y-10">
        <section className="rounded-xl bg-brand-50 px-4 py-8 text-center sm:px-10">
          <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">{title}</h1>
          <div className="mx-auto mt-6 max-w-xl">
            <HelpSearchForm action={searchPath(workspace, locale)} large />
          </div>
        </section>
        {categories.length === 0 && promoted.length === 0 ? <EmptyState title={t("noArticles")} /> : null}
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
    </HelpPageShell>
  );
}
