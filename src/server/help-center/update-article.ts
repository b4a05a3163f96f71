// Files an article elsewhere, promotes it to the home page or not, reorders it, or changes the
// problem areas it answers. Its languages and history are untouched.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { getArticleInWorkspace, getCategoryInWorkspace, resolveAreaKeys } from "./help-center-access";
import { UpdateArticleInput } from "./help-center.schemas";

export async function updateArticle(ctx: Ctx, raw: UpdateArticleInput): Promise<void> {
  requireRole(ctx, "AGENT");
  const input = parseInput(UpdateArticleInput, raw);
  await inTransaction(ctx, async ({ db, workspace }) => {
    const article = await getArticleInWorkspace(db, workspace.id, input.articleId);
    const categoryId = input.categoryId ? (await getCategoryInWorkspace(db, workspace.id, input.categoryId)).id : undefined;
    await db.article.update({
      where: { id: article.id },
      data: { ...(categoryId ? { categoryId } : {}), ...(input.promoted !== undefined ? { promoted: input.promoted } : {}), ...(input.position !== undefined ? { position: input.position } : {}) },
    });
    if (input.areas) {
      // An area archived since it was given stays with the article when the editor sends it back.
      const kept = (await db.articleArea.findMany({ where: { workspaceId: workspace.id, articleId: article.id }, select: { areaId: true } })).map((a) => a.areaId);
      const areaIds = await resolveAreaKeys(db, workspace.id, input.areas, "areas", kept);
      await db.articleArea.deleteMany({ where: { articleId: article.id } });
      if (areaIds.length > 0) await db.articleArea.createMany({ data: areaIds.map((areaId) => ({ workspaceId: workspace.id, articleId: article.id, areaId })) });
    }
    ctx.log.info({ articleId: article.id }, "article updated");
  });
}
