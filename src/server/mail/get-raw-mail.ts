// The original bytes of an inbound mail (for "Download original") and its header block (for
// "Show headers"), from the raw blob kept for every message received. Every member may read; an
// id of another workspace is NOT_FOUND.
import type { Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import type { FileDownload } from "@/server/attachments/download-headers";
import { readBlob } from "@/server/storage/blob-store";

const MAX_HEADER_CHARS = 64 * 1024;

async function rawOf(ctx: Ctx, id: string): Promise<Buffer> {
  const row = await ctx.db.inboundMail.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: { rawBlobId: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return readBlob(ctx.db, ctx.workspace.id, row.rawBlobId);
}

export async function getRawMail(ctx: Ctx, input: { id: string }): Promise<FileDownload> {
  return { bytes: await rawOf(ctx, input.id), contentType: "message/rfc822", filename: `message-${input.id}.eml` };
}

/** The header block as text (up to the first empty line), at most 64 KB; shown as text, never HTML. */
export function headerBlock(raw: Buffer): string {
  const head = raw.subarray(0, MAX_HEADER_CHARS * 4).toString("latin1");
  const end = head.search(/\r?\n\r?\n/);
  const block = end === -1 ? head : head.slice(0, end);
  // Header bytes are mostly ASCII; UTF-8 where a sender sent it raw.
  return Buffer.from(block, "latin1").toString("utf8").replace(/\r\n/g, "\n").slice(0, MAX_HEADER_CHARS);
}

export async function getRawMailHeaders(ctx: Ctx, input: { id: string }): Promise<string> {
  return headerBlock(await rawOf(ctx, input.id));
}
