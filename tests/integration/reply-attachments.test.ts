// Files an agent attaches to a reply (issue 15, "Agents can attach files to replies"), against a
// real PostgreSQL: stored with the message in one transaction (bytes in the blob store, once per
// workspace), named safely, listed in the thread and the API, prepared for the mail with the
// reply; limits refused as field errors before anything is written; a note's files never mailed.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as createMessage } from "@/app/api/v1/tickets/[number]/messages/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { prepareOutgoingMail } from "@/server/mail/prepare-outgoing-mail";
import { replyTokenSecret } from "@/server/mail/reply-secret";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import { addNote } from "@/server/tickets/add-note";
import { sendReply } from "@/server/tickets/send-reply";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES } from "@/lib/reply-attachments";
import { memberCtx, rejection } from "../helpers/context";

const suffix = randomBytes(4).toString("hex");
let ws: CreatedWorkspace;
let agent: Ctx;
let light: Ctx;
let token: string;

beforeAll(async () => {
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT", name: "Agnes Agent" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  token = (await createApiToken(admin, { name: "files" })).token;
  // Never connected to: the mail is only prepared here.
  await createMailbox(admin, { name: "Support", address: `support-${suffix}@shop.example`, smtp: { host: "127.0.0.1", port: 2, security: "none" } });
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

async function ticket(subject = "Refund") {
  const customer = await makeCustomer(db(), ws.id, { name: "Ana" });
  return makeTicket(db(), ws, { customer, subject, messages: [{ kind: "INBOUND", text: "Please refund me." }] });
}

const prepared = (messageId: string) =>
  db().$transaction((tx) => prepareOutgoingMail(tx, { workspaceId: ws.id, messageId }, replyTokenSecret()));

const rowsOf = (messageId: string) =>
  db().attachment.findMany({
    where: { workspaceId: ws.id, messageId },
    orderBy: [{ createdAt: "asc" }],
    select: { filename: true, contentType: true, byteSize: true, blob: { select: { workspaceId: true, content: true } } },
  });

describe("a reply with files", () => {
  it("stores two files with the reply, lists them in the thread and prepares the mail with both", async () => {
    const t = await ticket();
    const pdf = Buffer.from("%PDF-1.4 refund receipt");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const sent = await sendReply(agent, {
      ticketNumber: t.number,
      text: "Refunded, receipt attached.",
      status: "PENDING",
      attachments: [
        { filename: "Απόδειξη.pdf", contentType: "application/pdf", content: pdf },
        { filename: "label.png", contentType: "image/png", content: png },
      ],
    });

    const rows = await rowsOf(sent.messageId);
    expect(rows.map((r) => [r.filename, r.contentType, r.byteSize])).toEqual([
      ["Απόδειξη.pdf", "application/pdf", pdf.length],
      ["label.png", "image/png", png.length],
    ]);
    expect(rows.map((r) => Buffer.from(r.blob.content!).equals(r.filename === "label.png" ? png : pdf))).toEqual([true, true]);
    expect(rows.every((r) => r.blob.workspaceId === ws.id)).toBe(true);

    const thread = await getAgentThread(agent, t.id);
    const reply = thread.find((e) => e.type === "message" && e.id === sent.messageId);
    expect(reply?.type === "message" ? reply.attachments.map((a) => a.filename) : null).toEqual(["Απόδειξη.pdf", "label.png"]);

    const mail = await prepared(sent.messageId);
    expect(mail?.ok).toBe(true);
    if (!mail?.ok) return;
    expect(mail.mail.attachments.map((a) => [a.filename, a.contentType, Buffer.from(a.content).toString("hex")])).toEqual([
      ["Απόδειξη.pdf", "application/pdf", pdf.toString("hex")],
      ["label.png", "image/png", png.toString("hex")],
    ]);
  });

  it("keeps one copy of the same bytes sent twice", async () => {
    const t = await ticket();
    const bytes = Buffer.from(`same file ${suffix}`);
    const files = [{ filename: "terms.txt", contentType: "text/plain", content: bytes }];
    const a = await sendReply(agent, { ticketNumber: t.number, text: "Terms attached.", attachments: files });
    const b = await sendReply(agent, { ticketNumber: t.number, text: "Again, terms attached.", attachments: files });
    const [ra] = await rowsOf(a.messageId);
    const [rb] = await rowsOf(b.messageId);
    expect(ra && rb).toBeTruthy();
    expect(await db().storedBlob.count({ where: { workspaceId: ws.id, attachments: { some: { messageId: { in: [a.messageId, b.messageId] } } } } })).toBe(1);
  });

  it("stores safe names: no folders, control or direction characters; a bad type becomes octet-stream", async () => {
    const t = await ticket();
    const sent = await sendReply(agent, {
      ticketNumber: t.number,
      text: "See attached.",
      attachments: [
        { filename: "../../../etc/passwd", contentType: "text/plain", content: Buffer.from("x") },
        { filename: "C:\\Users\\me\\invoice\u202Efdp.exe", contentType: "text/html\r\nX-Evil: 1", content: Buffer.from("y") },
        { filename: "\u0000\r\n", contentType: "", content: Buffer.from("z") },
      ],
    });
    expect((await rowsOf(sent.messageId)).map((r) => [r.filename, r.contentType])).toEqual([
      ["passwd", "text/plain"],
      ["invoicefdp.exe", "application/octet-stream"],
      ["attachment", "application/octet-stream"],
    ]);
  });

  it("refuses files over the limits with field errors, and writes nothing", async () => {
    const t = await ticket();
    const before = await db().message.count({ where: { workspaceId: ws.id, ticketId: t.id } });
    const big = await rejection(
      sendReply(agent, {
        ticketNumber: t.number,
        text: "Too big",
        attachments: [
          { filename: "ok.txt", contentType: "text/plain", content: Buffer.from("ok") },
          { filename: "video.mp4", contentType: "video/mp4", content: Buffer.alloc(MAX_REPLY_FILE_BYTES + 1) },
        ],
      }),
    );
    expect(big.code).toBe("VALIDATION");
    expect(big.fieldIssues?.["attachments.1"]).toMatchObject({ code: "fileTooLarge" });
    const many = await rejection(
      sendReply(agent, {
        ticketNumber: t.number,
        text: "Too many",
        attachments: Array.from({ length: MAX_REPLY_FILES + 1 }, (_, i) => ({ filename: `f${i}.txt`, contentType: "text/plain", content: Buffer.from(String(i)) })),
      }),
    );
    expect(many.fieldIssues?.attachments).toMatchObject({ code: "tooManyFiles" });
    const total = await rejection(
      sendReply(agent, {
        ticketNumber: t.number,
        text: "Too much together",
        attachments: [0, 1, 2].map((i) => ({ filename: `part${i}.bin`, contentType: null, content: Buffer.alloc(9 * 1024 * 1024, i) })),
      }),
    );
    expect(total.fieldIssues?.attachments).toMatchObject({ code: "filesTooLarge" });
    expect(await db().message.count({ where: { workspaceId: ws.id, ticketId: t.id } })).toBe(before);
  });
});

describe("a note with files", () => {
  it("keeps them for the agents (a light agent may add them) and is never prepared as mail", async () => {
    const t = await ticket();
    const note = await addNote(light, {
      ticketNumber: t.number,
      text: "Customer's photo from the call",
      attachments: [{ filename: "photo.jpg", contentType: "image/jpeg", content: Buffer.from([0xff, 0xd8, 0xff, 0xe0]) }],
    });
    expect((await rowsOf(note.messageId)).map((r) => r.filename)).toEqual(["photo.jpg"]);
    expect(await db().messageDelivery.count({ where: { messageId: note.messageId } })).toBe(0);
    const mail = await prepared(note.messageId);
    expect(mail).toMatchObject({ ok: false });
  });
});

describe("the API", () => {
  async function post(number: number, body: unknown) {
    const res = await createMessage(
      new Request(`http://localhost/api/v1/tickets/${number}/messages`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ number: String(number) }) },
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, json: (await res.json()) as any };
  }

  it("takes files as base64 in JSON and answers with them listed", async () => {
    const t = await ticket();
    const content = Buffer.from("Rückgabeetikett");
    const res = await post(t.number, {
      kind: "reply",
      text: "Label attached.",
      attachments: [{ filename: "label.txt", contentType: "text/plain", contentBase64: content.toString("base64") }],
    });
    expect(res.status).toBe(201);
    expect(res.json.attachments).toEqual([{ id: expect.any(String), filename: "label.txt", contentType: "text/plain", size: content.length }]);
    const mail = await prepared(res.json.id);
    expect(mail?.ok && mail.mail.attachments.map((a) => Buffer.from(a.content).toString())).toEqual(["Rückgabeetikett"]);
  });

  it("still takes a reply without files exactly as before", async () => {
    const t = await ticket();
    const res = await post(t.number, { kind: "reply", text: "No files." });
    expect(res.status).toBe(201);
    expect(res.json.attachments).toEqual([]);
  });

  it("answers 422 naming the field for a file over 10 MB, too many files or bad base64", async () => {
    const t = await ticket();
    const big = await post(t.number, {
      kind: "reply",
      text: "Big",
      attachments: [{ filename: "big.bin", contentType: "application/octet-stream", contentBase64: Buffer.alloc(MAX_REPLY_FILE_BYTES + 1).toString("base64") }],
    });
    expect(big.status).toBe(422);
    expect(big.json.error.fields).toEqual({ "attachments.0": "is larger than 10 MB" });
    const many = await post(t.number, {
      kind: "note",
      text: "Many",
      attachments: Array.from({ length: MAX_REPLY_FILES + 1 }, (_, i) => ({ filename: `${i}.txt`, contentType: "text/plain", contentBase64: "eA==" })),
    });
    expect(many.status).toBe(422);
    expect(Object.keys(many.json.error.fields)).toEqual(["attachments"]);
    const garbled = await post(t.number, { kind: "reply", text: "Bad", attachments: [{ filename: "x.txt", contentBase64: "not base64!" }] });
    expect(garbled.status).toBe(422);
    expect(Object.keys(garbled.json.error.fields)).toEqual(["attachments.0.contentBase64"]);
    expect(await db().message.count({ where: { workspaceId: ws.id, ticketId: t.id } })).toBe(1);
  });
});
