// The headers of a file we hand back (attachments, raw mail). A file from a customer is never
// rendered by the browser as a page of ours: it is a download (Content-Disposition: attachment)
// with nosniff, and only raster images, which cannot run script, may be shown inline (cid: images
// of a mail, thumbnails). HTML, SVG and everything else are downloads whatever they claim to be.

const INLINE_IMAGE_TYPES = new Set(["image/png", "image/jpeg", "image/gif", "image/webp"]);

/**
 * The CSP of a stored file: even opened directly, it runs nothing and loads nothing. The proxy
 * (src/proxy.ts) sends it for the public file routes, whose own header it would otherwise replace.
 */
export const FILE_CSP = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

/** True for the raster image types a browser may show inline. */
export function isInlineImageType(contentType: string): boolean {
  return INLINE_IMAGE_TYPES.has(contentType.split(";")[0]!.trim().toLowerCase());
}

/** RFC 5987 ext-value: UTF-8, percent-encoded except attr-chars. */
function extValue(value: string): string {
  return `UTF-8''${[...new TextEncoder().encode(value)]
    .map((b) => {
      const c = String.fromCharCode(b);
      return /[A-Za-z0-9!#$&+.^_`|~-]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
    })
    .join("")}`;
}

/**
 * RFC 6266 Content-Disposition: an ASCII `filename` for old clients (non-ASCII and quoting
 * characters become `_`) and `filename*` with the exact name in UTF-8 (Greek, Arabic...).
 */
export function contentDisposition(filename: string, inline = false): string {
  // Control characters and path separators never reach a header or a saved file's name.
  const clean = filename.replace(/\p{Cc}|[/\\]/gu, "_").trim() || "download";
  const ascii = clean.replace(/[^\x20-\x7e]|["%;]/g, "_");
  return `${inline ? "inline" : "attachment"}; filename="${ascii}"; filename*=${extValue(clean)}`;
}

/** A stored file on its way to the client: streamed (blob-store.ts), never whole in memory. */
export type FileDownload = { body: ReadableStream<Uint8Array>; size: number; contentType: string; filename: string };

/**
 * The response for a stored file: inline only when asked and the type is a raster image;
 * otherwise an attachment. Types that could render as a page (HTML, SVG, XML) are sent as
 * application/octet-stream, so even a browser that ignored the disposition would not render them.
 */
export function fileResponse(
  file: FileDownload,
  /**
   * `cache`: "public-immutable" for public files whose bytes never change under their URL
   * (help-center images); `cacheControl` and `etag` for public files with a version in their URL
   * (a shop's logo).
   */
  opts: { inline?: boolean; cache?: "private" | "no-store" | "public-immutable"; cacheControl?: string; etag?: string } = {},
): Response {
  const inline = Boolean(opts.inline) && isInlineImageType(file.contentType);
  const type = file.contentType.split(";")[0]!.trim().toLowerCase();
  const safeType = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/.test(type) && !/html|svg|xml|javascript/.test(type) ? type : "application/octet-stream";
  return new Response(file.body, {
    status: 200,
    headers: {
      "Content-Type": safeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDisposition(file.filename, inline),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": FILE_CSP,
      "Cache-Control":
        opts.cacheControl ??
        (opts.cache === "private" ? "private, max-age=3600" : opts.cache === "public-immutable" ? "public, max-age=31536000, immutable" : "no-store"),
      ...(opts.etag ? { ETag: opts.etag } : {}),
    },
  });
}
