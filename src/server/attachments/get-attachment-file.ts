// The bytes of one attachment of the caller's workspace, for a download (streamed). Every member may read
// (light agents see the whole thread); an id of another workspace is NOT_FOUND, never a hint.
import type { Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { streamBlob } from "@/server/storage/blob-store";
import type { FileDownload } from "./download-headers";

export async function getAttachmentFile(ctx: Ctx, input: { id: string }): Promise<FileDownload> {
  const row = await ctx.db.attachment.findFirst({
    where: { id: input.id, workspaceId: ctx.workspace.id },
    select: { filename: true, contentType: true, blobId: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  return { filename: row.filename, contentType: row.contentType, ...(await streamBlob(ctx.db, ctx.workspace.id, row.blobId)) };
}

/** An inline image by a signed path (see inline-image-url.ts): the workspace comes from the signature. */
export async function getInlineImageFile(db: Ctx["db"], workspaceId: string, id: string): Promise<FileDownload> {
  const row = await db.attachment.findFirst({ where: { id, workspaceId }, select: { filename: true, contentType: true, blobId: true } });
  if (!row) throw new AppError("NOT_FOUND");
  return { filename: row.filename, contentType: row.contentType, ...(await streamBlob(db, workspaceId, row.blobId)) };
}
