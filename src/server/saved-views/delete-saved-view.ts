// Deletes a saved view: the owner's personal view, or a shared one by an admin.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { lockEditableSavedView } from "./saved-view-access";
import { DeleteSavedViewInput } from "./saved-view.schemas";

export async function deleteSavedView(ctx: Ctx, raw: DeleteSavedViewInput): Promise<{ id: string }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(DeleteSavedViewInput, raw);
  return inTransaction(ctx, async (tx) => {
    const view = await lockEditableSavedView(tx, input.id);
    await tx.db.savedView.delete({ where: { id: view.id, workspaceId: tx.workspace.id } });
    ctx.log.info({ savedViewId: view.id }, "saved view deleted");
    return { id: view.id };
  });
}
