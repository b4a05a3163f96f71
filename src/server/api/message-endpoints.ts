// A ticket's messages over the REST API: the agent's thread (notes included), adding a reply or
// an internal note, retrying a reply that could not be delivered, and moving a customer's
// message to a new ticket, through the same use cases as the agent pages.
import { addNote } from "@/server/tickets/add-note";
import { addReply } from "@/server/tickets/add-reply";
import { moveMessageToNewTicket } from "@/server/tickets/move-message-to-new-ticket";
import { retryDelivery } from "@/server/tickets/retry-delivery";
import { ApiMessage, ApiMessageList, CreateMessageBody, MovedMessage, TicketMessageParams, TicketParams } from "./api.schemas";
import { getApiMessage, getApiTicket, listApiMessages } from "./api-ticket.queries";
import { etag, expectedVersion } from "./expected-version";
import { defineEndpoint } from "./route";

export const listMessagesEndpoint = defineEndpoint({
  method: "GET",
  path: "/tickets/{number}/messages",
  operationId: "listMessages",
  summary: "A ticket's messages, oldest first, internal notes included",
  tag: "Messages",
  auth: true,
  params: TicketParams,
  response: ApiMessageList,
  errors: [404],
  handler: async ({ ctx, params }) => ({ data: { data: await listApiMessages(ctx, params.number) } }),
});

export const createMessageEndpoint = defineEndpoint({
  method: "POST",
  path: "/tickets/{number}/messages",
  operationId: "createMessage",
  summary: "Add a reply to the customer or an internal note, optionally with files (base64 in `attachments`)",
  tag: "Messages",
  auth: true,
  params: TicketParams,
  body: CreateMessageBody,
  response: ApiMessage,
  status: 201,
  errors: [400, 404, 409, 422],
  // Files come base64 in the JSON body: 25 MB of them is about 34 MB of text, plus the message.
  maxBodyBytes: 36 * 1024 * 1024,
  handler: async ({ ctx, params, body, request }) => {
    const input = {
      ticketNumber: params.number,
      text: body.text,
      expectedVersion: expectedVersion(request, body.version),
      ...(body.attachments
        ? { attachments: body.attachments.map((a) => ({ filename: a.filename, contentType: a.contentType ?? null, content: Buffer.from(a.contentBase64, "base64") })) }
        : {}),
    };
    const added = body.kind === "reply" ? await addReply(ctx, input) : await addNote(ctx, input);
    return { data: await getApiMessage(ctx, added.messageId), headers: { ETag: etag(added.version) } };
  },
});

export const retryMessageDeliveryEndpoint = defineEndpoint({
  method: "POST",
  path: "/tickets/{number}/messages/{id}/retry",
  operationId: "retryMessageDelivery",
  summary: "Queue a reply whose delivery failed again (409 unless its delivery is `failed`)",
  tag: "Messages",
  auth: true,
  params: TicketMessageParams,
  response: ApiMessage,
  errors: [403, 404, 409],
  handler: async ({ ctx, params }) => {
    const retried = await retryDelivery(ctx, { ticketNumber: params.number, messageId: params.id });
    return { data: await getApiMessage(ctx, retried.messageId) };
  },
});

export const moveMessageEndpoint = defineEndpoint({
  method: "POST",
  path: "/tickets/{number}/messages/{id}/move",
  operationId: "moveMessageToNewTicket",
  summary:
    "Move a customer's message (with its attachments) to a new ticket of its sender; replies to it then thread there. 422 for a reply, a note, or the ticket's first or only customer message; 409 when it was moved already",
  tag: "Messages",
  auth: true,
  params: TicketMessageParams,
  response: MovedMessage,
  status: 201,
  errors: [404, 409, 422],
  handler: async ({ ctx, params }) => {
    const moved = await moveMessageToNewTicket(ctx, { ticketNumber: params.number, messageId: params.id });
    const ticket = await getApiTicket(ctx, moved.ticket.number);
    return { data: { ticket }, headers: { Location: `/api/v1/tickets/${ticket.number}`, ETag: etag(ticket.version) } };
  },
});
