// A category (its sections and articles) or a section (its articles) in one language. No
// JavaScript (help-page-props.ts).
import type { GetServerSideProps, PageConfig } from "next";
import { useTranslations } from "next-intl";
import { categoryPath, helpPath } from "@/lib/help-center-paths";
import { helpCategoryPage } from "@/server/help-center/help-center-pages.queries";
import { helpPageProps, type HelpPageProps } from "@/server/help-center/help-page-props";
import { ArticleList } from "@/ui/public/article-list";
import { Breadcrumb } from "@/ui/public/breadcrumb";
import { HelpNotFound, HelpPageShell } from "@/ui/public/help-page-shell";

/** No JavaScript in the browser: the page is its server-rendered HTML and CSS. */
export const config: PageConfig = { unstable_runtimeJS: false };

type Category = NonNullable<Awaited<ReturnType<typeof helpCategoryPage>>> & { slug: string };

export const getServerSideProps: GetServerSideProps<HelpPageProps<Category>> = (ctx) =>
  helpPageProps(ctx, async ({ workspace, locale }) => {
    const slug = ctx.params?.slug;
    const category = typeof slug === "string" ? await helpCategoryPage(workspace.id, locale, slug) : null;
    return category && typeof slug === "string" ? { ...category, slug } : null;
  });

export default function CategoryPage({ intl, appUrl, workspace, data: category }: HelpPageProps<Category>) {
  const t = useTranslations("help");
  if (!workspace || !category) return <HelpNotFound appUrl={appUrl} workspace={workspace} locale={intl.locale} />;
  const { locale } = intl;
  return (
    <HelpPageShell
      appUrl={appUrl}
      workspace={workspace}
      locale={locale}
      head={{ title: `${category.name} · ${workspace.name}`, description: category.description || undefined, canonical: categoryPath(workspace, locale, category.slug) }}
    >
      <Breadcrumb
        items={[
          { name: t("title"), href: helpPath(workspace, locale) },
          ...(category.parent ? [{ name: category.parent.name, href: categoryPath(workspace, locale, category.parent.slug) }] : []),
          { name: category.name, href: null },
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900">{category.name}</h1>
      {category.description && <p className="mt-2 text-gray-600">{category.description}</p>}
      <div className="mt-6 space-y-8">
        {category.articles.length > 0 && <ArticleList workspace={workspace} locale={locale} articles={category.articles} />}
        {category.sections.map((s) => (
          <section key={s.id} aria-labelledby={`section-${s.id}`}>
            <h2 id={`section-${s.id}`} className="mb-3 text-lg font-semibold text-gray-900">
              {s.name}
            </h2>
            <ArticleList workspace={workspace} locale={locale} articles={s.articles} />
          </section>
        ))}
        {category.articles.length === 0 && category.sections.length === 0 && <p className="text-gray-600">{t("noArticles")}</p>}
      </div>
    </HelpPageShell>
  );
}
