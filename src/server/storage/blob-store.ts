// File bytes (raw mail, attachments) behind one interface. The default keeps them in PostgreSQL
// (StoredBlob.content): nothing extra to run, shared by every web and worker process, and in
// the same backup as the rows that point at them. Identical bytes are stored once per workspace
// (keyed by sha256), so a message posted twice or an attachment sent in every reply costs one copy.
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { sha256Hex } from "@/server/tokens";

export type StoredBlobRef = { id: string; sha256: string; byteSize: number };

/**
 * Stores `bytes` for the workspace, or finds the copy already stored. Safe under concurrency:
 * two transactions storing the same bytes end with one row (the unique key decides).
 */
export async function putBlob(db: DbTx, workspaceId: string, bytes: Uint8Array): Promise<StoredBlobRef> {
  const sha256 = sha256Hex(bytes);
  // INSERT ... ON CONFLICT DO NOTHING, then read whichever row holds these bytes.
  await db.storedBlob.createMany({
    data: [{ workspaceId, sha256, byteSize: bytes.byteLength, storage: "POSTGRES", content: Buffer.from(bytes) }],
    skipDuplicates: true,
  });
  return db.storedBlob.findUniqueOrThrow({
    where: { workspaceId_sha256: { workspaceId, sha256 } },
    select: { id: true, sha256: true, byteSize: true },
  });
}

/** The bytes of a blob of this workspace; NOT_FOUND for another workspace's id. */
export async function readBlob(db: DbTx, workspaceId: string, id: string): Promise<Buffer> {
  const blob = await db.storedBlob.findFirst({ where: { id, workspaceId }, select: { content: true, storage: true } });
  if (!blob) throw new AppError("NOT_FOUND");
  if (blob.storage !== "POSTGRES" || !blob.content) throw new Error(`blob ${id} is in ${blob.storage} storage, which is not configured`);
  return Buffer.from(blob.content);
}
