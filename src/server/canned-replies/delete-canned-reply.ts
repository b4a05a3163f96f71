// Deletes a canned reply (its versions go with it): the owner's personal reply, or a shared one by an admin.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { auditSharedCannedReply, CANNED_REPLY_SELECT, lockEditableCannedReply } from "./canned-reply-access";
import { DeleteCannedReplyInput } from "./canned-reply.schemas";

export async function deleteCannedReply(ctx: Ctx, raw: DeleteCannedReplyInput): Promise<{ id: string }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(DeleteCannedReplyInput, raw);
  return inTransaction(ctx, async (tx) => {
    const reply = await lockEditableCannedReply(tx, input.id);
    const before = await tx.db.cannedReply.findUniqueOrThrow({ where: { id: reply.id, workspaceId: tx.workspace.id }, select: CANNED_REPLY_SELECT });
    await tx.db.cannedReply.delete({ where: { id: reply.id, workspaceId: tx.workspace.id } });
    await auditSharedCannedReply(tx, "canned_reply.deleted", before, null);
    ctx.log.info({ cannedReplyId: reply.id }, "canned reply deleted");
    return { id: reply.id };
  });
}
