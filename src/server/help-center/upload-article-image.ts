// An image for an article, uploaded from the editor (button, paste or drop): stored once in the
// attachment storage and served publicly at /<workspace>/help/images/<id>, the only image source
// the article sanitizer keeps. The type is what the bytes are (sniffed), never what the browser
// said; SVG and anything else are refused. Agents and admins write articles, so they upload;
// light agents cannot.
import { articleImagePath, type ArticleImageType, MAX_ARTICLE_IMAGE_BYTES, sniffArticleImageType } from "@/lib/article-images";
import type { Ctx } from "@/server/context";
import { actorMemberId, requireRole } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { putBlob } from "@/server/storage/blob-store";
import { UploadArticleImageInput } from "./help-center.schemas";

export type UploadedArticleImage = { id: string; src: string; contentType: ArticleImageType; byteSize: number };

export async function uploadArticleImage(ctx: Ctx, raw: UploadArticleImageInput): Promise<UploadedArticleImage> {
  requireRole(ctx, "AGENT");
  const { file: content } = parseInput(UploadArticleImageInput, raw);
  if (content.byteLength === 0) throw fieldError("file", "required", "is empty");
  if (content.byteLength > MAX_ARTICLE_IMAGE_BYTES) throw fieldError("file", "imageTooLarge", `is larger than ${MAX_ARTICLE_IMAGE_BYTES / 1024 / 1024} MB`);
  const contentType = sniffArticleImageType(content);
  if (!contentType) throw fieldError("file", "imageType", "is not a PNG, JPEG, GIF or WebP image");
  // No transaction around the two writes: the blob is content-addressed, so a failed insert
  // leaves at most bytes that the next upload of the same image reuses.
  const blob = await putBlob(ctx.db, ctx.workspace.id, content);
  const image = await ctx.db.articleImage.create({
    data: { workspaceId: ctx.workspace.id, blobId: blob.id, contentType, byteSize: blob.byteSize, createdByMemberId: actorMemberId(ctx.actor) },
    select: { id: true },
  });
  ctx.log.info({ imageId: image.id, contentType, byteSize: blob.byteSize }, "article image uploaded");
  return { id: image.id, src: articleImagePath(ctx.workspace.slug, image.id), contentType, byteSize: blob.byteSize };
}
