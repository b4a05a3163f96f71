// An article in one language: server-rendered and indexable, with hreflang links to its other
// languages, a canonical URL, Open Graph tags, and a switcher showing only the languages it is
// published in. Its HTML was sanitized when it was saved (help-center/article-html.ts).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { after } from "next/server";
import { getFormatter, getTranslations } from "next-intl/server";
import { cache } from "react";
import { localeLabels, type Locale } from "@/i18n/config";
import { articleSummary } from "@/server/help-center/article-html";
import { publishedArticlePage } from "@/server/help-center/help-center-pages.queries";
import { isReaderRequest, recordArticleView } from "@/server/help-center/record-article-view";
import { articlePath, categoryPath, helpContext, helpPath, type HelpParams } from "../../../help-params";
import { Breadcrumb } from "../../breadcrumb";
import { ArticleFeedback } from "./article-feedback";

type Params = Promise<{ workspace: string; locale: string; slug: string }>;

const loadArticle = cache((workspaceId: string, locale: Locale, slug: string) => publishedArticlePage(workspaceId, locale, slug));

async function load(params: Params) {
  const { workspace, locale } = await helpContext(params as HelpParams);
  const article = await loadArticle(workspace.id, locale, decodeURIComponent((await params).slug));
  if (!article) notFound();
  return { workspace, locale, article };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { workspace, locale, article } = await load(params);
  const description = article.description || articleSummary(article.bodyHtml);
  const title = `${article.title} · ${workspace.name}`;
  return {
    title: { absolute: title },
    description,
    alternates: {
      canonical: articlePath(workspace, locale, article.slug),
      languages: Object.fromEntries(article.translations.map((t) => [t.locale, articlePath(workspace, t.locale, t.slug)])),
    },
    openGraph: {
      title: article.title,
      description,
      type: "article",
      locale,
      siteName: workspace.name,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      alternateLocale: article.translations.filter((t) => t.locale !== locale).map((t) => t.locale),
    },
  };
}

export default async function ArticlePage({ params }: { params: Params }) {
  const { workspace, locale, article } = await load(params);
  const t = await getTranslations("help");
  const format = await getFormatter();
  const others = article.translations.filter((tr) => tr.locale !== locale);
  // Counted once the page is sent (the measures' article views).
  if (isReaderRequest(await headers())) {
    after(() => recordArticleView({ workspaceId: workspace.id, articleId: article.articleId, locale, timeZone: workspace.timeZone }));
  }
  return (
    <article>
      <Breadcrumb
        items={[
          { name: t("title"), href: helpPath(workspace, locale) },
          ...article.breadcrumb.flatMap((c) => (c.name && c.slug ? [{ name: c.name, href: categoryPath(workspace, locale, c.slug) }] : [])),
        ]}
      />
      <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">{article.title}</h1>
      <p className="mt-2 text-sm text-gray-500">
        {t("updated", { date: format.dateTime(article.updatedAt, { dateStyle: "long" }) })}
      </p>
      <div className="article-body mt-6 rounded-lg bg-white p-5 ring-1 ring-gray-200 sm:p-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      <ArticleFeedback workspaceId={workspace.id} articleId={article.articleId} locale={locale} />
      {others.length > 0 && (
        <nav aria-label={t("alsoIn")} className="mt-8 text-sm">
          <h2 className="font-semibold text-gray-900">{t("alsoIn")}</h2>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
            {others.map((o) => (
              <li key={o.locale}>
                {/* A full page load: another language is another <html lang dir> (see the layout). */}
                <a href={articlePath(workspace, o.locale, o.slug)} lang={o.locale} hrefLang={o.locale} className="text-brand-700 hover:underline">
                  {localeLabels[o.locale]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </article>
  );
}
