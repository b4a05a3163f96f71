// Brings back what a language of an article said in an earlier version: its title, description
// and body are saved again as the newest version (the history keeps everything in between). The
// article stays published or draft as it is now, and keeps its URL.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { writeArticleContent } from "./article-content";
import { getArticleInWorkspace } from "./help-center-access";
import { RestoreArticleVersionInput, type SavedArticleContent } from "./help-center.schemas";

export async function restoreArticleVersion(ctx: Ctx, raw: RestoreArticleVersionInput): Promise<SavedArticleContent> {
  requireRole(ctx, "AGENT");
  const input = parseInput(RestoreArticleVersionInput, raw);
  return inTransaction(ctx, async (tx) => {
    const article = await getArticleInWorkspace(tx.db, tx.workspace.id, input.articleId);
    const translation = await tx.db.articleTranslation.findUnique({
      where: { articleId_locale: { articleId: article.id, locale: input.locale } },
      select: { id: true, version: true, status: true },
    });
    const old = translation && (await tx.db.articleVersion.findUnique({ where: { translationId_version: { translationId: translation.id, version: input.version } } }));
    if (!translation || !old) throw new AppError("NOT_FOUND", "No such version of this article");
    const saved = await writeArticleContent(
      tx.db,
      tx,
      article.id,
      { locale: input.locale, title: old.title, description: old.description, bodyHtml: old.bodyHtml, status: translation.status },
      { expectedVersion: translation.version, restoredFrom: old.version },
    );
    ctx.log.info({ articleId: article.id, locale: input.locale, restoredFrom: old.version, version: saved.version }, "article version restored");
    return saved;
  });
}
