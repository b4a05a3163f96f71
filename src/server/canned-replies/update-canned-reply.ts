// Replaces a canned reply's title, folder and versions: the owner for a personal reply, an admin
// for a shared one. Its usage count stays.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { assertKnownPlaceholders, auditSharedCannedReply, CANNED_REPLY_SELECT, lockEditableCannedReply, toSummary, writeVersions } from "./canned-reply-access";
import { UpdateCannedReplyInput, type CannedReplySummary } from "./canned-reply.schemas";

export async function updateCannedReply(ctx: Ctx, raw: UpdateCannedReplyInput): Promise<CannedReplySummary> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(UpdateCannedReplyInput, raw);
  assertKnownPlaceholders(input.versions);
  return inTransaction(ctx, async (tx) => {
    const reply = await lockEditableCannedReply(tx, input.id);
    const before = await tx.db.cannedReply.findUniqueOrThrow({ where: { id: reply.id, workspaceId: tx.workspace.id }, select: CANNED_REPLY_SELECT });
    await tx.db.cannedReply.update({
      where: { id: reply.id, workspaceId: tx.workspace.id },
      data: { title: input.title, folder: input.folder },
    });
    await writeVersions(tx.db, tx.workspace.id, reply.id, input.versions);
    const updated = await tx.db.cannedReply.findUniqueOrThrow({ where: { id: reply.id, workspaceId: tx.workspace.id }, select: CANNED_REPLY_SELECT });
    await auditSharedCannedReply(tx, "canned_reply.updated", before, updated);
    ctx.log.info({ cannedReplyId: reply.id }, "canned reply updated");
    return toSummary(tx, updated);
  });
}
