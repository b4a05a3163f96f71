// The portal's file downloads: 401 signed out, 404 for a malformed id, another customer's or
// workspace's file, or a note's. Streamed, always as an attachment with nosniff (download-headers.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { fileResponse } from "@/server/attachments/download-headers";
import { AppError, isAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { streamBlob } from "@/server/storage/blob-store";
import { requirePortalCtx } from "./portal-auth";
import { getPortalAttachment } from "./portal.queries";

const Id = z.uuid();

export async function handlePortalFileGet(slug: string, id: string): Promise<Response> {
  try {
    const { ctx } = await requirePortalCtx(slug);
    if (!Id.safeParse(id).success) throw new AppError("NOT_FOUND");
    const row = await getPortalAttachment(ctx, id);
    const file = { filename: row.filename, contentType: row.contentType, ...(await streamBlob(ctx.db, ctx.workspace.id, row.blobId)) };
    return fileResponse(file, { cache: "private" });
  } catch (e) {
    const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (isAppError(e)) return Response.json({ error: { code: e.code, message: e.code === "NOT_FOUND" ? "Not found" : e.message } }, { status: e.status, headers });
    const requestId = randomUUID();
    logger.error({ err: e, requestId }, "portal file download failed");
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong", requestId } }, { status: 500, headers });
  }
}
