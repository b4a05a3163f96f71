// Saves a canned reply: personal for agents and admins, shared with the workspace for admins only.
// Light agents use replies but do not keep their own.
import type { Ctx } from "@/server/context";
import { actorMemberId, inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { assertKnownPlaceholders, auditSharedCannedReply, CANNED_REPLY_SELECT, toSummary, writeVersions } from "./canned-reply-access";
import { CreateCannedReplyInput, type CannedReplySummary } from "./canned-reply.schemas";

export async function createCannedReply(ctx: Ctx, raw: CreateCannedReplyInput): Promise<CannedReplySummary> {
  const input = parseInput(CreateCannedReplyInput, raw);
  requireRole(ctx, input.shared ? "ADMIN" : "AGENT");
  const me = actorMemberId(ctx.actor);
  // A personal reply needs a member to belong to; API tokens and the system have none.
  if (!input.shared && !me) throw new AppError("FORBIDDEN", "Only members have personal replies");
  assertKnownPlaceholders(input.versions);
  return inTransaction(ctx, async (tx) => {
    const { id } = await tx.db.cannedReply.create({
      data: { workspaceId: tx.workspace.id, ownerId: input.shared ? null : me, folder: input.folder, title: input.title },
      select: { id: true },
    });
    await writeVersions(tx.db, tx.workspace.id, id, input.versions);
    const reply = await tx.db.cannedReply.findUniqueOrThrow({ where: { id, workspaceId: tx.workspace.id }, select: CANNED_REPLY_SELECT });
    await auditSharedCannedReply(tx, "canned_reply.created", null, reply);
    ctx.log.info({ cannedReplyId: id, shared: input.shared }, "canned reply created");
    return toSummary(tx, reply);
  });
}
