// A new article in a category or section, with its first language (a draft unless published at
// once) and the problem areas it answers. Agents and admins write articles; light agents cannot.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { writeArticleContent } from "./article-content";
import { getCategoryInWorkspace, resolveAreaKeys, slugTakenError, uniqueViolation } from "./help-center-access";
import { CreateArticleInput, type SavedArticleContent } from "./help-center.schemas";

export async function createArticle(ctx: Ctx, raw: CreateArticleInput): Promise<SavedArticleContent> {
  requireRole(ctx, "AGENT");
  const input = parseInput(CreateArticleInput, raw);
  try {
    return await inTransaction(ctx, async (tx) => {
      const { db, workspace } = tx;
      const category = await getCategoryInWorkspace(db, workspace.id, input.categoryId);
      const areaIds = await resolveAreaKeys(db, workspace.id, input.areas, "areas");
      const position = input.position ?? (await db.article.count({ where: { workspaceId: workspace.id, categoryId: category.id } }));
      const article = await db.article.create({ data: { workspaceId: workspace.id, categoryId: category.id, promoted: input.promoted, position }, select: { id: true } });
      if (areaIds.length > 0) await db.articleArea.createMany({ data: areaIds.map((areaId) => ({ workspaceId: workspace.id, articleId: article.id, areaId })) });
      const saved = await writeArticleContent(db, tx, article.id, input.content);
      ctx.log.info({ articleId: article.id, locale: saved.locale, status: saved.status }, "article created");
      return saved;
    });
  } catch (err) {
    if (uniqueViolation(err)?.onSlug) throw slugTakenError("content.slug");
    throw err;
  }
}
