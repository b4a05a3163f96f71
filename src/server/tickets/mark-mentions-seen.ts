// A member opened a ticket: their unseen mentions on it are seen now (the inbox's "Mentions"
// count drops). Only the caller's own mentions, only in the caller's workspace. Any member role.
import { z } from "zod";
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { TicketNumberSchema } from "./ticket.schemas";

export const MarkMentionsSeenInput = z.object({ ticketNumber: TicketNumberSchema });
export type MarkMentionsSeenInput = z.input<typeof MarkMentionsSeenInput>;

export async function markMentionsSeen(ctx: Ctx, raw: MarkMentionsSeenInput, now: Date = new Date()): Promise<{ seen: number }> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(MarkMentionsSeenInput, raw);
  // API tokens and the system are never mentioned.
  if (ctx.actor.type !== "member") return { seen: 0 };
  const workspaceId = ctx.workspace.id;
  const result = await ctx.db.mention.updateMany({
    where: {
      workspaceId,
      memberId: ctx.actor.memberId,
      seenAt: null,
      message: { workspaceId, ticket: { workspaceId, number: input.ticketNumber } },
    },
    data: { seenAt: now },
  });
  if (result.count > 0) ctx.log.info({ memberId: ctx.actor.memberId, ticketNumber: input.ticketNumber, seen: result.count }, "mentions seen");
  return { seen: result.count };
}
