// Reads of the help center: an article's history for its authors, and a published article as the
// public page shows it (with the languages it exists in, for hreflang links and the switcher).
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Locale } from "@/lib/validation";
import { getArticleInWorkspace } from "./help-center-access";
import type { ArticleVersionSummary } from "./help-center.schemas";

/** Every version of one language of an article, newest first: who saved it, when, and as what. */
export async function listArticleVersions(ctx: Ctx, articleId: string, locale: Locale): Promise<ArticleVersionSummary[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const article = await getArticleInWorkspace(ctx.db, ctx.workspace.id, articleId);
  const versions = await ctx.db.articleVersion.findMany({
    where: { workspaceId: ctx.workspace.id, translation: { articleId: article.id, locale } },
    orderBy: { version: "desc" },
    select: { version: true, title: true, status: true, authorMemberId: true, restoredFrom: true, createdAt: true, author: { select: { user: { select: { name: true } } } } },
  });
  return versions.map((v) => ({
    version: v.version,
    title: v.title,
    status: v.status,
    authorMemberId: v.authorMemberId,
    authorName: v.author?.user.name ?? null,
    restoredFrom: v.restoredFrom,
    createdAt: v.createdAt.toISOString(),
  }));
}

export type PublishedArticle = {
  articleId: string;
  locale: Locale;
  slug: string;
  title: string;
  description: string;
  bodyHtml: string;
  publishedAt: Date;
  updatedAt: Date;
  /** The published languages of this article (this one included), for hreflang and the language switcher. */
  translations: Array<{ locale: Locale; slug: string }>;
  /** Category, then section when the article is in one, named in this language when they have it. */
  breadcrumb: Array<{ id: string; name: string | null; slug: string | null }>;
};

/**
 * A published article of the workspace by its slug in `locale`; null for a draft, another
 * workspace's article or an unknown slug (the public page answers 404 alike).
 */
export async function findPublishedArticle(db: DbTx, workspaceId: string, locale: Locale, slug: string): Promise<PublishedArticle | null> {
  const found = await db.articleTranslation.findUnique({
    where: { workspaceId_locale_slug: { workspaceId, locale, slug } },
    select: {
      articleId: true,
      title: true,
      description: true,
      bodyHtml: true,
      status: true,
      publishedAt: true,
      updatedAt: true,
      article: {
        select: {
          translations: { where: { status: "PUBLISHED" }, select: { locale: true, slug: true }, orderBy: { locale: "asc" } },
          category: {
            select: {
              id: true,
              translations: { where: { locale }, select: { name: true, slug: true } },
              parent: { select: { id: true, translations: { where: { locale }, select: { name: true, slug: true } } } },
            },
          },
        },
      },
    },
  });
  if (!found || found.status !== "PUBLISHED" || !found.publishedAt) return null;
  const { category } = found.article;
  const crumb = (c: { id: string; translations: Array<{ name: string; slug: string }> }) => ({ id: c.id, name: c.translations[0]?.name ?? null, slug: c.translations[0]?.slug ?? null });
  return {
    articleId: found.articleId,
    locale,
    slug,
    title: found.title,
    description: found.description,
    bodyHtml: found.bodyHtml,
    publishedAt: found.publishedAt,
    updatedAt: found.updatedAt,
    translations: found.article.translations.map((t) => ({ locale: t.locale as Locale, slug: t.slug })),
    breadcrumb: [...(category.parent ? [crumb(category.parent)] : []), crumb(category)],
  };
}

/** An article of the workspace with every language's state, for its editor. */
export async function getArticleForEditing(ctx: Ctx, articleId: string) {
  requireRole(ctx, "LIGHT_AGENT");
  const article = await ctx.db.article.findFirst({
    where: { id: articleId, workspaceId: ctx.workspace.id },
    select: {
      id: true,
      categoryId: true,
      promoted: true,
      position: true,
      areas: { select: { area: { select: { key: true } } } },
      translations: { select: { locale: true, title: true, slug: true, description: true, bodyHtml: true, status: true, version: true, publishedAt: true, updatedAt: true }, orderBy: { locale: "asc" } },
    },
  });
  if (!article) throw new AppError("NOT_FOUND", "No such article");
  return { ...article, areas: article.areas.map((a) => a.area.key) };
}
