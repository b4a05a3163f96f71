// Mailboxes through the real REST route handlers against real PostgreSQL: create, list, get,
// patch and delete; passwords sealed at rest and never in a response; one default per workspace;
// another workspace's mailbox is 404; an agent token gets 403; invalid bodies are 422 by field.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DELETE as deleteMailbox, GET as getMailbox, PATCH as patchMailbox } from "@/app/api/v1/mailboxes/[id]/route";
import { GET as listMailboxes, POST as postMailbox } from "@/app/api/v1/mailboxes/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { callApi, type ApiCall } from "../helpers/api-call";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { keyring, openSecret } from "@/server/mail/secret-box";
import { INBOUND_SECRET_PATTERN } from "@/server/mailboxes/mailbox.queries";
import { MailboxView } from "@/server/mailboxes/mailbox.schemas";
import { rotateInboundSecret } from "@/server/mailboxes/rotate-inbound-secret";
import { closePgPool } from "@/server/pg-pool";
import { sha256Hex } from "@/server/tokens";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

type Call = Partial<ApiCall>;

const call = (handler: ApiRouteHandler, method: string, path: string, opts: Call = {}) => callApi(handler, method, path, { ...opts, token: opts.token ?? adminToken });

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let adminToken: string;
let agentToken: string;
let otherToken: string;

const IMAP = { host: "IMAP.Shop.test", port: 993, security: "tls", username: "support@shop.test", password: "imap-Secret-1" };
const SMTP = { host: "smtp.shop.test", port: 587, security: "starttls", username: "support@shop.test", password: "smtp-Secret-2", fromName: "Shop Support" };

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  adminToken = (await createApiToken(admin, { name: "provisioning", role: "admin" })).token;
  agentToken = (await createApiToken(admin, { name: "helpdesk-sync" })).token;
  const otherAdmin = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  otherToken = (await createApiToken(otherAdmin, { name: "other", role: "admin" })).token;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("creating and reading", () => {
  it("creates a mailbox (201): address lower-cased, a forwarding address, the inbound secret once, passwords sealed and never returned", async () => {
    const created = await call(postMailbox, "POST", "/mailboxes", {
      body: { name: "Support", address: "Support@Shop.TEST", imap: IMAP, smtp: SMTP, autoAcknowledge: true },
    });
    expect(created.status).toBe(201);
    const m = created.json;
    expect(created.headers.get("location")).toBe(`/api/v1/mailboxes/${m.id}`);
    expect(m).toMatchObject({
      name: "Support",
      address: "support@shop.test",
      isDefault: true,
      autoAcknowledge: true,
      autoAcknowledgeTemplates: {},
      imap: { host: "imap.shop.test", port: 993, security: "tls", username: "support@shop.test", folder: "INBOX", afterImport: "mark-seen", moveTo: null, hasPassword: true },
      smtp: { host: "smtp.shop.test", port: 587, security: "starttls", username: "support@shop.test", fromName: "Shop Support", hasPassword: true },
      status: { state: "ok" },
    });
    expect(m.forwardingAddress).toMatch(/^[a-z2-7]{24}@localhost$/);
    expect(m.inboundSecret).toMatch(INBOUND_SECRET_PATTERN);
    for (const secret of [IMAP.password, SMTP.password]) expect(created.raw).not.toContain(secret);

    const row = await db().mailbox.findUniqueOrThrow({ where: { id: m.id } });
    expect(row.inboundSecretHash).toBe(sha256Hex(m.inboundSecret));
    expect(row.imapPasswordEnc).not.toContain(IMAP.password);
    const ring = await keyring();
    expect(openSecret(row.imapPasswordEnc!, ring)).toBe(IMAP.password);
    expect(openSecret(row.smtpPasswordEnc!, ring)).toBe(SMTP.password);

    const got = await call(getMailbox, "GET", `/mailboxes/${m.id}`, { params: { id: m.id } });
    expect(got.status).toBe(200);
    expect(MailboxView.parse(got.json)).toEqual(got.json);
    expect(got.json).not.toHaveProperty("inboundSecret");
    const { inboundSecret: _once, ...view } = m;
    expect(got.json).toEqual(view);
    const listed = await call(listMailboxes, "GET", "/mailboxes");
    expect(listed.json.data).toEqual([view]);
    for (const r of [got, listed]) {
      for (const secret of [IMAP.password, SMTP.password, m.inboundSecret, row.imapPasswordEnc!, row.smtpPasswordEnc!]) {
        expect(r.raw).not.toContain(secret);
      }
    }
  });

  it("receives by forwarding only: no IMAP or SMTP settings are needed, and a second mailbox is not the default", async () => {
    const m = (await call(postMailbox, "POST", "/mailboxes", { body: { name: "Returns", address: "returns@shop.test" } })).json;
    expect(m).toMatchObject({ isDefault: false, autoAcknowledge: false, imap: null, smtp: null, status: { state: "ok" } });
    const listed = (await call(listMailboxes, "GET", "/mailboxes")).json.data.map((x: { address: string }) => x.address);
    expect(listed).toEqual(["support@shop.test", "returns@shop.test"]);
  });

  it("an address is unique in the workspace (422 on address), but another workspace may use it", async () => {
    const dup = await call(postMailbox, "POST", "/mailboxes", { body: { name: "Again", address: "SUPPORT@shop.test" } });
    expect(dup.status).toBe(422);
    expect(dup.json.error).toMatchObject({ code: "validation", fields: { address: "is already used by another mailbox of this workspace" } });
    const elsewhere = await call(postMailbox, "POST", "/mailboxes", { token: otherToken, body: { name: "Support", address: "support@shop.test" } });
    expect(elsewhere.status).toBe(201);
    expect(elsewhere.json.isDefault).toBe(true);
  });

  it("refuses invalid bodies with 422 and the fields' paths", async () => {
    const bad = await call(postMailbox, "POST", "/mailboxes", {
      body: {
        name: "",
        address: "not-an-address",
        imap: { host: "imap.shop.test", port: 70000, security: "ssl", username: "u", password: "p", afterImport: "move" },
        smtp: { host: "smtp shop", port: 25, security: "none", password: "p" },
        colour: "red",
      },
    });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(
      expect.arrayContaining(["name", "address", "imap.port", "imap.security", "smtp.host"]),
    );
    // Rules across fields: a move needs its folder, an SMTP password needs a user name.
    const rules = await call(postMailbox, "POST", "/mailboxes", {
      body: {
        name: "X",
        address: "x@shop.test",
        imap: { ...IMAP, afterImport: "move" },
        smtp: { host: "smtp.shop.test", port: 25, security: "none", password: "p" },
      },
    });
    expect(rules.status).toBe(422);
    expect(rules.json.error.fields).toMatchObject({ "imap.moveTo": expect.any(String), "smtp.username": expect.any(String) });
    expect(await db().mailbox.count({ where: { workspaceId: ws.id, address: "x@shop.test" } })).toBe(0);
  });
});

describe("changing and deleting", () => {
  async function make(address: string, extra: Record<string, unknown> = {}) {
    const r = await call(postMailbox, "POST", "/mailboxes", { body: { name: address, address, ...extra } });
    expect(r.status).toBe(201);
    return r.json;
  }

  it("PATCH changes only what it is sent; a password is replaced only when given", async () => {
    const m = await make("sales@shop.test", { imap: IMAP, smtp: SMTP });
    const before = await db().mailbox.findUniqueOrThrow({ where: { id: m.id } });
    const patched = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, {
      params: { id: m.id },
      body: { name: "Sales", imap: { port: 143, security: "starttls" }, smtp: { fromName: "Sales team" } },
    });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({
      name: "Sales",
      address: "sales@shop.test",
      imap: { host: "imap.shop.test", port: 143, security: "starttls", username: "support@shop.test", hasPassword: true },
      smtp: { host: "smtp.shop.test", fromName: "Sales team", hasPassword: true },
    });
    const kept = await db().mailbox.findUniqueOrThrow({ where: { id: m.id } });
    expect(kept.imapPasswordEnc).toBe(before.imapPasswordEnc);
    expect(kept.smtpPasswordEnc).toBe(before.smtpPasswordEnc);
    expect(kept.forwardingKey).toBe(before.forwardingKey);

    const newPassword = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { imap: { password: "rotated-imap" } } });
    expect(newPassword.status).toBe(200);
    expect(newPassword.raw).not.toContain("rotated-imap");
    const changed = await db().mailbox.findUniqueOrThrow({ where: { id: m.id } });
    expect(openSecret(changed.imapPasswordEnc!, await keyring())).toBe("rotated-imap");
    expect(changed.smtpPasswordEnc).toBe(before.smtpPasswordEnc);

    // null removes the settings.
    const removed = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { smtp: null } });
    expect(removed.json.smtp).toBeNull();
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: m.id } })).smtpPasswordEnc).toBeNull();
  });

  it("PATCH sets the acknowledgement's text per language, keeps the languages not sent, and null goes back to the built-in text", async () => {
    const m = await make("ack@shop.test");
    const path = `/mailboxes/${m.id}`;
    const el = { subject: "Λάβαμε: {{subject}}", body: "Γεια σας {{customerName}}, αίτημα {{ticketNumber}}." };
    const en = { subject: "Got it: {{subject}}", body: "Hi {{customerName}}, ticket {{ticketNumber}}." };
    expect((await call(patchMailbox, "PATCH", path, { params: { id: m.id }, body: { autoAcknowledge: true, autoAcknowledgeTemplates: { el } } })).json).toMatchObject({
      autoAcknowledge: true,
      autoAcknowledgeTemplates: { el },
    });
    expect((await call(patchMailbox, "PATCH", path, { params: { id: m.id }, body: { autoAcknowledgeTemplates: { en } } })).json.autoAcknowledgeTemplates).toEqual({ el, en });
    expect((await call(patchMailbox, "PATCH", path, { params: { id: m.id }, body: { autoAcknowledgeTemplates: { el: null } } })).json.autoAcknowledgeTemplates).toEqual({ en });
    const bad = await call(patchMailbox, "PATCH", path, { params: { id: m.id }, body: { autoAcknowledgeTemplates: { de: en, en: { subject: "", body: "x" } } } });
    expect(bad.status).toBe(422);
    expect(Object.keys(bad.json.error.fields).sort()).toEqual(["autoAcknowledgeTemplates", "autoAcknowledgeTemplates.en.subject"]);
    expect((await call(patchMailbox, "PATCH", path, { params: { id: m.id }, body: { autoAcknowledgeTemplates: null } })).json.autoAcknowledgeTemplates).toEqual({});
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: m.id } })).autoAcknowledgeTemplates).toBeNull();
  });

  it("new IMAP settings end the back-off: the fetcher tries them at its next round", async () => {
    const m = await make("exchanges@shop.test", { imap: IMAP });
    const retryAt = new Date(Date.now() + 60 * 60_000);
    await db().mailbox.update({ where: { id: m.id }, data: { lastErrorCode: "auth_failed", lastError: "Authentication failed", lastErrorAt: new Date(), failureCount: 4, retryAt } });
    const failing = await call(getMailbox, "GET", `/mailboxes/${m.id}`, { params: { id: m.id } });
    expect(failing.json.status).toMatchObject({ state: "failing", code: "auth_failed", retryAt: retryAt.toISOString() });
    // Renaming the mailbox leaves the back-off alone.
    await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { name: "Exchanges" } });
    expect(await db().mailbox.findUniqueOrThrow({ where: { id: m.id }, select: { retryAt: true, failureCount: true } })).toEqual({ retryAt, failureCount: 4 });
    const fixed = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { imap: { password: "the-right-one" } } });
    expect(fixed.status).toBe(200);
    expect(fixed.json.status).toMatchObject({ state: "failing", code: "auth_failed", retryAt: null });
    expect(await db().mailbox.findUniqueOrThrow({ where: { id: m.id }, select: { retryAt: true, failureCount: true } })).toEqual({ retryAt: null, failureCount: 0 });
  });

  it("PATCH validates the merged settings: adding IMAP needs every field, and a duplicate address is 422", async () => {
    const m = await make("billing@shop.test");
    const partial = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { imap: { host: "imap.shop.test", port: 993 } } });
    expect(partial.status).toBe(422);
    expect(partial.json.error.fields).toHaveProperty(["imap.password"]);
    const partialWithPassword = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, {
      params: { id: m.id },
      body: { imap: { host: "imap.shop.test", port: 993, password: "x" } },
    });
    expect(partialWithPassword.status).toBe(422);
    expect(Object.keys(partialWithPassword.json.error.fields)).toEqual(expect.arrayContaining(["imap.security", "imap.username"]));
    const dup = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { address: "Support@shop.test" } });
    expect(dup.status).toBe(422);
    expect(dup.json.error.fields).toHaveProperty("address");
    const unknown = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { params: { id: m.id }, body: { isDefault: false } });
    expect(unknown.status).toBe(422);
    expect(unknown.json.error.fields).toHaveProperty("isDefault");
  });

  it("one default per workspace: making another the default unsets the old; deleting the default promotes the oldest", async () => {
    const fresh = await makeWorkspace(db());
    const admin = await memberCtx(fresh, await makeMember(db(), fresh, { role: "ADMIN" }));
    const token = (await createApiToken(admin, { name: "t", role: "admin" })).token;
    const mk = async (address: string) => (await call(postMailbox, "POST", "/mailboxes", { token, body: { name: address, address } })).json;
    const first = await mk("one@fresh.test");
    const second = await mk("two@fresh.test");
    const third = await mk("three@fresh.test");
    expect([first.isDefault, second.isDefault, third.isDefault]).toEqual([true, false, false]);
    const defaults = async () => (await db().mailbox.findMany({ where: { workspaceId: fresh.id, isDefault: true } })).map((m) => m.id);

    const made = await call(patchMailbox, "PATCH", `/mailboxes/${third.id}`, { token, params: { id: third.id }, body: { isDefault: true } });
    expect(made.json.isDefault).toBe(true);
    expect(await defaults()).toEqual([third.id]);

    const deleted = await call(deleteMailbox, "DELETE", `/mailboxes/${third.id}`, { token, params: { id: third.id } });
    expect(deleted.status).toBe(200);
    expect(deleted.json).toEqual({ id: third.id, deleted: true, newDefaultId: first.id });
    expect(await defaults()).toEqual([first.id]);
    expect((await call(getMailbox, "GET", `/mailboxes/${third.id}`, { token, params: { id: third.id } })).status).toBe(404);

    const notDefault = await call(deleteMailbox, "DELETE", `/mailboxes/${second.id}`, { token, params: { id: second.id } });
    expect(notDefault.json.newDefaultId).toBeNull();
    expect(await defaults()).toEqual([first.id]);
  });

  it("a new inbound secret replaces the old one, shown once", async () => {
    const m = await make("secret@shop.test");
    const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
    const rotated = await rotateInboundSecret(admin, { mailboxId: m.id });
    expect(rotated.inboundSecret).toMatch(INBOUND_SECRET_PATTERN);
    expect(rotated.inboundSecret).not.toBe(m.inboundSecret);
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: m.id } })).inboundSecretHash).toBe(sha256Hex(rotated.inboundSecret));
    const agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
    expect((await rejection(rotateInboundSecret(agent, { mailboxId: m.id }))).code).toBe("FORBIDDEN");
  });
});

describe("who may", () => {
  it("another workspace's mailbox is 404 for every method, and nothing changes", async () => {
    const theirs = (await call(postMailbox, "POST", "/mailboxes", { token: otherToken, body: { name: "Theirs", address: "theirs@other.test" } })).json;
    const p = { params: { id: theirs.id } };
    expect((await call(getMailbox, "GET", `/mailboxes/${theirs.id}`, p)).status).toBe(404);
    expect((await call(patchMailbox, "PATCH", `/mailboxes/${theirs.id}`, { ...p, body: { name: "Mine now" } })).status).toBe(404);
    expect((await call(patchMailbox, "PATCH", `/mailboxes/${theirs.id}`, { ...p, body: { isDefault: true } })).status).toBe(404);
    expect((await call(deleteMailbox, "DELETE", `/mailboxes/${theirs.id}`, p)).status).toBe(404);
    expect((await call(getMailbox, "GET", "/mailboxes/not-a-uuid", { params: { id: "not-a-uuid" } })).status).toBe(404);
    expect(await db().mailbox.findUniqueOrThrow({ where: { id: theirs.id } })).toMatchObject({ name: "Theirs", isDefault: theirs.isDefault });
    const mine = (await call(listMailboxes, "GET", "/mailboxes")).json.data.map((m: { id: string }) => m.id);
    expect(mine).not.toContain(theirs.id);
  });

  it("an agent token gets 403 on every mailbox endpoint; an admin token passes", async () => {
    const target = (await call(listMailboxes, "GET", "/mailboxes")).json.data[0];
    const asAgent = { token: agentToken };
    const answers = [
      await call(listMailboxes, "GET", "/mailboxes", asAgent),
      await call(postMailbox, "POST", "/mailboxes", { ...asAgent, body: { name: "A", address: "agent-made@shop.test" } }),
      await call(getMailbox, "GET", `/mailboxes/${target.id}`, { ...asAgent, params: { id: target.id } }),
      await call(patchMailbox, "PATCH", `/mailboxes/${target.id}`, { ...asAgent, params: { id: target.id }, body: { name: "Hijacked" } }),
      await call(deleteMailbox, "DELETE", `/mailboxes/${target.id}`, { ...asAgent, params: { id: target.id } }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(403);
      expect(a.json.error.code).toBe("forbidden");
    }
    expect(await db().mailbox.count({ where: { address: "agent-made@shop.test" } })).toBe(0);
    expect((await db().mailbox.findUniqueOrThrow({ where: { id: target.id } })).name).toBe(target.name);
    expect((await call(getMailbox, "GET", `/mailboxes/${target.id}`, { params: { id: target.id } })).status).toBe(200);
  });
});
