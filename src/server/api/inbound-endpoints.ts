// Raw MIME over HTTP, for shops that pipe mail from their MTA or a provider's inbound webhook:
// POST the message's bytes to a mailbox, then follow it by id until the worker has threaded it.
import { z } from "zod";
import { db } from "@/server/db";
import { acceptRawMail, MAX_RAW_MAIL_BYTES } from "@/server/mail/accept-raw-mail";
import { getInboundMailState, inboundSecretCtx } from "@/server/mail/inbound-mail.queries";
import { getMailboxRow } from "@/server/mailboxes/mailbox.queries";
import { text } from "@/lib/validation";
import { defineEndpoint } from "./route";

const IdParams = z.object({ id: z.uuid() });

export const ApiInboundStatus = z.enum(["queued", "processed", "unparsed", "ignored", "suspended"]);

export const ApiInboundAccepted = z.object({ id: z.uuid(), status: ApiInboundStatus });

export const ApiInboundMail = z.object({
  id: z.uuid(),
  status: ApiInboundStatus,
  ticketNumber: z.number().int().nullable(),
  messageId: z.uuid().nullable(),
  threadedBy: z.enum(["references", "token", "subject-number", "new"]).nullable(),
  reason: text().nullable(),
});

export const postInboundMailEndpoint = defineEndpoint({
  method: "POST",
  path: "/mailboxes/{id}/inbound",
  operationId: "postInboundMail",
  summary:
    "Post a raw RFC 822 message (Content-Type: message/rfc822) to a mailbox, with an API token of its workspace or the mailbox's inbound secret as the Bearer token. 202 once the bytes are committed; the same bytes again answer 200 with the same id and create nothing.",
  tag: "Mail",
  auth: true,
  params: IdParams,
  rawBody: {
    contentType: "message/rfc822",
    maxBytes: MAX_RAW_MAIL_BYTES,
    tooLargeMessage: `The message is larger than ${MAX_RAW_MAIL_BYTES / 1024 / 1024} MB.`,
  },
  altAuth: ({ bearer, params, log }) => inboundSecretCtx(db(), log, params.id, bearer),
  response: ApiInboundAccepted,
  status: 202,
  errors: [400, 404, 422],
  handler: async ({ ctx, params, raw, log }) => {
    const mailbox = { id: (await getMailboxRow(ctx, params.id)).id, workspaceId: ctx.workspace.id };
    const accepted = await acceptRawMail(db(), { mailbox, raw: raw!, source: "HTTP" });
    log.info({ mailboxId: mailbox.id, inboundMailId: accepted.id, bytes: raw!.byteLength, created: accepted.created }, "inbound mail accepted");
    return { status: accepted.created ? 202 : 200, data: { id: accepted.id, status: accepted.status.toLowerCase() as z.infer<typeof ApiInboundStatus> } };
  },
});

export const getInboundMailEndpoint = defineEndpoint({
  method: "GET",
  path: "/inbound/{id}",
  operationId: "getInboundMail",
  summary: "Where a posted raw message stands: queued, processed (with its ticket), unparsed, ignored or suspended (with the reason)",
  tag: "Mail",
  auth: true,
  params: IdParams,
  response: ApiInboundMail,
  errors: [404],
  handler: async ({ ctx, params }) => ({ data: await getInboundMailState(ctx, params.id) }),
});
