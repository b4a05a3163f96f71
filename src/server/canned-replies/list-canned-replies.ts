// The canned replies a member sees on the settings page: the workspace's shared ones and their
// own, by folder (no folder first) and title.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { CANNED_REPLY_SELECT, toSummary, visibleTo } from "./canned-reply-access";
import type { CannedReplySummary } from "./canned-reply.schemas";

export async function listCannedReplies(ctx: Ctx): Promise<CannedReplySummary[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const replies = await ctx.db.cannedReply.findMany({
    where: visibleTo(ctx),
    orderBy: [{ folder: "asc" }, { title: "asc" }, { id: "asc" }],
    select: CANNED_REPLY_SELECT,
  });
  return replies.map((r) => toSummary(ctx, r));
}
