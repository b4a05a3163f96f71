// File bytes (raw mail, attachments) behind one interface, with two backends:
// - PostgreSQL, the default (StoredBlob.content): nothing extra to run, shared by every web and
//   worker process, and in the same backup as the rows that point at them.
// - S3-compatible storage when S3_BUCKET is set (src/env.ts): the bytes go to the object
//   `<S3_PREFIX>workspaces/<workspaceId>/blobs/<sha256>` and the row keeps storage S3, content null.
// Identical bytes are stored once per workspace (keyed by sha256), so a message posted twice or an
// attachment sent in every reply costs one copy. Every row says where its bytes are (`storage`), so
// rows written before S3 was turned on keep reading from PostgreSQL.
//
// putBlob runs inside the callers' transactions (accepting raw mail, processing it). With S3 the
// object is uploaded before the row is inserted, so a committed S3 row always has its object. The
// upload happens inside the transaction on purpose: the object is content-addressed, so a retried or
// concurrent put writes the same bytes under the same key, and a rollback leaves at most an orphan
// object that nothing points at and the next put of those bytes overwrites with themselves. What it
// costs is a transaction held open during the upload, so the upload is skipped when the row already
// exists and each S3 request is bounded (S3_REQUEST_TIMEOUT_MS); callers that store large bytes give
// their transaction room for it (BLOB_TRANSACTION_TIMEOUT_MS). putMany stores a whole FETCH group's
// raw mail in one INSERT (two statements with S3; a put of one is the same code): per statement,
// the Prisma client and the pg driver cost the worker more than PostgreSQL's work on the row, and
// the INSERT goes to pg directly (withDriver in db.ts), since Prisma's client would pass the bytes
// through its JSON protocol as base64.
import { createHash } from "node:crypto";
import { v7 as uuidv7 } from "uuid";
import { env, s3Settings, type S3Settings } from "@/env";
import { withDriver, type DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger, type Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";
import { RecentBlobs } from "./recent-blobs";
import { createS3Objects, S3_REQUEST_TIMEOUT_MS } from "./s3-objects";

export type StoredBlobRef = { id: string; sha256: string; byteSize: number };

/** A transaction timeout that leaves room for one S3 upload besides the SQL around it. */
export const BLOB_TRANSACTION_TIMEOUT_MS = S3_REQUEST_TIMEOUT_MS + 30_000;

export type BlobStore = {
  /** "S3" when new bytes go to S3, "POSTGRES" otherwise. */
  readonly writesTo: "POSTGRES" | "S3";
  /**
   * Stores `bytes` for the workspace, or finds the copy already stored. Safe under concurrency:
   * two transactions storing the same bytes end with one row (the unique key decides).
   */
  put(db: DbTx, workspaceId: string, bytes: Uint8Array): Promise<StoredBlobRef>;
  /**
   * put for several at once, in a few statements whatever their number; refs in the same order.
   * `readSoon`: this process reads them back shortly (raw mail for its processing job), so they
   * are kept for that read when the store has a RecentBlobs.
   */
  putMany(db: DbTx, workspaceId: string, items: Uint8Array[], opts?: { readSoon?: boolean }): Promise<StoredBlobRef[]>;
  /** The bytes of a blob of this workspace; NOT_FOUND for another workspace's id. */
  read(db: DbTx, workspaceId: string, id: string): Promise<Buffer>;
  /**
   * The bytes as a stream, for downloads: never all in memory at once (PostgreSQL: read by
   * BLOB_STREAM_CHUNK_BYTES with substring; S3: the object's body). NOT_FOUND as `read`. The
   * stream reads through `db` as it is consumed, so `db` must outlive it (a client, not a
   * transaction). Bytes that turn out damaged (S3: not their sha256) error the stream at its end.
   */
  stream(db: DbTx, workspaceId: string, id: string): Promise<{ size: number; body: ReadableStream<Uint8Array> }>;
};

/** What a stream reads from PostgreSQL at a time. */
export const BLOB_STREAM_CHUNK_BYTES = 1024 * 1024;

export type BlobStoreConfig = {
  s3: S3Settings | null;
  log?: Logger;
  /** Keeps what this store put for the read that follows (recent-blobs.ts); none by default. */
  recent?: RecentBlobs;
};

const REF = { id: true, sha256: true, byteSize: true } as const;

export function createBlobStore(config: BlobStoreConfig): BlobStore {
  const s3 = config.s3 ? createS3Objects(config.s3) : null;
  const log = config.log ?? logger;
  const recent = config.recent;

  async function putMany(db: DbTx, workspaceId: string, items: Uint8Array[], opts: { readSoon?: boolean } = {}): Promise<StoredBlobRef[]> {
    const hashes = items.map((bytes) => sha256Hex(bytes));
    // The same bytes twice in one put (a mail in a FETCH group twice) are one row.
    const distinct = new Map<string, Uint8Array>();
    hashes.forEach((sha256, i) => {
      if (!distinct.has(sha256)) distinct.set(sha256, items[i]!);
    });
    const refs = new Map<string, StoredBlobRef>();
    const keep = (rows: StoredBlobRef[]) => rows.forEach((r) => refs.set(r.sha256, r));
    if (s3) {
      // Stored already (in either backend): nothing to upload.
      keep(await db.storedBlob.findMany({ where: { workspaceId, sha256: { in: [...distinct.keys()] } }, select: REF }));
      for (const [sha256, bytes] of distinct) {
        if (refs.has(sha256)) continue;
        try {
          await s3.put(workspaceId, sha256, bytes);
        } catch (err) {
          log.error({ err, workspaceId, sha256, byteSize: bytes.byteLength, bucket: s3.bucket }, "S3 upload of a blob failed");
          throw err;
        }
      }
    }
    const missing = [...distinct].filter(([sha256]) => !refs.has(sha256));
    if (missing.length > 0) {
      // One INSERT ... ON CONFLICT DO NOTHING RETURNING for all of them: it returns the rows it
      // created; bytes another transaction stored meanwhile (the unique key decided) are read after.
      // Through pg itself (withDriver): the bytes go to the server as binary parameters.
      const storage = s3 ? "S3" : "POSTGRES";
      const params: unknown[] = [workspaceId, storage];
      const rows = missing.map(([sha256, bytes]) => {
        params.push(uuidv7(), sha256, bytes.byteLength, s3 ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        const n = params.length;
        return `($${n - 3}::uuid, $1::uuid, $${n - 2}, $${n - 1}::int, $2::"BlobStorage", $${n}::bytea)`;
      });
      keep(
        await withDriver(db, async (client) => {
          const { rows: created } = await client.query<StoredBlobRef>(
            `INSERT INTO "StoredBlob" ("id", "workspaceId", "sha256", "byteSize", "storage", "content") VALUES ${rows.join(", ")}
             ON CONFLICT ("workspaceId", "sha256") DO NOTHING RETURNING "id", "sha256", "byteSize"`,
            params,
          );
          return created;
        }),
      );
      const raced = missing.map(([sha256]) => sha256).filter((sha256) => !refs.has(sha256));
      if (raced.length > 0) keep(await db.storedBlob.findMany({ where: { workspaceId, sha256: { in: raced } }, select: REF }));
    }
    return hashes.map((sha256, i) => {
      const ref = refs.get(sha256);
      if (!ref) throw new Error(`blob ${sha256} of workspace ${workspaceId} is neither new nor stored`);
      const bytes = items[i]!;
      if (opts.readSoon) recent?.remember(workspaceId, ref.id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      return ref;
    });
  }

  async function put(db: DbTx, workspaceId: string, bytes: Uint8Array): Promise<StoredBlobRef> {
    const [ref] = await putMany(db, workspaceId, [bytes]);
    return ref!;
  }

  /** A blob's object from S3 by `get`: saying why (and logging ids only) when S3 is off, fails or has no such object. */
  async function fromS3<T>(workspaceId: string, id: string, sha256: string, get: (objects: NonNullable<typeof s3>) => Promise<T | null>): Promise<T> {
    if (!s3) {
      log.error({ workspaceId, blobId: id, sha256 }, "blob is in S3 but S3 storage is not configured");
      throw new Error(`blob ${id} is stored in S3, but S3 storage is not configured: set S3_BUCKET (and the other S3_* variables) as when it was stored`);
    }
    let found: T | null;
    try {
      found = await get(s3);
    } catch (err) {
      log.error({ err, workspaceId, blobId: id, sha256, bucket: s3.bucket }, "S3 download of a blob failed");
      throw err;
    }
    if (found === null) {
      log.error({ workspaceId, blobId: id, sha256, bucket: s3.bucket }, "blob is missing from S3");
      throw new Error(`blob ${id} is missing from S3 bucket ${s3.bucket} (key ${s3.key(workspaceId, sha256)})`);
    }
    return found;
  }

  async function read(db: DbTx, workspaceId: string, id: string): Promise<Buffer> {
    const kept = recent?.take(workspaceId, id);
    if (kept) return kept;
    // Through pg itself (withDriver): Prisma's client passes the bytes on as base64 and copies them
    // twice more (measured: 1.2 ms of CPU per 50 kB blob, through pg 0.5 ms). Read by
    // BLOB_STREAM_CHUNK_BYTES (most blobs are one): bytea comes as hex text, twice the bytes, so a
    // 25 MB message read whole would cost 50 MB of text besides the result.
    type Head = { storage: "POSTGRES" | "S3"; sha256: string; byteSize: number; chunk: Buffer | null };
    const blob = await withDriver(db, async (client) => {
      const { rows } = await client.query<Head>(
        `SELECT "storage"::text AS "storage", "sha256", "byteSize", substring("content" FROM 1 FOR $3::int) AS "chunk"
           FROM "StoredBlob" WHERE "id" = $1::uuid AND "workspaceId" = $2::uuid`,
        [id, workspaceId, BLOB_STREAM_CHUNK_BYTES],
      );
      const head = rows[0];
      if (!head || head.storage !== "POSTGRES" || !head.chunk || head.chunk.byteLength >= head.byteSize) return head && { ...head, content: head.chunk };
      // The rest as hex text decoded straight into the result: no buffer per chunk to collect.
      const content = Buffer.allocUnsafe(head.byteSize);
      let offset = head.chunk.copy(content, 0);
      while (offset < head.byteSize) {
        const more = await client.query<{ hex: string | null }>(
          `SELECT encode(substring("content" FROM $3::int FOR $4::int), 'hex') AS "hex" FROM "StoredBlob" WHERE "id" = $1::uuid AND "workspaceId" = $2::uuid`,
          [id, workspaceId, offset + 1, BLOB_STREAM_CHUNK_BYTES],
        );
        const hex = more.rows[0]?.hex;
        if (!hex) throw new Error(`blob ${id} of workspace ${workspaceId} ended at byte ${offset} of ${head.byteSize}`);
        offset += content.write(hex, offset, "hex");
      }
      return { ...head, content };
    });
    if (!blob) throw new AppError("NOT_FOUND");
    if (blob.storage === "POSTGRES") {
      if (!blob.content) throw new Error(`blob ${id} of workspace ${workspaceId} is in PostgreSQL storage but has no content`);
      return blob.content;
    }
    const bytes = await fromS3(workspaceId, id, blob.sha256, (objects) => objects.get(workspaceId, blob.sha256));
    // The key is the content's hash: anything else came back damaged or was overwritten.
    if (sha256Hex(bytes) !== blob.sha256) {
      log.error({ workspaceId, blobId: id, sha256: blob.sha256, bucket: s3?.bucket }, "blob read from S3 does not match its sha256");
      throw new Error(`blob ${id} read from S3 does not match its sha256`);
    }
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async function stream(db: DbTx, workspaceId: string, id: string): Promise<{ size: number; body: ReadableStream<Uint8Array> }> {
    const blob = await db.storedBlob.findFirst({ where: { id, workspaceId }, select: { storage: true, sha256: true, byteSize: true } });
    if (!blob) throw new AppError("NOT_FOUND");
    const size = blob.byteSize;
    if (blob.storage === "POSTGRES") {
      let offset = 0;
      const body = new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            if (offset >= size) return controller.close();
            const rows = await db.$queryRaw<Array<{ chunk: Uint8Array | null }>>`
              SELECT substring("content" FROM ${offset + 1}::int FOR ${BLOB_STREAM_CHUNK_BYTES}::int) AS "chunk"
                FROM "StoredBlob" WHERE "id" = ${id}::uuid AND "workspaceId" = ${workspaceId}::uuid`;
            const chunk = rows[0]?.chunk;
            if (!chunk || chunk.byteLength === 0) {
              log.error({ workspaceId, blobId: id, offset, size }, "blob ended before its size while streaming it");
              return controller.error(new Error(`blob ${id} ended at byte ${offset} of ${size}`));
            }
            offset += chunk.byteLength;
            controller.enqueue(chunk);
          },
        },
        // Nothing read ahead of the client: one chunk in memory at a time.
        { highWaterMark: 0 },
      );
      return { size, body };
    }
    const object = await fromS3(workspaceId, id, blob.sha256, (objects) => objects.getStream(workspaceId, blob.sha256));
    // Checked as the bytes go by: a client gets an error at the end rather than damaged bytes
    // passed off as the file.
    const hash = createHash("sha256");
    let seen = 0;
    const verified = object.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          hash.update(chunk);
          seen += chunk.byteLength;
          controller.enqueue(chunk);
        },
        flush(controller) {
          if (seen !== size || hash.digest("hex") !== blob.sha256) {
            log.error({ workspaceId, blobId: id, sha256: blob.sha256, bucket: s3?.bucket }, "blob read from S3 does not match its sha256");
            controller.error(new Error(`blob ${id} read from S3 does not match its sha256`));
          }
        },
      }),
    );
    return { size, body: verified };
  }

  return { writesTo: s3 ? "S3" : "POSTGRES", put, putMany, read, stream };
}

let processStore: BlobStore | undefined;
let processRecent: RecentBlobs | undefined;

/** The store this process uses: S3 when S3_BUCKET is set, PostgreSQL otherwise. */
export function blobStore(): BlobStore {
  processStore ??= createBlobStore({ s3: s3Settings(env()), recent: processRecent });
  return processStore;
}

/**
 * Makes this process's store keep up to `maxBytes` of what it put for the read that follows (the
 * worker: its fetcher stores raw mail that its processing job reads back). Call before the first
 * use of blobStore().
 */
export function enableRecentBlobs(maxBytes: number, maxAgeMs = 60_000): void {
  if (processStore) throw new Error("enableRecentBlobs must be called before the blob store is first used");
  processRecent = new RecentBlobs(maxBytes, maxAgeMs);
}

/** putBlob of the process's store (see BlobStore.put). */
export function putBlob(db: DbTx, workspaceId: string, bytes: Uint8Array): Promise<StoredBlobRef> {
  return blobStore().put(db, workspaceId, bytes);
}

/** stream of the process's store (see BlobStore.stream). */
export function streamBlob(db: DbTx, workspaceId: string, id: string): Promise<{ size: number; body: ReadableStream<Uint8Array> }> {
  return blobStore().stream(db, workspaceId, id);
}

/** putBlobs of the process's store (see BlobStore.putMany). */
export function putBlobs(db: DbTx, workspaceId: string, items: Uint8Array[], opts?: { readSoon?: boolean }): Promise<StoredBlobRef[]> {
  return blobStore().putMany(db, workspaceId, items, opts);
}

/** readBlob of the process's store (see BlobStore.read). */
export function readBlob(db: DbTx, workspaceId: string, id: string): Promise<Buffer> {
  return blobStore().read(db, workspaceId, id);
}
