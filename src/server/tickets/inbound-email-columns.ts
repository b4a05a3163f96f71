// The Message columns an inbound mail fills, shared by the two use cases that write one
// (createTicket for a new ticket, recordCustomerMessage for a reply).
import type { InboundEmail } from "./ticket.schemas";

export function inboundEmailColumns(email: InboundEmail | undefined) {
  return {
    emailMessageId: email?.messageId ?? null,
    emailInReplyTo: email?.inReplyTo ?? null,
    emailReferences: email?.references ?? [],
    emailFromName: email?.fromName ?? null,
    emailFromAddress: email?.fromAddress ?? null,
    emailCc: email?.cc ?? [],
    threadedBy: email?.threadedBy ?? null,
    inboundMailId: email?.inboundMailId ?? null,
    searchText: email?.searchText ?? null,
  };
}
