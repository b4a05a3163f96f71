// A category (its sections and articles) or a section (its articles) in one language.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { helpCategoryPage } from "@/server/help-center/help-center-pages.queries";
import type { Locale } from "@/i18n/config";
import { categoryPath, helpContext, helpPath, type HelpParams } from "../../../help-params";
import { ArticleList } from "../../article-list";
import { Breadcrumb } from "../../breadcrumb";

type Params = Promise<{ workspace: string; locale: string; slug: string }>;

const loadCategory = cache((workspaceId: string, locale: Locale, slug: string) => helpCategoryPage(workspaceId, locale, slug));

async function load(params: Params) {
  const { workspace, locale } = await helpContext(params as HelpParams);
  const slug = decodeURIComponent((await params).slug);
  const category = await loadCategory(workspace.id, locale, slug);
  if (!category) notFound();
  return { workspace, locale, slug, category };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, locale, slug, category } = await load(params);
  return {
    title: { absolute: `${category.name} · ${workspace.name}` },
    description: category.description || undefined,
    alternates: { canonical: categoryPath(workspace, locale, slug) },
  };
}

export default async function CategoryPage({ params }: { params: Params }) {
  const { workspace, locale, category } = await load(params);
  const t = await getTranslations("help");
  return (
    <div>
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
    </div>
  );
}
