// Renames a saved view or replaces its filters or sort: the owner for a personal view, an admin
// for a shared one.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { assertNameFree, lockEditableSavedView, SAVED_VIEW_SELECT, toSummary } from "./saved-view-access";
import { UpdateSavedViewInput, type SavedViewSummary } from "./saved-view.schemas";

export async function updateSavedView(ctx: Ctx, raw: UpdateSavedViewInput): Promise<SavedViewSummary> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(UpdateSavedViewInput, raw);
  return inTransaction(ctx, async (tx) => {
    const view = await lockEditableSavedView(tx, input.id);
    if (input.name !== undefined) await assertNameFree(tx.db, tx.workspace.id, view.ownerId, input.name, view.id);
    const updated = await tx.db.savedView.update({
      where: { id: view.id, workspaceId: tx.workspace.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.filters !== undefined ? { filters: input.filters } : {}),
        ...(input.sort !== undefined ? { sort: input.sort } : {}),
      },
      select: SAVED_VIEW_SELECT,
    });
    ctx.log.info({ savedViewId: view.id }, "saved view updated");
    return toSummary(ctx, updated);
  });
}
