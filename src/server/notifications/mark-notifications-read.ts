// A member marks their notifications read: the ones given (opening one from the bell), or all
// of them ("Mark all as read"). Only the caller's own, only in this workspace: ids of anyone
// else's notifications match nothing.
import { requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MarkNotificationsReadInput } from "./notification.schemas";

export async function markNotificationsRead(ctx: Ctx, raw: MarkNotificationsReadInput, now: Date = new Date()): Promise<{ marked: number }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(MarkNotificationsReadInput, raw);
  if (ctx.actor.type !== "member") return { marked: 0 };
  const result = await ctx.db.notification.updateMany({
    where: { workspaceId: ctx.workspace.id, memberId: ctx.actor.memberId, readAt: null, ...(input.ids ? { id: { in: input.ids } } : {}) },
    data: { readAt: now },
  });
  return { marked: result.count };
}
