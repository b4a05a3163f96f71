// GET /<workspace>/help/images/<id>: an image uploaded for the help center, public like the
// articles that show it. Only this workspace's images (another workspace's id, a malformed id or
// an unknown workspace are the same 404), only the raster types sniffed on upload, with the
// attachment downloads' safe headers (nosniff, a sandboxing CSP) and a year's cache: the bytes
// behind an id never change.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { isInlineImageType, fileResponse } from "@/server/attachments/download-headers";
import { db as defaultDb, type DbTx } from "@/server/db";
import { logger } from "@/server/logger";
import { streamBlob } from "@/server/storage/blob-store";
import { findHelpWorkspace } from "./help-center-pages.queries";

const Id = z.uuid();
const EXTENSIONS: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp" };

function notFound(): Response {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } });
}

export async function handleArticleImageGet(workspaceSlug: string, id: string, db: DbTx = defaultDb()): Promise<Response> {
  try {
    if (!Id.safeParse(id).success) return notFound();
    const workspace = await findHelpWorkspace(workspaceSlug, db);
    if (!workspace) return notFound();
    const image = await db.articleImage.findFirst({ where: { id, workspaceId: workspace.id }, select: { id: true, blobId: true, contentType: true } });
    if (!image || !isInlineImageType(image.contentType)) return notFound();
    const { size, body } = await streamBlob(db, workspace.id, image.blobId);
    return fileResponse({ body, size, contentType: image.contentType, filename: `${image.id}.${EXTENSIONS[image.contentType] ?? "img"}` }, { inline: true, cache: "public-immutable" });
  } catch (err) {
    const requestId = randomUUID();
    logger.error({ err, requestId }, "help-center image failed");
    return new Response("Something went wrong", { status: 500, headers: { "Cache-Control": "no-store", "X-Request-Id": requestId } });
  }
}
