// The original bytes of an inbound mail (for "Download original") and its header block (for
// "Show headers"), from the raw blob kept for every message received. Every member may read; an
// id of another workspace is NOT_FOUND.
import type { Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import type { FileDownload } from "@/server/attachments/download-headers";
import { streamBlob } from "@/server/storage/blob-store";

const MAX_HEADER_CHARS = 64 * 1024;
/** The empty line that ends the header block. */
const HEADER_END = /\r?\n\r?\n/;

async function rawBlobOf(ctx: Ctx, id: string): Promise<string> {
  const row = await ctx.db.inboundMail.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: { rawBlobId: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return row.rawBlobId;
}

export async function getRawMail(ctx: Ctx, input: { id: string }): Promise<FileDownload> {
  const raw = await streamBlob(ctx.db, ctx.workspace.id, await rawBlobOf(ctx, input.id));
  return { ...raw, contentType: "message/rfc822", filename: `message-${input.id}.eml` };
}

/** The header block as text (up to the first empty line), at most 64 KB; shown as text, never HTML. */
export function headerBlock(raw: Buffer): string {
  const head = raw.subarray(0, MAX_HEADER_CHARS * 4).toString("latin1");
  const end = head.search(HEADER_END);
  const block = end === -1 ? head : head.slice(0, end);
  // Header bytes are mostly ASCII; UTF-8 where a sender sent it raw.
  return Buffer.from(block, "latin1").toString("utf8").replace(/\r\n/g, "\n").slice(0, MAX_HEADER_CHARS);
}

/** Only the start of the message is read: the header block never needs the (possibly 35 MB) rest. */
export async function getRawMailHeaders(ctx: Ctx, input: { id: string }): Promise<string> {
  const { body } = await streamBlob(ctx.db, ctx.workspace.id, await rawBlobOf(ctx, input.id));
  const chunks: Buffer[] = [];
  let length = 0;
  const reader = body.getReader();
  try {
    while (length < MAX_HEADER_CHARS * 4) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
      length += value.byteLength;
      if (HEADER_END.test(Buffer.concat(chunks).toString("latin1"))) break;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  return headerBlock(Buffer.concat(chunks));
}
