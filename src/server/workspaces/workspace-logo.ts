// The logo of a workspace's public pages as its public route serves it (/<slug>/brand/logo): no
// session, the workspace by its URL slug, the bytes streamed from blob storage.
import "server-only";
import { db as defaultDb, type DbTx } from "@/server/db";
import { SLUG_PATTERN } from "@/lib/validation";
import { streamBlob } from "@/server/storage/blob-store";

export type PublicLogo = { contentType: string; sha256: string; size: number; body: ReadableStream<Uint8Array> };

/** The logo's type and version without its bytes (a conditional request answered 304 reads no more). */
export async function findPublicLogo(slug: string, db: DbTx = defaultDb()): Promise<{ workspaceId: string; blobId: string; contentType: string; sha256: string } | null> {
  if (slug.length > 48 || !SLUG_PATTERN.test(slug)) return null;
  const row = await db.workspaceLogo.findFirst({ where: { workspace: { slug } }, select: { workspaceId: true, blobId: true, contentType: true, sha256: true } });
  return row;
}

/** The logo with its bytes as a stream; `db` must outlive the stream (a client, not a transaction). */
export async function openPublicLogo(logo: { workspaceId: string; blobId: string; contentType: string; sha256: string }, db: DbTx = defaultDb()): Promise<PublicLogo> {
  const { size, body } = await streamBlob(db, logo.workspaceId, logo.blobId);
  return { contentType: logo.contentType, sha256: logo.sha256, size, body };
}
