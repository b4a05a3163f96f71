// The reply form's action: a reply and, optionally, a new status, in one transaction, so that
// "send and close" never leaves a sent reply on an open ticket (or a closed ticket without it).
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { addReply } from "./add-reply";
import { updateTicket } from "./update-ticket";
import { SendReplyInput } from "./ticket.schemas";

export async function sendReply(
  ctx: Ctx,
  raw: SendReplyInput,
): Promise<{ messageId: string; ticketNumber: number; version: number }> {
  requireRole(ctx, "AGENT");
  const { status, ...reply } = parseInput(SendReplyInput, raw);
  return inTransaction(ctx, async (tx) => {
    const sent = await addReply(tx, reply);
    if (!status) return sent;
    // The reply just bumped the version; the status change must follow it, not race it.
    const updated = await updateTicket(tx, { ticketNumber: reply.ticketNumber, status, expectedVersion: sent.version });
    return { ...sent, version: updated.version };
  });
}
