// Reads of the agents' help-center editor (issue 16): the whole structure with every article's
// state per language, and one saved version of an article's language. Every member may read
// (light agents too); writing is decided by the use cases.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import type { Locale } from "@/lib/validation";
import { getArticleInWorkspace } from "./help-center-access";

export type CategoryName = { locale: Locale; name: string; slug: string; description: string };
export type ArticleState = { locale: Locale; title: string; slug: string; status: "DRAFT" | "PUBLISHED"; version: number };
export type EditorArticle = { id: string; promoted: boolean; updatedAt: Date; translations: ArticleState[] };
export type EditorSection = { id: string; names: CategoryName[]; articles: EditorArticle[] };
export type EditorCategory = EditorSection & { sections: EditorSection[] };

const NAMES = { select: { locale: true, name: true, slug: true, description: true }, orderBy: { locale: "asc" as const } };
const ARTICLES = {
  select: {
    id: true,
    promoted: true,
    updatedAt: true,
    translations: { select: { locale: true, title: true, slug: true, status: true, version: true }, orderBy: { locale: "asc" as const } },
  },
  orderBy: [{ position: "asc" as const }, { createdAt: "asc" as const }],
};

/** Categories in their order, each with its sections and the articles filed in each, drafts included. */
export async function listHelpCenterForEditing(ctx: Ctx): Promise<EditorCategory[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const rows = await ctx.db.helpCategory.findMany({
    where: { workspaceId: ctx.workspace.id, parentId: null },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: {
      id: true,
      translations: NAMES,
      articles: ARTICLES,
      sections: { orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: { id: true, translations: NAMES, articles: ARTICLES } },
    },
  });
  const section = (s: (typeof rows)[number]["sections"][number]): EditorSection => ({
    id: s.id,
    names: s.translations.map((t) => ({ ...t, locale: t.locale as Locale })),
    articles: s.articles.map((a) => ({ ...a, translations: a.translations.map((t) => ({ ...t, locale: t.locale as Locale })) })),
  });
  return rows.map((c) => ({ ...section(c), sections: c.sections.map(section) }));
}

export type ArticleVersionView = {
  version: number;
  locale: Locale;
  title: string;
  description: string;
  bodyHtml: string;
  status: "DRAFT" | "PUBLISHED";
  authorName: string | null;
  restoredFrom: number | null;
  createdAt: Date;
};

/** One saved version of an article's language, as it was saved (its HTML was sanitized then). */
export async function getArticleVersion(ctx: Ctx, articleId: string, locale: Locale, version: number): Promise<ArticleVersionView> {
  requireRole(ctx, "LIGHT_AGENT");
  const article = await getArticleInWorkspace(ctx.db, ctx.workspace.id, articleId);
  const row = await ctx.db.articleVersion.findFirst({
    where: { workspaceId: ctx.workspace.id, version, translation: { articleId: article.id, locale } },
    select: { version: true, title: true, description: true, bodyHtml: true, status: true, restoredFrom: true, createdAt: true, author: { select: { user: { select: { name: true } } } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "No such version of this article");
  return { ...row, locale, authorName: row.author?.user.name ?? null };
}
