// The saved views a member sees in the inbox: their own and the workspace's shared ones, by name.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { SAVED_VIEW_SELECT, toSummary, visibleTo } from "./saved-view-access";
import type { SavedViewSummary } from "./saved-view.schemas";

export async function listSavedViews(ctx: Ctx): Promise<SavedViewSummary[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const views = await ctx.db.savedView.findMany({
    where: visibleTo(ctx),
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: SAVED_VIEW_SELECT,
  });
  return views.map((v) => toSummary(ctx, v));
}
