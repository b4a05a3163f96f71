// Raw MIME over HTTP through the real route handlers: 202 once committed, 200 with the same id
// for the same bytes, the mailbox's inbound secret or an API token of its workspace, nothing for
// anyone else, and clear errors for a wrong Content-Type, an empty or an oversized body.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getInbound } from "@/app/api/v1/inbound/[id]/route";
import { POST as postInbound } from "@/app/api/v1/mailboxes/[id]/inbound/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { MAX_RAW_MAIL_BYTES } from "@/server/mail/accept-raw-mail";
import { closePgPool } from "@/server/pg-pool";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";

let ws: CreatedWorkspace;
let token: string;
let otherToken: string;
let mailboxId: string;
const secret = `sdin_${randomBytes(24).toString("base64url")}`;

const mail = (subject: string) =>
  Buffer.from(`From: Ana <ana@example.com>\r\nTo: support@shop.example\r\nSubject: ${subject}\r\nMessage-ID: <${randomBytes(6).toString("hex")}@example.com>\r\n\r\nHello\r\n`);

async function post(bearer: string | null, body: BodyInit | null, opts: { id?: string; type?: string } = {}) {
  const headers: Record<string, string> = {};
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  if (opts.type !== "") headers["content-type"] = opts.type ?? "message/rfc822";
  const id = opts.id ?? mailboxId;
  const res = await postInbound(new Request(`http://localhost/api/v1/mailboxes/${id}/inbound`, { method: "POST", headers, body, duplex: "half" } as RequestInit), {
    params: Promise.resolve({ id }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: (await res.json()) as any };
}

async function state(bearer: string, id: string) {
  const res = await getInbound(new Request(`http://localhost/api/v1/inbound/${id}`, { headers: { authorization: `Bearer ${bearer}` } }), {
    params: Promise.resolve({ id }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, json: (await res.json()) as any };
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  token = (await createApiToken(admin, { name: "mta" })).token;
  const other = await makeWorkspace(db());
  const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  otherToken = (await createApiToken(otherAdmin, { name: "elsewhere" })).token;
  const key = randomBytes(12).toString("hex");
  mailboxId = (
    await db().mailbox.create({
      data: { workspaceId: ws.id, name: "Support", address: `support-${key}@shop.example`, forwardingKey: key, inboundSecretHash: sha256Hex(secret) },
    })
  ).id;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("POST /api/v1/mailboxes/{id}/inbound", () => {
  it("answers 202 with the id once the bytes are committed, and 200 with the same id for the same bytes", async () => {
    const raw = mail("Where is order 1042?");
    const first = await post(secret, raw);
    expect(first.status).toBe(202);
    expect(first.json).toEqual({ id: expect.any(String), status: "queued" });
    const again = await post(token, raw);
    expect(again).toEqual({ status: 200, json: first.json });
    expect(await db().inboundMail.count({ where: { mailboxId } })).toBe(1);
    const stored = await db().inboundMail.findUniqueOrThrow({ where: { id: first.json.id }, select: { source: true, rawSize: true } });
    expect(stored).toEqual({ source: "HTTP", rawSize: raw.byteLength });

    expect(await state(token, first.json.id)).toEqual({
      status: 200,
      json: { id: first.json.id, status: "queued", ticketNumber: null, messageId: null, threadedBy: null, reason: null },
    });
  });

  it("takes the mailbox's inbound secret or an API token of its workspace, and nothing else", async () => {
    expect((await post(null, mail("no credential"))).status).toBe(401);
    expect((await post("sdin_not-the-secret-at-all-xxxxxxxxxxxx", mail("wrong secret"))).status).toBe(401);
    // Another workspace's token: the mailbox does not exist for it.
    expect((await post(otherToken, mail("foreign token"))).status).toBe(404);
    // The secret of one mailbox opens no other.
    const key = randomBytes(12).toString("hex");
    const second = await db().mailbox.create({ data: { workspaceId: ws.id, name: "Sales", address: `sales-${key}@shop.example`, forwardingKey: key } });
    expect((await post(secret, mail("other mailbox"), { id: second.id })).status).toBe(401);
    expect((await post(token, mail("other mailbox"), { id: second.id })).status).toBe(202);
    // Nor does it read anything back: the status endpoint takes API tokens only.
    const { json } = await post(secret, mail("follow me"));
    expect((await state(secret, json.id)).status).toBe(401);
    expect((await state(otherToken, json.id)).status).toBe(404);
  });

  it("refuses a wrong Content-Type, an empty body and one over 35 MB with a message, storing nothing", async () => {
    const before = await db().inboundMail.count({ where: { mailboxId } });
    const json = await post(token, mail("as json"), { type: "application/json" });
    expect(json.status).toBe(400);
    expect(json.json.error.message).toMatch(/message\/rfc822/);
    const empty = await post(token, Buffer.alloc(0));
    expect(empty.status).toBe(422);
    expect(empty.json.error.fields.body).toEqual(expect.any(String));
    const huge = await post(token, Buffer.alloc(MAX_RAW_MAIL_BYTES + 1, 0x61));
    expect(huge.status).toBe(422);
    expect(huge.json.error.fields.body).toMatch(/35 MB/);
    expect(await db().inboundMail.count({ where: { mailboxId } })).toBe(before);
  });

  it("answers 404 for a malformed or unknown mailbox id", async () => {
    expect((await post(token, mail("bad id"), { id: "not-a-uuid" })).status).toBe(404);
    expect((await post(token, mail("unknown id"), { id: "0190f0f0-0000-7000-8000-000000000000" })).status).toBe(404);
  });
});
