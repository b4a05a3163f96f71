// The blob store with S3 turned on, against a real S3-compatible server (s3rver, on loopback, in
// a temporary folder) and the real PostgreSQL: bytes go to the bucket under a content-addressed
// key and the row keeps only where they are; the same bytes are stored (and uploaded) once per
// workspace; rows written to PostgreSQL before S3 was turned on still read; mail accepted and
// processed with S3 on lands in the bucket and its attachment downloads.
// S3 is configured the way an operator does it, through the S3_* variables, set before any module
// of the app reads the environment (vi.hoisted runs before the imports).
import type { EventEmitter } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { DeleteObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { env, s3Settings, type S3Settings } from "@/env";
import { getAttachmentFile } from "@/server/attachments/get-attachment-file";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { acceptRawMail, acceptRawMails } from "@/server/mail/accept-raw-mail";
import { getRawMail } from "@/server/mail/get-raw-mail";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { closePgPool } from "@/server/pg-pool";
import { blobStore, createBlobStore, putBlob, putBlobs, readBlob, streamBlob } from "@/server/storage/blob-store";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";
import { capturingLogger } from "../helpers/infra";

const S3 = await vi.hoisted(async () => {
  const { freePort } = await import("../helpers/infra");
  const port = await freePort();
  const vars = {
    S3_BUCKET: "shopdesk-test",
    S3_REGION: "us-east-1",
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_FORCE_PATH_STYLE: "true",
    // s3rver checks signatures against its fixed development keys.
    S3_ACCESS_KEY_ID: "S3RVER",
    S3_SECRET_ACCESS_KEY: "S3RVER",
    S3_PREFIX: "shopdesk/",
  };
  Object.assign(process.env, vars);
  return { port, vars };
});

let server: S3rver;
let folder: string;
let client: S3Client;
let settings: S3Settings;
/** Keys of the objects s3rver was asked to PUT, in order. */
const uploads: string[] = [];

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;

const keyOf = (workspaceId: string, sha256: string) => `shopdesk/workspaces/${workspaceId}/blobs/${sha256}`;

async function objectSize(key: string): Promise<number | null> {
  try {
    return (await client.send(new HeadObjectCommand({ Bucket: settings.bucket, Key: key }))).ContentLength ?? null;
  } catch (e) {
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
    throw e;
  }
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(tmpdir(), "shopdesk-s3rver-"));
  server = new S3rver({ address: "127.0.0.1", port: S3.port, silent: true, directory: folder, configureBuckets: [{ name: S3.vars.S3_BUCKET, configs: [] }] });
  (server as unknown as EventEmitter).on("event", (event: { Records: Array<{ eventName: string; s3: { object: { key: string } } }> }) => {
    for (const r of event.Records) if (r.eventName === "ObjectCreated:Put") uploads.push(r.s3.object.key);
  });
  await server.run();
  settings = s3Settings(env())!;
  client = new S3Client({ region: settings.region, endpoint: settings.endpoint, forcePathStyle: true, credentials: settings.credentials });
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
});

afterAll(async () => {
  client?.destroy();
  await server?.close();
  if (folder) await rm(folder, { recursive: true, force: true });
  for (const name of Object.keys(S3.vars)) delete process.env[name];
  await closePgPool();
  await disconnectDb();
});

describe("blob storage in S3", () => {
  it("is what the process uses when S3_BUCKET is set", () => {
    expect(blobStore().writesTo).toBe("S3");
  });

  it("puts the bytes in the bucket under the workspace and their sha256, and keeps only the reference in PostgreSQL", async () => {
    const bytes = Buffer.from(`invoice ${randomBytes(8).toString("hex")}`);
    const ref = await putBlob(db(), ws.id, bytes);
    expect(ref).toMatchObject({ sha256: sha256Hex(bytes), byteSize: bytes.byteLength });
    const row = await db().storedBlob.findUniqueOrThrow({ where: { id: ref.id } });
    expect(row).toMatchObject({ workspaceId: ws.id, storage: "S3", content: null });
    expect(await objectSize(keyOf(ws.id, ref.sha256))).toBe(bytes.byteLength);
    expect((await readBlob(db(), ws.id, ref.id)).equals(bytes)).toBe(true);
  });

  it("stores and uploads the same bytes once per workspace, and apart for another workspace", async () => {
    const bytes = randomBytes(2048);
    const sha256 = sha256Hex(bytes);
    const first = await putBlob(db(), ws.id, bytes);
    const again = await db().$transaction((tx) => putBlob(tx, ws.id, bytes));
    expect(again.id).toBe(first.id);
    expect(await db().storedBlob.count({ where: { workspaceId: ws.id, sha256 } })).toBe(1);
    expect(uploads.filter((k) => k === keyOf(ws.id, sha256))).toHaveLength(1);
    const listed = await client.send(new ListObjectsV2Command({ Bucket: settings.bucket, Prefix: `shopdesk/workspaces/${ws.id}/blobs/${sha256}` }));
    expect(listed.KeyCount).toBe(1);
    // Another workspace's copy is its own row and its own object.
    const elsewhere = await putBlob(db(), other.id, bytes);
    expect(elsewhere.id).not.toBe(first.id);
    expect(await objectSize(keyOf(other.id, sha256))).toBe(bytes.byteLength);
  });

  it("puts several at once (a FETCH group), uploading each new object once, and none that is stored already", async () => {
    const [known, a, b] = [randomBytes(1024), randomBytes(2048), randomBytes(4096)];
    const before = await putBlob(db(), ws.id, known);
    const refs = await db().$transaction((tx) => putBlobs(tx, ws.id, [a, known, b, a]));
    expect(refs.map((r) => r.sha256)).toEqual([a, known, b, a].map((x) => sha256Hex(x)));
    expect(refs[1]!.id).toBe(before.id);
    expect(refs[3]!.id).toBe(refs[0]!.id);
    for (const bytes of [known, a, b]) expect(uploads.filter((k) => k === keyOf(ws.id, sha256Hex(bytes)))).toHaveLength(1);
    for (const [i, bytes] of [a, known, b].entries()) expect((await readBlob(db(), ws.id, refs[i]!.id)).equals(bytes)).toBe(true);
  });

  it("ends with one row and one readable object when the same new bytes are put by ten transactions at once", async () => {
    const bytes = randomBytes(64 * 1024);
    const refs = await Promise.all(Array.from({ length: 10 }, () => db().$transaction((tx) => putBlob(tx, ws.id, bytes))));
    expect(new Set(refs.map((r) => r.id)).size).toBe(1);
    expect(await db().storedBlob.count({ where: { workspaceId: ws.id, sha256: sha256Hex(bytes) } })).toBe(1);
    expect((await readBlob(db(), ws.id, refs[0]!.id)).equals(bytes)).toBe(true);
  });

  it("reads back a 5 MB binary byte for byte", async () => {
    const bytes = randomBytes(5 * 1024 * 1024);
    const ref = await putBlob(db(), ws.id, bytes);
    expect((await readBlob(db(), ws.id, ref.id)).equals(bytes)).toBe(true);
  });

  it("streams a 5 MB binary byte for byte, and ends a stream of damaged bytes with an error", async () => {
    const bytes = randomBytes(5 * 1024 * 1024);
    const ref = await putBlob(db(), ws.id, bytes);
    const streamed = await streamBlob(db(), ws.id, ref.id);
    expect(streamed.size).toBe(bytes.byteLength);
    expect(Buffer.from(await new Response(streamed.body).arrayBuffer()).equals(bytes)).toBe(true);

    const damaged = await putBlob(db(), ws.id, Buffer.from(`genuine ${randomBytes(8).toString("hex")}`));
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: keyOf(ws.id, damaged.sha256), Body: Buffer.from("tampered") }));
    const { body } = await streamBlob(db(), ws.id, damaged.id);
    await expect(new Response(body).arrayBuffer()).rejects.toThrow(/does not match its sha256/);
  });

  it("answers NOT_FOUND for a blob of another workspace", async () => {
    const ref = await putBlob(db(), ws.id, Buffer.from(`private ${randomBytes(8).toString("hex")}`));
    await expect(readBlob(db(), other.id, ref.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("still reads rows stored in PostgreSQL before S3 was turned on, and does not move or upload them again", async () => {
    const bytes = Buffer.from(`older mail ${randomBytes(8).toString("hex")}`);
    const before = await createBlobStore({ s3: null }).put(db(), ws.id, bytes);
    expect(await db().storedBlob.findUniqueOrThrow({ where: { id: before.id }, select: { storage: true } })).toEqual({ storage: "POSTGRES" });
    expect((await readBlob(db(), ws.id, before.id)).equals(bytes)).toBe(true);
    expect((await putBlob(db(), ws.id, bytes)).id).toBe(before.id);
    expect(await objectSize(keyOf(ws.id, before.sha256))).toBeNull();
  });

  it("refuses to read an S3 row without S3 configured, saying so", async () => {
    const ref = await putBlob(db(), ws.id, Buffer.from(`in the bucket ${randomBytes(8).toString("hex")}`));
    const { log } = capturingLogger();
    await expect(createBlobStore({ s3: null, log }).read(db(), ws.id, ref.id)).rejects.toThrow(/stored in S3, but S3 storage is not configured: set S3_BUCKET/);
  });

  it("reports an object missing from the bucket with the workspace and sha256, never the bytes", async () => {
    const bytes = Buffer.from(`soon gone ${randomBytes(8).toString("hex")}`);
    const ref = await putBlob(db(), ws.id, bytes);
    await client.send(new DeleteObjectCommand({ Bucket: settings.bucket, Key: keyOf(ws.id, ref.sha256) }));
    const { log, records, lines } = capturingLogger();
    await expect(createBlobStore({ s3: settings, log }).read(db(), ws.id, ref.id)).rejects.toThrow(/is missing from S3 bucket shopdesk-test/);
    expect(records).toEqual([expect.objectContaining({ msg: "blob is missing from S3", workspaceId: ws.id, sha256: ref.sha256, blobId: ref.id })]);
    expect(lines.join("\n")).not.toContain("soon gone");
  });

  it("refuses bytes in the bucket that are not the ones stored (overwritten or damaged)", async () => {
    const ref = await putBlob(db(), ws.id, Buffer.from(`genuine ${randomBytes(8).toString("hex")}`));
    await client.send(new PutObjectCommand({ Bucket: settings.bucket, Key: keyOf(ws.id, ref.sha256), Body: Buffer.from("tampered") }));
    await expect(readBlob(db(), ws.id, ref.id)).rejects.toThrow(/does not match its sha256/);
  });

  it("stores no row when the upload fails, so none points at bytes that never arrived, and logs ids only", async () => {
    const bytes = Buffer.from(`unlucky ${randomBytes(8).toString("hex")}`);
    const { log, records, lines } = capturingLogger();
    const broken = createBlobStore({ s3: { ...settings, bucket: "no-such-bucket" }, log });
    await expect(broken.put(db(), ws.id, bytes)).rejects.toThrow();
    expect(await db().storedBlob.count({ where: { workspaceId: ws.id, sha256: sha256Hex(bytes) } })).toBe(0);
    expect(records).toEqual([expect.objectContaining({ msg: "S3 upload of a blob failed", workspaceId: ws.id, sha256: sha256Hex(bytes) })]);
    expect(lines.join("\n")).not.toContain("unlucky");
  });
});

describe("mail with S3 on", () => {
  it("a group accepted at once (the IMAP fetcher's) lands in the bucket, each message's object before its row", async () => {
    const mailbox = await db().mailbox.create({
      data: { workspaceId: ws.id, name: "Support", address: `group-${randomBytes(4).toString("hex")}@shop.example`, forwardingKey: randomBytes(12).toString("hex") },
      select: { id: true, workspaceId: true },
    });
    const mails = [1, 2, 3].map((i) => Buffer.from(`From: ana@example.com\r\nSubject: Group ${i} ${randomBytes(6).toString("hex")}\r\n\r\nHello\r\n`));
    const accepted = await acceptRawMails(db(), { mailbox, source: "IMAP" }, mails.map((raw, i) => ({ kind: "raw" as const, raw, imap: { uidValidity: 1n, uid: BigInt(i + 1) } })));
    expect(accepted.map((a) => a.created)).toEqual([true, true, true]);
    for (const [i, raw] of mails.entries()) {
      const row = await db().inboundMail.findUniqueOrThrow({ where: { id: accepted[i]!.id }, select: { rawBlob: { select: { storage: true, content: true } } } });
      expect(row.rawBlob).toEqual({ storage: "S3", content: null });
      expect(await objectSize(keyOf(ws.id, sha256Hex(raw)))).toBe(raw.byteLength);
    }
  });

  it("is accepted into the bucket, processed into a ticket, and its attachment and original download", async () => {
    const address = `support-${randomBytes(4).toString("hex")}@shop.example`;
    const mailbox = await db().mailbox.create({
      data: { workspaceId: ws.id, name: "Support", address, forwardingKey: randomBytes(12).toString("hex") },
      select: { id: true, workspaceId: true },
    });
    const pdf = Buffer.concat([Buffer.from("%PDF-1.4\n"), randomBytes(300 * 1024)]);
    const boundary = `b-${randomBytes(6).toString("hex")}`;
    const raw = Buffer.from(
      [
        "From: Ana Customer <ana@example.com>",
        `To: ${address}`,
        "Subject: Invoice for order 1042",
        `Message-ID: <${randomBytes(8).toString("hex")}@mail.example>`,
        "Date: Sat, 05 Dec 2026 09:00:00 +0000",
        "MIME-Version: 1.0",
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        "The invoice is attached.",
        `--${boundary}`,
        "Content-Type: application/pdf",
        'Content-Disposition: attachment; filename="invoice-1042.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        pdf.toString("base64").replace(/.{76}/g, "$&\r\n"),
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );

    const accepted = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
    const inbound = await db().inboundMail.findUniqueOrThrow({ where: { id: accepted.id }, include: { rawBlob: { select: { storage: true, content: true } } } });
    expect(inbound.rawBlob).toEqual({ storage: "S3", content: null });
    expect(await objectSize(keyOf(ws.id, sha256Hex(raw)))).toBe(raw.byteLength);

    await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
    const done = await db().inboundMail.findUniqueOrThrow({
      where: { id: accepted.id },
      include: { message: { include: { attachments: { include: { blob: { select: { storage: true } } } }, ticket: { select: { subject: true } } } } },
    });
    expect(done.status).toBe("PROCESSED");
    expect(done.message!.ticket.subject).toBe("Invoice for order 1042");
    const [attachment] = done.message!.attachments;
    expect(attachment).toMatchObject({ filename: "invoice-1042.pdf", blob: { storage: "S3" } });
    expect(await objectSize(keyOf(ws.id, sha256Hex(pdf)))).toBe(pdf.byteLength);

    const file = await getAttachmentFile(agent, { id: attachment!.id });
    expect(file.filename).toBe("invoice-1042.pdf");
    expect(Buffer.from(await new Response(file.body).arrayBuffer()).equals(pdf)).toBe(true);
    const original = await getRawMail(agent, { id: accepted.id });
    expect(Buffer.from(await new Response(original.body).arrayBuffer()).equals(raw)).toBe(true);
  });
});
