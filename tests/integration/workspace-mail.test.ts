// The outbox of workspace mail that is no ticket message (portal sign-in links), against real
// PostgreSQL and a real SMTP listener: sent through the workspace's default mailbox and deleted;
// a 4xx answer retried with back-off; a 5xx answer, or no mailbox to send with, FAILED at once
// with the reason and the sealed content dropped. The clock is passed to the sender.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db, disconnectDb } from "@/server/db";
import { makeMember, makeWorkspace } from "@/server/demo/factories";
import { RETRY_DELAYS_MINUTES } from "@/server/mail/outgoing-mail";
import { sendQueuedWorkspaceMail } from "@/server/mail/send-workspace-mail";
import { queueWorkspaceMail } from "@/server/mail/workspace-mail";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { closePgPool } from "@/server/pg-pool";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, silentLog } from "../helpers/context";
import { startSmtpCatcher, type SmtpCatcher } from "../helpers/smtp-catcher";

let smtp: SmtpCatcher;
let ws: CreatedWorkspace;
const ADDRESS = `shop-${randomBytes(4).toString("hex")}@shop.example`;

async function queue(workspace: { id: string }, to: string, now = new Date()) {
  await queueWorkspaceMail(db(), { workspaceId: workspace.id, kind: "PORTAL_LINK", to, locale: "en", content: { subject: "Your link", text: `Secret https://x.example/${to}` }, now });
  return db().outboundMail.findFirstOrThrow({ where: { workspaceId: workspace.id, toAddress: to }, orderBy: { createdAt: "desc" } });
}

beforeAll(async () => {
  smtp = await startSmtpCatcher();
  ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  await createMailbox(admin, { name: "Shop", address: ADDRESS, smtp: { host: "127.0.0.1", port: smtp.port, security: "none", username: smtp.username, password: smtp.password } });
});

afterAll(async () => {
  await smtp?.stop();
  await closePgPool();
  await disconnectDb();
});

describe("workspace mail", () => {
  it("goes out through the default mailbox, then leaves nothing behind", async () => {
    const to = `a-${randomBytes(3).toString("hex")}@example.com`;
    const row = await queue(ws, to);
    expect(row.contentEnc).not.toContain("Secret");
    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id })).toEqual({ sent: 1, retrying: 0, failed: 0 });
    const caught = smtp.received.filter((r) => r.envelope.to.includes(to));
    expect(caught).toHaveLength(1);
    expect(caught[0]!.envelope.from).toBe(ADDRESS);
    expect(caught[0]!.mail.subject).toBe("Your link");
    expect(caught[0]!.mail.text?.trim()).toBe(`Secret https://x.example/${to}`);
    expect(await db().outboundMail.count({ where: { id: row.id } })).toBe(0);
  });

  it("is retried after a 4xx answer and fails at once on a 5xx one, dropping its content", async () => {
    const now = new Date();
    const to = `b-${randomBytes(3).toString("hex")}@example.com`;
    const row = await queue(ws, to, now);
    smtp.failNext.push(451);
    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id, now })).toMatchObject({ retrying: 1 });
    const retrying = await db().outboundMail.findUniqueOrThrow({ where: { id: row.id } });
    expect(retrying).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(retrying.nextAttemptAt.getTime()).toBe(now.getTime() + RETRY_DELAYS_MINUTES[0] * 60_000);
    // Not due yet: nothing is sent.
    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id, now })).toEqual({ sent: 0, retrying: 0, failed: 0 });

    smtp.failNext.push(550);
    const later = new Date(retrying.nextAttemptAt.getTime() + 1000);
    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: ws.id, now: later })).toMatchObject({ failed: 1 });
    const failed = await db().outboundMail.findUniqueOrThrow({ where: { id: row.id } });
    expect(failed).toMatchObject({ status: "FAILED", attempts: 2, contentEnc: null });
    expect(failed.lastError).toMatch(/550|Recipient address rejected/);
  });

  it("fails with the reason when the workspace has no mailbox", async () => {
    const bare = await makeWorkspace(db());
    const row = await queue(bare, "c@example.com");
    expect(await sendQueuedWorkspaceMail(db(), silentLog, { workspaceId: bare.id })).toMatchObject({ failed: 1 });
    expect(await db().outboundMail.findUniqueOrThrow({ where: { id: row.id } })).toMatchObject({
      status: "FAILED",
      contentEnc: null,
      lastError: "No mailbox to send from: add a mailbox with an SMTP server, or make one the default.",
    });
  });
});
