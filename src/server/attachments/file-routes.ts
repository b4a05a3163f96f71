// The route handlers that hand files to the agent UI: attachments and original mail, for the
// signed-in member of the workspace (light agents too), and inline images by a signed path (see
// inline-image-url.ts). 401 signed out, 404 for a malformed id, a foreign id or a non-member:
// never a hint that something exists elsewhere. GETs only: nothing here changes anything.
import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { requireMemberAction } from "@/server/auth/session";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { AppError, isAppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { getRawMail, getRawMailHeaders } from "@/server/mail/get-raw-mail";
import { fileResponse, type FileDownload } from "./download-headers";
import { getAttachmentFile, getInlineImageFile } from "./get-attachment-file";
import { verifyInlineImage } from "./inline-image-url";

const Id = z.uuid();

async function answer(what: string, fn: () => Promise<Response>): Promise<Response> {
  try {
    return await fn();
  } catch (e) {
    const headers = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
    if (isAppError(e)) return Response.json({ error: { code: e.code, message: e.code === "NOT_FOUND" ? "Not found" : e.message } }, { status: e.status, headers });
    const requestId = randomUUID();
    logger.error({ err: e, requestId, what }, "file download failed");
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong", requestId } }, { status: 500, headers });
  }
}

type Resolve = (slug: string) => Promise<Ctx>;

async function memberFile(slug: string, id: string, read: (ctx: Ctx, input: { id: string }) => Promise<FileDownload>, resolve: Resolve) {
  const ctx = await resolve(slug);
  if (!Id.safeParse(id).success) throw new AppError("NOT_FOUND");
  return read(ctx, { id });
}

/** GET /<workspace>/attachments/<id>[?inline=1]: a download; `inline` only for raster images. */
export function handleAttachmentGet(request: Request, slug: string, id: string, resolve: Resolve = requireMemberAction): Promise<Response> {
  return answer("attachment", async () => {
    const file = await memberFile(slug, id, getAttachmentFile, resolve);
    return fileResponse(file, { inline: new URL(request.url).searchParams.get("inline") === "1", cache: "private" });
  });
}

/** GET /<workspace>/inbound-mail/<id>/raw: the original message (.eml) as it arrived. */
export function handleRawMailGet(slug: string, id: string, resolve: Resolve = requireMemberAction): Promise<Response> {
  return answer("raw mail", async () => fileResponse(await memberFile(slug, id, getRawMail, resolve)));
}

/** GET /<workspace>/inbound-mail/<id>/headers: the header block, as plain text (never rendered as HTML). */
export function handleRawHeadersGet(slug: string, id: string, resolve: Resolve = requireMemberAction): Promise<Response> {
  return answer("raw mail headers", async () => {
    const ctx = await resolve(slug);
    if (!Id.safeParse(id).success) throw new AppError("NOT_FOUND");
    const text = await getRawMailHeaders(ctx, { id });
    return new Response(text, {
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store", "Content-Security-Policy": "default-src 'none'; sandbox" },
    });
  });
}

/** GET /api/attachments/<id>/image?w&e&s: a mail's inline image, for the sandboxed iframe. */
export function handleInlineImageGet(request: Request, id: string): Promise<Response> {
  return answer("inline image", async () => {
    const q = new URL(request.url).searchParams;
    const sig = { w: q.get("w") ?? "", e: q.get("e") ?? "", s: q.get("s") ?? "" };
    if (!Id.safeParse(id).success || !Id.safeParse(sig.w).success || !verifyInlineImage(id, sig)) throw new AppError("NOT_FOUND");
    const file = await getInlineImageFile(db(), sig.w, id);
    // Never anything but a raster image, even with a valid signature.
    if (!/^image\/(png|jpeg|gif|webp)$/.test(file.contentType)) throw new AppError("NOT_FOUND");
    return fileResponse(file, { inline: true, cache: "private" });
  });
}
