// Deletes a category (with its sections) or a section. One that still files articles is refused:
// articles are moved or deleted first, so nothing published disappears by accident.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { getCategoryInWorkspace } from "./help-center-access";
import { DeleteHelpCategoryInput } from "./help-center.schemas";

export async function deleteHelpCategory(ctx: Ctx, raw: DeleteHelpCategoryInput): Promise<void> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(DeleteHelpCategoryInput, raw);
  await inTransaction(ctx, async ({ db, workspace }) => {
    const category = await getCategoryInWorkspace(db, workspace.id, input.id);
    const articles = await db.article.count({ where: { workspaceId: workspace.id, OR: [{ categoryId: category.id }, { category: { parentId: category.id } }] } });
    if (articles > 0) throw new AppError("CONFLICT", `The category still files ${articles} article(s): move or delete them first`);
    await db.helpCategory.delete({ where: { id: category.id } });
    ctx.log.info({ categoryId: category.id }, "help center category deleted");
  });
}
