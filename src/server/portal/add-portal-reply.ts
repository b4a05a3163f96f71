// A customer's reply from the portal: a PORTAL message on their own ticket, recorded exactly as a
// customer's mail is (record-customer-message.ts): a closed or pending ticket reopens, events and
// the live update happen as for mail. Another customer's ticket is NOT_FOUND there.
import { recordCustomerMessage } from "@/server/tickets/record-customer-message";
import { parseInput } from "@/server/validate";
import type { PortalCtx } from "./portal-sessions";
import { AddPortalReplyInput } from "./portal.schemas";

export async function addPortalReply(ctx: PortalCtx, raw: AddPortalReplyInput): Promise<{ messageId: string; ticketNumber: number; reopened: boolean }> {
  const input = parseInput(AddPortalReplyInput, raw);
  const result = await recordCustomerMessage(ctx, { ticketNumber: input.ticketNumber, text: input.text, channel: "PORTAL", attachments: input.attachments });
  return { messageId: result.messageId, ticketNumber: result.ticketNumber, reopened: result.reopened };
}
