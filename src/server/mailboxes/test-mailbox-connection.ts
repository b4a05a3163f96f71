// "Test connection": logs in to the mailbox's IMAP server and opens its folder, and logs in to
// its SMTP server (nodemailer's verify), each bounded in time. A failure is a closed code plus
// the server's words; nothing is fetched, sent or changed.
import nodemailer from "nodemailer";
import { requireRole, type Ctx } from "@/server/context";
import { keyring, openSecret } from "@/server/mail/secret-box";
import { parseInput } from "@/server/validate";
import { connectionFailureCode, connectionFailureMessage, type ConnectionFailureCode } from "./connection-failure";
import { imapClient } from "./imap-client";
import { MailboxIdInput } from "./mailbox.schemas";
import { getMailboxRow, type MailboxRow } from "./mailbox.queries";

export type ConnectionCheck = { ok: true } | { ok: false; code: ConnectionFailureCode; message: string };
/** null: the mailbox has no settings for that server. */
export type ConnectionTestResult = { imap: ConnectionCheck | null; smtp: ConnectionCheck | null };

const TIMEOUT_MS = 15_000;

function failed(e: unknown): ConnectionCheck {
  return { ok: false, code: connectionFailureCode(e), message: connectionFailureMessage(e) };
}

async function checkImap(m: MailboxRow, password: string): Promise<ConnectionCheck> {
  const client = imapClient(m, password, { connectMs: TIMEOUT_MS, socketMs: TIMEOUT_MS });
  try {
    await client.connect();
  } catch (e) {
    return failed(e);
  }
  try {
    await client.status(m.imapFolder, { messages: true });
    return { ok: true };
  } catch (e) {
    return { ok: false, code: "folder_missing", message: connectionFailureMessage(e) };
  } finally {
    await client.logout().catch(() => client.close());
  }
}

async function checkSmtp(m: MailboxRow, password: string | null): Promise<ConnectionCheck> {
  const transport = nodemailer.createTransport({
    host: m.smtpHost!,
    port: m.smtpPort!,
    secure: m.smtpSecurity === "TLS",
    requireTLS: m.smtpSecurity === "STARTTLS",
    ignoreTLS: m.smtpSecurity === "NONE",
    ...(m.smtpUsername ? { auth: { user: m.smtpUsername, pass: password ?? "" } } : {}),
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    await transport.verify();
    return { ok: true };
  } catch (e) {
    return failed(e);
  } finally {
    transport.close();
  }
}

export async function testMailboxConnection(ctx: Ctx, raw: MailboxIdInput): Promise<ConnectionTestResult> {
  requireRole(ctx, "ADMIN");
  const { mailboxId } = parseInput(MailboxIdInput, raw);
  const m = await getMailboxRow(ctx, mailboxId);
  const ring = await keyring();
  const hasImap = m.imapHost !== null && m.imapPort !== null && m.imapUsername !== null && m.imapPasswordEnc !== null;
  const hasSmtp = m.smtpHost !== null && m.smtpPort !== null;
  const [imap, smtp] = await Promise.all([
    hasImap ? checkImap(m, openSecret(m.imapPasswordEnc!, ring)) : null,
    hasSmtp ? checkSmtp(m, m.smtpPasswordEnc ? openSecret(m.smtpPasswordEnc, ring) : null) : null,
  ]);
  ctx.log.info(
    { workspaceId: ctx.workspace.id, mailboxId, imap: imap ? (imap.ok ? "ok" : imap.code) : null, smtp: smtp ? (smtp.ok ? "ok" : smtp.code) : null },
    "mailbox connection tested",
  );
  return { imap, smtp };
}
