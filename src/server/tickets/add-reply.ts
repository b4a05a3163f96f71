// An agent's reply to the customer. Light agents may not reply. The reply is stored here with a
// queued delivery; the worker's mail sender (src/server/mail/send-deliveries.ts) sends it, and
// it sends only REPLY (and AUTO_REPLY) messages, so a note can never be sent by construction.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { AddReplyInput } from "./ticket.schemas";
import { appendAgentMessage } from "./append-agent-message";

export async function addReply(ctx: Ctx, raw: AddReplyInput): Promise<{ messageId: string; ticketNumber: number; version: number }> {
  requireRole(ctx, "AGENT");
  const input = parseInput(AddReplyInput, raw);
  return appendAgentMessage(ctx, { ...input, kind: "REPLY" });
}
