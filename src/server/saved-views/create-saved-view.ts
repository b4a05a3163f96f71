// Saves the inbox's current filters and sort under a name: personal for any agent (light agents
// included), shared with the workspace for admins only.
import type { Ctx } from "@/server/context";
import { actorMemberId, inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { assertNameFree, SAVED_VIEW_SELECT, toSummary } from "./saved-view-access";
import { CreateSavedViewInput, type SavedViewSummary } from "./saved-view.schemas";

export async function createSavedView(ctx: Ctx, raw: CreateSavedViewInput): Promise<SavedViewSummary> {
  const input = parseInput(CreateSavedViewInput, raw);
  requireRole(ctx, input.shared ? "ADMIN" : "LIGHT_AGENT");
  const me = actorMemberId(ctx.actor);
  // A personal view needs a member to belong to; API tokens and the system have none.
  if (!input.shared && !me) throw new AppError("FORBIDDEN", "Only members have personal views");
  const ownerId = input.shared ? null : me;
  return inTransaction(ctx, async (tx) => {
    await assertNameFree(tx.db, tx.workspace.id, ownerId, input.name);
    const view = await tx.db.savedView.create({
      data: { workspaceId: tx.workspace.id, ownerId, name: input.name, filters: input.filters, sort: input.sort },
      select: SAVED_VIEW_SELECT,
    });
    ctx.log.info({ savedViewId: view.id, shared: input.shared }, "saved view created");
    return toSummary(ctx, view);
  });
}
