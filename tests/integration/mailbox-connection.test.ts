// "Test connection" against a real Dovecot started by the test and an in-process SMTP server
// (smtp-server) that requires a login: success, and each failure as its closed code.
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATCH as patchMailbox } from "@/app/api/v1/mailboxes/[id]/route";
import { POST as testMailbox } from "@/app/api/v1/mailboxes/[id]/test/route";
import { POST as postMailbox } from "@/app/api/v1/mailboxes/route";
import type { ApiRouteHandler } from "@/server/api/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import { memberCtx } from "../helpers/context";
import { dovecotUnavailable, startDovecot, type Dovecot } from "../helpers/dovecot";
import { freePort } from "../helpers/infra";

async function call(handler: ApiRouteHandler, method: string, path: string, opts: { body?: unknown; id?: string; token?: string } = {}) {
  const headers: Record<string, string> = { authorization: `Bearer ${opts.token ?? adminToken}` };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(
    new Request(`http://localhost/api/v1${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
    { params: Promise.resolve(opts.id ? { id: opts.id } : {}) },
  );
  const raw = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, raw, json: JSON.parse(raw) as any };
}

const USER = "support@shop.test";
const IMAP_PASSWORD = "imap-pass-1";
const SMTP_PASSWORD = "smtp-pass-2";

let dovecot: Dovecot;
let smtp: SMTPServer;
let smtpPort: number;
let adminToken: string;
let agentToken: string;

beforeAll(async () => {
  // npm test installs dovecot-imapd (scripts/ensure-deps.mjs); without it this fails, saying why.
  const missing = dovecotUnavailable();
  if (missing) throw new Error(missing);
  dovecot = await startDovecot([{ user: USER, password: IMAP_PASSWORD, folders: ["Archive"] }]);
  smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: false,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    onAuth(auth, _session, cb) {
      if (auth.username === USER && auth.password === SMTP_PASSWORD) cb(null, { user: auth.username });
      else cb(new Error("Invalid username or password"));
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  const ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  adminToken = (await createApiToken(admin, { name: "admin", role: "admin" })).token;
  agentToken = (await createApiToken(admin, { name: "agent" })).token;
});

afterAll(async () => {
  await dovecot?.stop();
  if (smtp) await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await closePgPool();
  await disconnectDb();
});

describe("test connection", () => {
  const imap = () => ({ host: dovecot.host, port: dovecot.port, security: "none", username: USER, password: IMAP_PASSWORD });
  const smtpSettings = () => ({ host: "127.0.0.1", port: smtpPort, security: "none", username: USER, password: SMTP_PASSWORD });

  it("logs in to IMAP (and opens the folder) and to SMTP", { timeout: 60_000 }, async () => {
    const m = (await call(postMailbox, "POST", "/mailboxes", { body: { name: "Support", address: USER, imap: imap(), smtp: smtpSettings() } })).json;
    const r = await call(testMailbox, "POST", `/mailboxes/${m.id}/test`, { id: m.id });
    expect(r.status).toBe(200);
    expect(r.json).toEqual({ imap: { ok: true }, smtp: { ok: true } });
    const archive = await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { id: m.id, body: { imap: { folder: "Archive" } } });
    expect(archive.status).toBe(200);
    expect((await call(testMailbox, "POST", `/mailboxes/${m.id}/test`, { id: m.id })).json.imap).toEqual({ ok: true });
  });

  it("names each failure: wrong password, missing folder, refused, unknown host, TLS", { timeout: 120_000 }, async () => {
    const m = (await call(postMailbox, "POST", "/mailboxes", { body: { name: "Broken", address: "broken@shop.test", imap: imap(), smtp: smtpSettings() } })).json;
    const check = async (body: unknown) => {
      expect((await call(patchMailbox, "PATCH", `/mailboxes/${m.id}`, { id: m.id, body })).status).toBe(200);
      const r = await call(testMailbox, "POST", `/mailboxes/${m.id}/test`, { id: m.id });
      expect(r.status).toBe(200);
      for (const secret of [IMAP_PASSWORD, SMTP_PASSWORD, "wrong-imap", "wrong-smtp"]) expect(r.raw).not.toContain(secret);
      return r.json;
    };
    const wrong = await check({ imap: { password: "wrong-imap" }, smtp: { password: "wrong-smtp" } });
    expect(wrong.imap).toMatchObject({ ok: false, code: "auth_failed", message: expect.any(String) });
    expect(wrong.smtp).toMatchObject({ ok: false, code: "auth_failed" });

    const folder = await check({ imap: { password: IMAP_PASSWORD, folder: "No-Such-Folder" }, smtp: { password: SMTP_PASSWORD } });
    expect(folder).toMatchObject({ imap: { ok: false, code: "folder_missing" }, smtp: { ok: true } });

    const closed = await freePort();
    const refused = await check({ imap: { folder: "INBOX", port: closed }, smtp: { port: closed } });
    expect(refused).toMatchObject({ imap: { ok: false, code: "connection_refused" }, smtp: { ok: false, code: "connection_refused" } });

    const unknown = await check({ imap: { host: "no-such-host.invalid", port: dovecot.port }, smtp: null });
    expect(unknown).toMatchObject({ imap: { ok: false, code: "host_not_found" }, smtp: null });

    // Implicit TLS against a plain-text server fails in the handshake.
    const tls = await check({ imap: { host: dovecot.host, security: "tls" } });
    expect(tls.imap).toMatchObject({ ok: false, code: "tls_failed" });
  });

  it("a mailbox without settings has nothing to test; an agent token gets 403", async () => {
    const m = (await call(postMailbox, "POST", "/mailboxes", { body: { name: "Forward only", address: "forward@shop.test" } })).json;
    expect((await call(testMailbox, "POST", `/mailboxes/${m.id}/test`, { id: m.id })).json).toEqual({ imap: null, smtp: null });
    expect((await call(testMailbox, "POST", `/mailboxes/${m.id}/test`, { id: m.id, token: agentToken })).status).toBe(403);
  });
});
