// An article in one language: server-rendered and indexable, with hreflang links to its other
// languages, a canonical URL, Open Graph tags, and a switcher showing only the languages it is
// published in. Its HTML was sanitized when it was saved (help-center/article-html.ts). No
// JavaScript (help-page-props.ts): "Was this helpful?" is a plain form (src/lib/article-feedback.ts).
import type { GetServerSideProps, PageConfig } from "next";
import { useFormatter, useTranslations } from "next-intl";
import { localeLabels, locales, type Locale } from "@/i18n/config";
import { parseFeedbackSearch, type ArticleFeedbackState } from "@/lib/article-feedback";
import { articleFeedbackPath, articlePath, categoryPath, helpPath } from "@/lib/help-center-paths";
import { articleSummary } from "@/server/help-center/article-html";
import { publishedArticlePage } from "@/server/help-center/help-center-pages.queries";
import type { PublishedArticle } from "@/server/help-center/help-center.queries";
import { helpPageProps, requestHeaders, type HelpPageProps } from "@/server/help-center/help-page-props";
import { isReaderRequest, recordArticleView } from "@/server/help-center/record-article-view";
import { ArticleFeedback } from "@/ui/public/article-feedback";
import { Breadcrumb } from "@/ui/public/breadcrumb";
import { HelpNotFound, HelpPageShell } from "@/ui/public/help-page-shell";

/** No JavaScript in the browser: the page is its server-rendered HTML and CSS. */
export const config: PageConfig = { unstable_runtimeJS: false };

type Article = Omit<PublishedArticle, "publishedAt" | "updatedAt"> & { publishedAt: string; updatedAt: string; summary: string; feedback: ArticleFeedbackState };

export const getServerSideProps: GetServerSideProps<HelpPageProps<Article>> = (ctx) =>
  helpPageProps(ctx, async ({ workspace, locale }) => {
    const slug = ctx.params?.slug;
    const article = typeof slug === "string" ? await publishedArticlePage(workspace.id, locale, slug) : null;
    if (!article) return null;
    // Counted once the page is sent (the measures' article views).
    if (isReaderRequest(requestHeaders(ctx))) {
      ctx.res.once("finish", () => void recordArticleView({ workspaceId: workspace.id, articleId: article.articleId, locale, timeZone: workspace.timeZone }));
    }
    return {
      ...article,
      publishedAt: article.publishedAt.toISOString(),
      updatedAt: article.updatedAt.toISOString(),
      summary: article.description || articleSummary(article.bodyHtml),
      feedback: parseFeedbackSearch(ctx.query),
    };
  });

export default function ArticlePage({ intl, appUrl, workspace, data: article }: HelpPageProps<Article>) {
  const t = useTranslations("help");
  const format = useFormatter();
  if (!workspace || !article) return <HelpNotFound appUrl={appUrl} workspace={workspace} locale={intl.locale} />;
  const locale = intl.locale;
  const others = article.translations.filter((tr) => tr.locale !== locale);
  const slugIn = (l: Locale) => article.translations.find((tr) => tr.locale === l)?.slug;
  return (
    <HelpPageShell
      appUrl={appUrl}
      workspace={workspace}
      locale={locale}
      // The frame's language links: only the languages the article is published in, each to it.
      languages={locales.filter((l) => slugIn(l) !== undefined)}
      pathIn={(l) => {
        const slug = slugIn(l);
        return slug ? articlePath(workspace, l, slug) : helpPath(workspace, l);
      }}
      head={{
        title: `${article.title} · ${workspace.name}`,
        description: article.summary,
        canonical: articlePath(workspace, locale, article.slug),
        alternates: article.translations.map((tr) => ({ locale: tr.locale, path: articlePath(workspace, tr.locale, tr.slug) })),
        openGraph: {
          title: article.title,
          description: article.summary,
          type: "article",
          publishedTime: article.publishedAt,
          modifiedTime: article.updatedAt,
          alternateLocales: others.map((o) => o.locale),
        },
      }}
    >
      <article>
        <Breadcrumb
          items={[
            { name: t("title"), href: helpPath(workspace, locale) },
            ...article.breadcrumb.flatMap((c) => (c.name && c.slug ? [{ name: c.name, href: categoryPath(workspace, locale, c.slug) }] : [])),
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-gray-900 sm:text-3xl">{article.title}</h1>
        <p className="mt-2 text-sm text-gray-500">{t("updated", { date: format.dateTime(new Date(article.updatedAt), { dateStyle: "long" }) })}</p>
        <div className="article-body mt-6 rounded-lg bg-white p-5 ring-1 ring-gray-200 sm:p-8" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        <ArticleFeedback action={articleFeedbackPath(workspace, locale, article.slug)} articleId={article.articleId} state={article.feedback} />
        {others.length > 0 && (
          <nav aria-label={t("alsoIn")} className="mt-8 text-sm">
            <h2 className="font-semibold text-gray-900">{t("alsoIn")}</h2>
            <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
              {others.map((o) => (
                <li key={o.locale}>
                  <a href={articlePath(workspace, o.locale, o.slug)} lang={o.locale} hrefLang={o.locale} className="text-brand-700 hover:underline">
                    {localeLabels[o.locale]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
      </article>
    </HelpPageShell>
  );
}
