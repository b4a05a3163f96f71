// What agents get of a mail, against real PostgreSQL and the real route handlers: its attachments
// stored through the blob store (once per workspace for the same bytes), downloads that are
// always attachments with the exact file name and nosniff (raster images alone inline), scoped
// to the workspace; cid: images pointing at the signed inline route; the API's attachments; and a
// mail the parser refuses opening a ticket flagged unparsed, with its original downloadable.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAttachmentApi } from "@/app/api/v1/attachments/[id]/route";
import { GET as getInlineImage } from "@/app/api/attachments/[id]/image/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { listApiMessages } from "@/server/api/api-ticket.queries";
import { signInlineImages } from "@/server/attachments/inline-image-url";
import { handleAttachmentGet, handleRawHeadersGet, handleRawMailGet } from "@/server/attachments/file-routes";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { getRawMailHeaders } from "@/server/mail/get-raw-mail";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { closePgPool } from "@/server/pg-pool";
import { BLOB_STREAM_CHUNK_BYTES } from "@/server/storage/blob-store";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let light: Ctx;
let outsider: Ctx;
let token: string;
let otherToken: string;
let mailbox: { id: string; workspaceId: string };

// A 1x1 PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");
const PDF = Buffer.from("%PDF-1.4 invoice 1042");
const GREEK = "Τιμολόγιο 1042.pdf";

function mime(opts: { subject: string; html?: string; parts: Array<{ type: string; name: string; body: Buffer; cid?: string }> }): Buffer {
  const b = `b-${randomBytes(6).toString("hex")}`;
  const lines = [
    "From: Ana Customer <ana@example.com>",
    `To: ${mailboxAddress}`,
    "Cc: Bo <bo@example.com>",
    `Subject: ${opts.subject}`,
    `Message-ID: <${randomBytes(8).toString("hex")}@mail.example>`,
    "Date: Sat, 05 Dec 2026 09:00:00 +0000",
    "MIME-Version: 1.0",
    `Content-Type: multipart/mixed; boundary="${b}"`,
    "",
    `--${b}`,
    `Content-Type: ${opts.html ? "text/html" : "text/plain"}; charset=utf-8`,
    "",
    opts.html ?? "See attached.",
  ];
  for (const p of opts.parts) {
    lines.push(
      `--${b}`,
      `Content-Type: ${p.type}`,
      `Content-Disposition: ${p.cid ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(p.name)}`,
      ...(p.cid ? [`Content-ID: <${p.cid}>`] : []),
      "Content-Transfer-Encoding: base64",
      "",
      p.body.toString("base64"),
    );
  }
  lines.push(`--${b}--`, "");
  return Buffer.from(lines.join("\r\n"));
}

const mailboxAddress = `support-${randomBytes(4).toString("hex")}@shop.example`;

async function deliver(raw: Buffer) {
  const { id } = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
  await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
  return db().inboundMail.findUniqueOrThrow({
    where: { id },
    include: { message: { include: { attachments: { orderBy: { filename: "asc" } }, ticket: { select: { id: true, number: true, customer: { select: { email: true } } } } } } },
  });
}

const asMember = (ctx: Ctx) => async (slug: string) => {
  if (slug !== ctx.workspace.slug) throw new Error("wrong workspace");
  return ctx;
};

async function apiGet(bearer: string, id: string) {
  return getAttachmentApi(new Request(`http://localhost/api/v1/attachments/${id}`, { headers: { authorization: `Bearer ${bearer}` } }), { params: Promise.resolve({ id }) });
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  outsider = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  token = (await createApiToken(await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" })), { name: "shop" })).token;
  otherToken = (await createApiToken(outsider, { name: "elsewhere" })).token;
  mailbox = await db().mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: mailboxAddress, forwardingKey: randomBytes(12).toString("hex") },
    select: { id: true, workspaceId: true },
  });
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("inbound attachments", () => {
  it("are stored as attachments of the message through the blob store, the same bytes once per workspace", async () => {
    const first = await deliver(mime({ subject: "Invoice", parts: [{ type: "application/pdf", name: GREEK, body: PDF }] }));
    const again = await deliver(mime({ subject: "Invoice again", parts: [{ type: "application/pdf", name: "copy.pdf", body: PDF }] }));
    const [a] = first.message!.attachments;
    const [b] = again.message!.attachments;
    expect(a).toMatchObject({ filename: GREEK, contentType: "application/pdf", byteSize: PDF.length, workspaceId: ws.id });
    expect(b!.filename).toBe("copy.pdf");
    // Two attachments, one stored copy.
    expect(b!.blobId).toBe(a!.blobId);
    const blob = await db().storedBlob.findUniqueOrThrow({ where: { id: a!.blobId } });
    expect(Buffer.from(blob.content!).equals(PDF)).toBe(true);
  });

  it("over the cap are not stored but named in the message, and the mail is still processed", async () => {
    const big = Buffer.alloc(26 * 1024 * 1024, 7);
    const got = await deliver(mime({ subject: "A huge video", parts: [{ type: "video/mp4", name: "unboxing.mp4", body: big }, { type: "application/pdf", name: "small.pdf", body: PDF }] }));
    expect(got.status).toBe("PROCESSED");
    expect(got.message!.attachments.map((x) => x.filename)).toEqual(["small.pdf"]);
    expect(got.message!.text).toMatch(/not stored.*unboxing\.mp4/);
  }, 60_000);
});

describe("downloads", () => {
  it("are attachments with the exact (Greek) file name and nosniff, for a light agent of the workspace", async () => {
    const got = await deliver(mime({ subject: "Download me", parts: [{ type: "application/pdf", name: GREEK, body: PDF }] }));
    const id = got.message!.attachments[0]!.id;
    const res = await handleAttachmentGet(new Request(`http://localhost/${ws.slug}/attachments/${id}`), ws.slug, id, asMember(light));
    expect(res.status).toBe(200);
    const disposition = res.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="_+ 1042\.pdf"; filename\*=UTF-8''/);
    // RFC 5987: the exact name comes back from filename*.
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(GREEK);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    // Asking for inline changes nothing for a PDF.
    const inline = await handleAttachmentGet(new Request(`http://localhost/${ws.slug}/attachments/${id}?inline=1`), ws.slug, id, asMember(light));
    expect(inline.headers.get("content-disposition")).toMatch(/^attachment;/);

    const api = await apiGet(token, id);
    expect(api.status).toBe(200);
    expect(api.headers.get("content-disposition")).toMatch(/^attachment; /);
    expect(api.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await api.arrayBuffer()).equals(PDF)).toBe(true);
  });

  it("stream a file larger than a read of the blob store byte for byte, with its length", async () => {
    // 2.5 reads of BLOB_STREAM_CHUNK_BYTES: the download is assembled from three queries, never one.
    const big = randomBytes(Math.round(BLOB_STREAM_CHUNK_BYTES * 2.5));
    const got = await deliver(mime({ subject: "Scans", parts: [{ type: "application/octet-stream", name: "scans.bin", body: big }] }));
    const id = got.message!.attachments[0]!.id;
    const res = await handleAttachmentGet(new Request(`http://localhost/${ws.slug}/attachments/${id}`), ws.slug, id, asMember(light));
    expect(res.headers.get("content-length")).toBe(String(big.byteLength));
    expect(Buffer.from(await res.arrayBuffer()).equals(big)).toBe(true);
    // The header block reads only the start of the original.
    expect(await getRawMailHeaders(light, { id: got.id })).toMatch(/^From: .*\nSubject: Scans/ms);
  }, 60_000);

  it("are 404 for another workspace's member or token", async () => {
    const got = await deliver(mime({ subject: "Private", parts: [{ type: "application/pdf", name: "private.pdf", body: PDF }] }));
    const id = got.message!.attachments[0]!.id;
    const res = await handleAttachmentGet(new Request(`http://localhost/${other.slug}/attachments/${id}`), other.slug, id, asMember(outsider));
    expect(res.status).toBe(404);
    expect((await apiGet(otherToken, id)).status).toBe(404);
    expect((await handleRawMailGet(other.slug, got.id, asMember(outsider))).status).toBe(404);
  });

  it("never serve HTML or SVG inline, and serve raster images inline only when asked", async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = Buffer.from("<script>alert(1)</script>");
    const got = await deliver(
      mime({
        subject: "Mixed files",
        parts: [
          { type: "image/svg+xml", name: "a.svg", body: svg },
          { type: "text/html", name: "b.html", body: html },
          { type: "image/png", name: "c.png", body: PNG },
        ],
      }),
    );
    const byName = Object.fromEntries(got.message!.attachments.map((x) => [x.filename, x.id]));
    for (const name of ["a.svg", "b.html"]) {
      const res = await handleAttachmentGet(new Request(`http://localhost/x?inline=1`), ws.slug, byName[name]!, asMember(light));
      expect(res.headers.get("content-disposition")).toMatch(/^attachment;/);
      expect(res.headers.get("content-type")).toBe("application/octet-stream");
    }
    const png = await handleAttachmentGet(new Request(`http://localhost/x?inline=1`), ws.slug, byName["c.png"]!, asMember(light));
    expect(png.headers.get("content-disposition")).toMatch(/^inline; filename="c.png"/);
    expect(png.headers.get("content-type")).toBe("image/png");
  });
});

describe("cid images", () => {
  it("point at the stored image's inline route, which answers only with a valid signature", async () => {
    const got = await deliver(
      mime({
        subject: "Photo of the damage",
        html: '<p>See <img src="cid:photo@ex" alt="photo"> and <img src="https://tracker.example/p.gif"></p>',
        parts: [{ type: "image/png", name: "photo.png", body: PNG, cid: "photo@ex" }],
      }),
    );
    const id = got.message!.attachments[0]!.id;
    expect(got.message!.html).toContain(`src="/api/attachments/${id}/image"`);
    expect(got.message!.html).toContain('data-remote-src="https://tracker.example/p.gif"');

    const signed = signInlineImages(got.message!.html!, ws.id).match(/src="([^"]+)"/)![1]!.replaceAll("&amp;", "&");
    const ok = await getInlineImage(new Request(`http://localhost${signed}`), { params: Promise.resolve({ id }) });
    expect(ok.status).toBe(200);
    expect(ok.headers.get("content-type")).toBe("image/png");
    expect(ok.headers.get("content-disposition")).toMatch(/^inline;/);
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG)).toBe(true);

    const forged = signed.replace(/s=[^&]+/, "s=AAAA");
    expect((await getInlineImage(new Request(`http://localhost${forged}`), { params: Promise.resolve({ id }) })).status).toBe(404);
    // A signature for this workspace does not open another workspace's id space.
    const otherWs = signed.replace(`w=${ws.id}`, `w=${other.id}`);
    expect((await getInlineImage(new Request(`http://localhost${otherWs}`), { params: Promise.resolve({ id }) })).status).toBe(404);
  });
});

describe("the API", () => {
  it("lists each message's attachments with id, file name, type and size", async () => {
    const got = await deliver(mime({ subject: "API shape", parts: [{ type: "application/pdf", name: GREEK, body: PDF }] }));
    const ctx = { ...light, actor: { type: "api" as const, tokenId: "00000000-0000-7000-8000-000000000000", tokenName: "t", role: "AGENT" as const } };
    const [message] = await listApiMessages(ctx, got.message!.ticket.number);
    expect(message!.attachments).toEqual([{ id: got.message!.attachments[0]!.id, filename: GREEK, contentType: "application/pdf", size: PDF.length }]);
  });
});

describe("a mail that cannot be parsed", () => {
  it("opens a ticket of the sender flagged unparsed, with the original downloadable as .eml", async () => {
    // A header block larger than the parser accepts.
    const filler = Array.from({ length: 40_000 }, (_, i) => `X-Filler-${i}: ${"a".repeat(40)}`).join("\r\n");
    const raw = Buffer.from(`From: Broken Sender <broken@example.com>\r\nTo: ${mailboxAddress}\r\nSubject: Unreadable\r\n${filler}\r\n\r\nbody\r\n`);
    const got = await deliver(raw);
    expect(got.status).toBe("UNPARSED");
    expect(got.ticketId).not.toBeNull();
    expect(got.message!.ticket.customer.email).toBe("broken@example.com");
    expect(got.message!.text).toMatch(/could not be read/);

    const eml = await handleRawMailGet(ws.slug, got.id, asMember(light));
    expect(eml.status).toBe(200);
    expect(eml.headers.get("content-type")).toBe("message/rfc822");
    expect(eml.headers.get("content-disposition")).toMatch(/^attachment; filename="message-.*\.eml"/);
    expect(eml.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await eml.arrayBuffer()).equals(raw)).toBe(true);
    expect(await getRawMailHeaders(light, { id: got.id })).toMatch(/^From: Broken Sender <broken@example.com>\nTo: /);
  });
});

describe("the agent thread", () => {
  it("gives each inbound mail its sender, Cc, how it was threaded, its attachments and its original; flags an unreadable one", async () => {
    const got = await deliver(mime({ subject: "Thread details", parts: [{ type: "application/pdf", name: GREEK, body: PDF }] }));
    const thread = await getAgentThread(light, got.message!.ticket.id);
    const message = thread.find((e) => e.type === "message" && e.id === got.message!.id);
    expect(message).toMatchObject({
      attachments: [{ id: got.message!.attachments[0]!.id, filename: GREEK, contentType: "application/pdf", size: PDF.length }],
      email: { threadedBy: "NEW", fromName: "Ana Customer", fromAddress: "ana@example.com", cc: ["bo@example.com"], inboundMailId: got.id, unparsed: false },
    });

    const headers = await handleRawHeadersGet(ws.slug, got.id, asMember(light));
    expect(headers.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(headers.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await headers.text()).toMatch(/^From: Ana Customer <ana@example.com>\nTo: .*\nCc: Bo <bo@example.com>\nSubject: Thread details\n/);
    expect((await handleRawHeadersGet(other.slug, got.id, asMember(outsider))).status).toBe(404);

    const filler = Array.from({ length: 40_000 }, (_, i) => `X-Filler-${i}: ${"a".repeat(40)}`).join("\r\n");
    const bad = await deliver(Buffer.from(`To: ${mailboxAddress}\r\nSubject: No sender\r\n${filler}\r\n\r\nbody\r\n`));
    // No address to be found: the placeholder customer, never a guess.
    expect(bad.message!.ticket.customer.email).toBe("unknown-sender@unknown.invalid");
    const badThread = await getAgentThread(light, bad.message!.ticket.id);
    expect(badThread.find((e) => e.type === "message")).toMatchObject({ email: { unparsed: true, inboundMailId: bad.id } });
  });
});

describe("a mail whose processing keeps failing", () => {
  it("opens a ticket flagged unparsed after the last attempt, keeping the reason", async () => {
    const run = randomBytes(4).toString("hex");
    // Inserting this mail's message fails the way a bug would; the ticket of an unreadable mail
    // (no Message-ID of its own) still goes in.
    await db().$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_boom_${run}() RETURNS trigger AS $$ BEGIN
      IF NEW."emailMessageId" = 'boom-${run}@mail.example' THEN RAISE EXCEPTION 'boom ${run}'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await db().$executeRawUnsafe(`CREATE TRIGGER test_boom_${run} BEFORE INSERT ON "Message" FOR EACH ROW EXECUTE FUNCTION test_boom_${run}()`);
    try {
      const raw = Buffer.from(`From: Cy <cy@example.com>\r\nTo: ${mailboxAddress}\r\nSubject: Keeps failing\r\nMessage-ID: <boom-${run}@mail.example>\r\n\r\nHello\r\n`);
      const { id } = await acceptRawMail(db(), { mailbox, raw, source: "HTTP" });
      // The last attempt.
      await db().inboundMail.update({ where: { id }, data: { attempts: 4 } });
      const result = await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
      expect(result.failed).toBe(1);
      const row = await db().inboundMail.findUniqueOrThrow({ where: { id }, include: { message: { include: { ticket: { select: { id: true, customer: { select: { email: true } } } } } } } });
      expect(row).toMatchObject({ status: "UNPARSED", attempts: 5, threadedBy: "NEW" });
      expect(row.reason).toMatch(new RegExp(`processing failed 5 times: [\\s\\S]*boom ${run}`));
      expect(row.ticketId).toBe(row.message!.ticket.id);
      expect(row.message!.ticket.customer.email).toBe("cy@example.com");
      expect((await getAgentThread(light, row.ticketId!)).find((e) => e.type === "message")).toMatchObject({ email: { unparsed: true } });
    } finally {
      await db().$executeRawUnsafe(`DROP TRIGGER IF EXISTS test_boom_${run} ON "Message"`);
      await db().$executeRawUnsafe(`DROP FUNCTION IF EXISTS test_boom_${run}()`);
    }
  });
});
