// Seeds a demo workspace's help center (issue 16) through the same use cases agents use, so the
// demo's articles are sanitized, slugged and versioned like any others: categories and sections in
// every language, then each article's languages, published.
import { systemCtx, type WorkspaceRef } from "@/server/context";
import type { DbTx } from "@/server/db";
import { createArticle } from "@/server/help-center/create-article";
import { createHelpCategory } from "@/server/help-center/create-help-category";
import { saveArticleContent } from "@/server/help-center/save-article-content";
import type { Logger } from "@/server/logger";
import type { Locale } from "@/lib/validation";
import type { DemoArticle, DemoCategory } from "./demo-help-center";

export type DemoHelpCenter = { categories: DemoCategory[]; articles: DemoArticle[] };

export async function seedHelpCenter(tx: DbTx, workspace: WorkspaceRef, content: DemoHelpCenter, log: Logger): Promise<number> {
  // One line for the whole help center (below), not one per category and article.
  const ctx = systemCtx(tx, workspace, log.child({}, { level: "warn" }), "demo seed");
  const sections = new Map<string, string>();
  for (const [position, category] of content.categories.entries()) {
    const { id } = await createHelpCategory(ctx, { position, translations: category.names });
    for (const [sectionPosition, section] of category.sections.entries()) {
      sections.set(section.key, (await createHelpCategory(ctx, { parentId: id, position: sectionPosition, translations: section.names })).id);
    }
  }
  for (const article of content.articles) {
    const categoryId = sections.get(article.section);
    if (!categoryId) throw new Error(`demo data: article ${article.key} is filed under an unknown section ${article.section}`);
    const [first, ...others] = Object.entries(article.translations) as Array<[Locale, DemoArticle["translations"][Locale]]>;
    const published = (locale: Locale, t: DemoArticle["translations"][Locale]) => ({ locale, ...t, status: "PUBLISHED" as const });
    const { articleId } = await createArticle(ctx, { categoryId, promoted: article.promoted ?? false, areas: article.areas, content: published(...first!) });
    for (const [locale, t] of others) await saveArticleContent(ctx, { articleId, content: published(locale, t) });
  }
  log.info({ workspace: workspace.slug, categories: content.categories.length, sections: sections.size, articles: content.articles.length }, "demo help center seeded");
  return content.articles.length;
}
