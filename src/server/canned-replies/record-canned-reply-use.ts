// Counts one use of a canned reply the actor can see (the quick search ranks by it).
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { visibleTo } from "./canned-reply-access";
import { RecordCannedReplyUseInput } from "./canned-reply.schemas";

export async function recordCannedReplyUse(ctx: Ctx, raw: RecordCannedReplyUseInput): Promise<{ id: string; usageCount: number }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(RecordCannedReplyUseInput, raw);
  // One statement: concurrent uses each count (an increment, not a read-then-write).
  const { count } = await ctx.db.cannedReply.updateMany({
    where: { id: input.id, ...visibleTo(ctx) },
    data: { usageCount: { increment: 1 }, lastUsedAt: new Date() },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "Canned reply not found");
  const { usageCount } = await ctx.db.cannedReply.findUniqueOrThrow({ where: { id: input.id, workspaceId: ctx.workspace.id }, select: { usageCount: true } });
  return { id: input.id, usageCount };
}
