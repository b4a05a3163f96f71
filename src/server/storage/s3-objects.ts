// The S3 side of the blob store: one client per store, objects named by their workspace and
// sha256 (content-addressed, so writing the same key twice writes the same bytes), and every
// request bounded by a timeout, because puts run inside database transactions. The SDK is loaded
// on first use (it takes about a second to import), so processes storing in PostgreSQL never load it.
import type { S3Client } from "@aws-sdk/client-s3";
import type { S3Settings } from "@/env";

type Sdk = typeof import("@aws-sdk/client-s3");

/** How long one put or get may take, retries included (35 MB, the largest mail, fits easily). */
export const S3_REQUEST_TIMEOUT_MS = 60_000;

export type S3Objects = {
  /** Where the bytes of `sha256` in the workspace live (for messages and the tests). */
  key(workspaceId: string, sha256: string): string;
  readonly bucket: string;
  put(workspaceId: string, sha256: string, bytes: Uint8Array): Promise<void>;
  /** The bytes, or null when the bucket has no such object. */
  get(workspaceId: string, sha256: string): Promise<Uint8Array | null>;
  /**
   * The bytes as a stream (downloads), or null when the bucket has no such object. The timeout
   * bounds the wait for S3's answer; the transfer itself goes at the reader's pace.
   */
  getStream(workspaceId: string, sha256: string): Promise<ReadableStream<Uint8Array> | null>;
};

export function createS3Objects(settings: S3Settings): S3Objects {
  let loading: Promise<{ sdk: Sdk; client: S3Client }> | undefined;
  const connect = () =>
    (loading ??= import("@aws-sdk/client-s3").then((sdk) => ({
      sdk,
      client: new sdk.S3Client({
        region: settings.region,
        endpoint: settings.endpoint,
        forcePathStyle: settings.forcePathStyle,
        credentials: settings.credentials,
        maxAttempts: 3,
      }),
    })));
  const key = (workspaceId: string, sha256: string) => `${settings.prefix}workspaces/${workspaceId}/blobs/${sha256}`;
  return {
    key,
    bucket: settings.bucket,
    async put(workspaceId, sha256, bytes) {
      const { sdk, client } = await connect();
      await client.send(
        new sdk.PutObjectCommand({
          Bucket: settings.bucket,
          Key: key(workspaceId, sha256),
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: "application/octet-stream",
          // S3 recomputes it and refuses the upload when the bytes arrived damaged.
          ChecksumSHA256: Buffer.from(sha256, "hex").toString("base64"),
        }),
        { abortSignal: AbortSignal.timeout(S3_REQUEST_TIMEOUT_MS) },
      );
    },
    async get(workspaceId, sha256) {
      const { sdk, client } = await connect();
      try {
        const out = await client.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key(workspaceId, sha256) }), {
          abortSignal: AbortSignal.timeout(S3_REQUEST_TIMEOUT_MS),
        });
        if (!out.Body) throw new Error("S3 answered GetObject without a body");
        return await out.Body.transformToByteArray();
      } catch (e) {
        if (e instanceof sdk.NoSuchKey || (e instanceof sdk.S3ServiceException && e.$metadata.httpStatusCode === 404)) return null;
        throw e;
      }
    },
    async getStream(workspaceId, sha256) {
      const { sdk, client } = await connect();
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new Error(`S3 did not answer within ${S3_REQUEST_TIMEOUT_MS} ms`)), S3_REQUEST_TIMEOUT_MS);
      try {
        const out = await client.send(new sdk.GetObjectCommand({ Bucket: settings.bucket, Key: key(workspaceId, sha256) }), { abortSignal: abort.signal });
        if (!out.Body) throw new Error("S3 answered GetObject without a body");
        return out.Body.transformToWebStream() as ReadableStream<Uint8Array>;
      } catch (e) {
        if (e instanceof sdk.NoSuchKey || (e instanceof sdk.S3ServiceException && e.$metadata.httpStatusCode === 404)) return null;
        throw e;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
