// /<workspace>/brand/logo?v=<version>: the logo of a shop's public pages, for anyone (the pages are
// public). The version is the start of the bytes' sha256 (workspace-branding.ts): the URL with the
// current version is cached for a year, any other (none, or an older one) briefly and revalidated
// by ETag. Served with the safe headers of every stored file (download-headers.ts): a raster type
// sniffed at upload, nosniff, and a sandboxing CSP. 404 for a workspace without a logo or none at all.
import { fileResponse } from "@/server/attachments/download-headers";
import { findPublicLogo, openPublicLogo } from "@/server/workspaces/workspace-logo";

// Read from the database at request time (never prerendered at build time, which has no database).
export const dynamic = "force-dynamic";

const EXTENSION: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };

export async function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }): Promise<Response> {
  const slug = (await params).workspace;
  const logo = await findPublicLogo(slug);
  if (!logo) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const etag = `"${logo.sha256}"`;
  const current = new URL(request.url).searchParams.get("v") === logo.sha256.slice(0, 16);
  const cacheControl = current ? "public, max-age=31536000, immutable" : "public, max-age=300, must-revalidate";
  if (request.headers.get("if-none-match")?.split(",").some((t) => t.trim().replace(/^W\//, "") === etag)) {
    return new Response(null, { status: 304, headers: { ETag: etag, "Cache-Control": cacheControl } });
  }
  const file = await openPublicLogo(logo);
  return fileResponse({ ...file, filename: `logo.${EXTENSION[file.contentType] ?? "img"}` }, { inline: true, cacheControl, etag });
}
