// Saves one language of an article (a new language, or an edit of one), publishing or
// unpublishing it; every save is a version in the article's history.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { writeArticleContent } from "./article-content";
import { getArticleInWorkspace, slugTakenError, uniqueViolation } from "./help-center-access";
import { SaveArticleContentInput, type SavedArticleContent } from "./help-center.schemas";

export async function saveArticleContent(ctx: Ctx, raw: SaveArticleContentInput): Promise<SavedArticleContent> {
  requireRole(ctx, "AGENT");
  const input = parseInput(SaveArticleContentInput, raw);
  try {
    return await inTransaction(ctx, async (tx) => {
      const article = await getArticleInWorkspace(tx.db, tx.workspace.id, input.articleId);
      const saved = await writeArticleContent(tx.db, tx, article.id, input.content, { expectedVersion: input.expectedVersion });
      ctx.log.info({ articleId: article.id, locale: saved.locale, version: saved.version, status: saved.status }, "article saved");
      return saved;
    });
  } catch (err) {
    const unique = uniqueViolation(err);
    if (unique?.onSlug) throw slugTakenError("content.slug");
    // Two saves of the same version at once: the second finds its version number taken.
    if (unique) throw new AppError("CONFLICT", "This article was saved by someone else at the same time: reload it first");
    throw err;
  }
}
