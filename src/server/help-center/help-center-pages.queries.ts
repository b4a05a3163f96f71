// What the public help-center pages read (issue 16): the workspace by its URL slug, the home page's
// categories, sections and promoted articles, and one category's or section's articles, always in
// one language and only what is published in it. No session: these are public pages.
import { db as defaultDb, type DbTx, type Prisma } from "@/server/db";
import { SLUG_PATTERN, type Locale } from "@/lib/validation";
import { findPublishedArticle, type PublishedArticle } from "./help-center.queries";
import { searchArticles, type ArticleHit } from "./search-articles";
import { BRANDING_SELECT, brandingOf, type WorkspaceBrand } from "@/server/workspaces/workspace-branding";

/** A shop as its public pages show it: name, languages, whether its help center is on, and its branding. */
export type PublicWorkspace = { id: string; slug: string; name: string; defaultLocale: string; timeZone: string; helpCenterEnabled: boolean; brand: WorkspaceBrand };
/** The workspace of a help-center page (its help center is on). */
export type HelpWorkspace = PublicWorkspace;

/** The workspace whose public pages `/<slug>/...` are (contact form, portal); null for a slug that names none. */
export async function findPublicWorkspace(slug: string, db: DbTx = defaultDb()): Promise<PublicWorkspace | null> {
  // Straight from the URL: anything that cannot be a slug is no workspace (and never a query).
  if (slug.length > 48 || !SLUG_PATTERN.test(slug)) return null;
  const row = await db.workspace.findUnique({ where: { slug }, select: { id: true, name: true, defaultLocale: true, timeZone: true, ...BRANDING_SELECT } });
  if (!row) return null;
  const { helpCenterEnabled, ...brand } = brandingOf(row);
  return { id: row.id, slug: row.slug, name: row.name, defaultLocale: row.defaultLocale, timeZone: row.timeZone, helpCenterEnabled, brand };
}

/**
 * The workspace whose help center `/<slug>/help` is; null for a slug that names none or a
 * workspace whose help center is off (its pages, sitemap and robots.txt then answer 404).
 */
export async function findHelpWorkspace(slug: string, db: DbTx = defaultDb()): Promise<HelpWorkspace | null> {
  const workspace = await findPublicWorkspace(slug, db);
  return workspace?.helpCenterEnabled ? workspace : null;
}

export type ArticleLink = { slug: string; title: string; description: string };
export type SectionSummary = { id: string; slug: string; name: string; description: string; articles: ArticleLink[] };
export type CategorySummary = SectionSummary & { sections: SectionSummary[] };

const ARTICLE_LINK = { slug: true, title: true, description: true } as const;

/** The query parts of a category or section named in `locale`, with its published articles there. */
function namedWithArticles(locale: Locale) {
  return {
    id: true,
    translations: { where: { locale }, select: { name: true, slug: true, description: true } },
    articles: { orderBy: byPosition(), select: { translations: { where: { locale, status: "PUBLISHED" as const }, select: ARTICLE_LINK } } },
  } satisfies Prisma.HelpCategorySelect;
}

/** The order an admin gave, then the order they were made in. */
function byPosition() {
  return [{ position: "asc" as const }, { createdAt: "asc" as const }];
}

type NamedRow = { id: string; translations: Array<{ name: string; slug: string; description: string }>; articles: Array<{ translations: ArticleLink[] }> };

/** A category or section as pages show it; null when it has no name in the language asked for. */
function summary(row: NamedRow): SectionSummary | null {
  const t = row.translations[0];
  return t ? { id: row.id, slug: t.slug, name: t.name, description: t.description, articles: row.articles.flatMap((a) => a.translations) } : null;
}

/** The sections worth showing: named in the language and with an article in it. */
function shownSections(rows: NamedRow[]): SectionSummary[] {
  return rows.map(summary).filter((s): s is SectionSummary => s !== null && s.articles.length > 0);
}

/** The home page: categories (with their sections and articles) named in `locale`, and the promoted articles. */
export async function helpCenterHome(workspaceId: string, locale: Locale, db: DbTx = defaultDb()): Promise<{ categories: CategorySummary[]; promoted: ArticleLink[] }> {
  const rows = await db.helpCategory.findMany({
    where: { workspaceId, parentId: null },
    orderBy: byPosition(),
    select: { ...namedWithArticles(locale), sections: { orderBy: byPosition(), select: namedWithArticles(locale) } },
  });
  const categories: CategorySummary[] = [];
  for (const row of rows) {
    const category = summary(row);
    if (!category) continue;
    // Categories left without a section or article in this language are left out too.
    const sections = shownSections(row.sections);
    if (category.articles.length === 0 && sections.length === 0) continue;
    categories.push({ ...category, sections });
  }
  const promoted = await db.articleTranslation.findMany({
    where: { workspaceId, locale, status: "PUBLISHED", article: { promoted: true } },
    orderBy: [{ article: { position: "asc" } }, { publishedAt: "asc" }],
    select: ARTICLE_LINK,
  });
  return { categories, promoted };
}

/** A category or section by its slug in `locale`, with its articles (and a category's sections); null when it has no name there. */
export async function helpCategoryPage(workspaceId: string, locale: Locale, slug: string, db: DbTx = defaultDb()) {
  const found = await db.helpCategoryTranslation.findUnique({
    where: { workspaceId_locale_slug: { workspaceId, locale, slug } },
    select: { categoryId: true },
  });
  if (!found) return null;
  const category = await db.helpCategory.findUniqueOrThrow({
    where: { id: found.categoryId },
    select: {
      ...namedWithArticles(locale),
      parent: { select: { translations: { where: { locale }, select: { name: true, slug: true } } } },
      sections: { orderBy: byPosition(), select: namedWithArticles(locale) },
    },
  });
  const self = summary(category)!;
  return { name: self.name, description: self.description, parent: category.parent?.translations[0] ?? null, articles: self.articles, sections: shownSections(category.sections) };
}

/** Every published article and named category of the workspace, for sitemap.xml. */
export async function helpCenterSitemap(workspaceId: string, db: DbTx = defaultDb()) {
  const [articles, categories] = await Promise.all([
    db.articleTranslation.findMany({ where: { workspaceId, status: "PUBLISHED" }, select: { articleId: true, locale: true, slug: true, updatedAt: true }, orderBy: [{ articleId: "asc" }, { locale: "asc" }] }),
    db.helpCategoryTranslation.findMany({ where: { workspaceId }, select: { categoryId: true, locale: true, slug: true, updatedAt: true }, orderBy: [{ categoryId: "asc" }, { locale: "asc" }] }),
  ]);
  return { articles, categories };
}

/** A published article for its public page (help-center.queries.ts findPublishedArticle). */
export function publishedArticlePage(workspaceId: string, locale: Locale, slug: string): Promise<PublishedArticle | null> {
  return findPublishedArticle(defaultDb(), workspaceId, locale, slug);
}

/** The search page's search, recorded for the admins' measures (search-articles.ts). */
export function searchHelpCenter(workspaceId: string, locale: Locale, query: string): Promise<{ total: number; hits: ArticleHit[] }> {
  return searchArticles(defaultDb(), { workspaceId, locale, query, limit: 20, record: true });
}
