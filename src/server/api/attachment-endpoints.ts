// Attachments of the token's workspace, as files: always a download (Content-Disposition:
// attachment, nosniff), whatever type the sender claimed.
import { z } from "zod";
import { fileResponse } from "@/server/attachments/download-headers";
import { getAttachmentFile } from "@/server/attachments/get-attachment-file";
import { defineEndpoint } from "./route";

const IdParams = z.object({ id: z.uuid() });

export const getAttachmentEndpoint = defineEndpoint({
  method: "GET",
  path: "/attachments/{id}",
  operationId: "getAttachment",
  summary:
    "Download an attachment of a message (ids are in each message's `attachments`): its bytes, as `Content-Disposition: attachment` with the file name (RFC 6266 `filename*` for non-ASCII names) and `X-Content-Type-Options: nosniff`",
  tag: "Messages",
  auth: true,
  params: IdParams,
  response: z.unknown(),
  binaryResponse: "application/octet-stream",
  errors: [404],
  handler: async ({ ctx, params }) => ({ file: fileResponse(await getAttachmentFile(ctx, params)) }),
});
