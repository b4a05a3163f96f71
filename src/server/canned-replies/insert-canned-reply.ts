// What the reply box does when an agent picks a canned reply: render it for the ticket and count
// the use, together (a reply that cannot be rendered is not counted).
import type { Ctx } from "@/server/context";
import { inTransaction } from "@/server/context";
import { recordCannedReplyUse } from "./record-canned-reply-use";
import { renderCannedReply } from "./render-canned-reply";
import type { RenderCannedReplyInput, RenderedCannedReply } from "./canned-reply.schemas";

export async function insertCannedReply(ctx: Ctx, input: RenderCannedReplyInput): Promise<RenderedCannedReply> {
  return inTransaction(ctx, async (tx) => {
    const rendered = await renderCannedReply(tx, input);
    await recordCannedReplyUse(tx, { id: rendered.id });
    return rendered;
  });
}
