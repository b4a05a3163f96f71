// Mail in and out as a shop meets it on the embedded default: a customer's mail forwarded to the
// demo mailbox's forwarding address (the forwarding listener, over SMTP) becomes a ticket in the
// inbox with an automatic acknowledgement; the agent's reply reaches the mail catcher with our
// threading headers; the customer's answer to it lands on the same ticket (mail fetched over IMAP
// and a reply with a file: mail-display.spec.ts).
import { expect, test } from "@playwright/test";
import nodemailer from "nodemailer";
import pg from "pg";
import { en } from "./catalog";
import { CATCHER_WEB, caughtFor } from "./mail-catcher";
import { e2eDatabaseUrl } from "./processes";
import { signIn, waitForHydration } from "./sign-in";

const SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2526);

async function forwardingAddress(): Promise<string> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: string }>(
      `SELECT m."forwardingKey" AS key FROM "Mailbox" m JOIN "Workspace" w ON w.id = m."workspaceId" WHERE w.slug = 'demo' AND m."isDefault"`,
    );
    // The forwarding domain is APP_URL's host (INBOUND_MAIL_DOMAIN unset).
    return `${rows[0]!.key}@localhost`;
  } finally {
    await client.end();
  }
}

function send(to: string, mail: { from: string; subject: string; text: string; messageId: string; inReplyTo?: string }) {
  const transport = nodemailer.createTransport({ host: "127.0.0.1", port: SMTP_PORT, secure: false, ignoreTLS: true });
  return transport
    .sendMail({ envelope: { from: mail.from, to: [to] }, from: mail.from, to: "support@demo.test", subject: mail.subject, text: mail.text, messageId: mail.messageId, ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo, references: [mail.inReplyTo] } : {}) })
    .finally(() => transport.close());
}

test("forwarded mail becomes a ticket, the reply reaches the customer's mailbox, and the answer threads back", async ({ page }) => {
  test.setTimeout(120_000);
  const run = Date.now().toString(36);
  const customer = `maria.${run}@example.gr`;
  const subject = `Αλλαγή μεγέθους ${run}`;
  const firstId = `<first.${run}@example.gr>`;
  const to = await forwardingAddress();
  await send(to, { from: customer, subject, text: "Καλησπέρα, θα ήθελα να αλλάξω το μέγεθος σε 42.", messageId: firstId });

  // The acknowledgement, marked automatic so the customer's autoresponder does not answer it.
  await expect.poll(async () => (await caughtFor(customer)).length, { timeout: 30_000 }).toBe(1);
  const [ack] = await caughtFor(customer);
  expect(ack!.headers["auto-submitted"]).toBe("auto-replied");
  const number = Number(/\[#(\d+)\]/.exec(ack!.subject)?.[1]);
  expect(number).toBeGreaterThan(0);

  await signIn(page, "agent@demo.test");
  await page.goto("/demo/inbox");
  await expect(page.locator("li[data-ticket]", { hasText: subject })).toBeVisible();
  await page.goto(`/demo/tickets/${number}`);
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(subject) })).toBeVisible();

  const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  await waitForHydration(composer.getByRole("textbox"));
  await composer.getByRole("button", { name: en("tickets.ticket.composer.reply"), exact: true }).click();
  const replyText = `Of course, size 42 is on its way ${run}`;
  await composer.getByRole("textbox").fill(replyText);
  await composer.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
  await expect(page.locator('li[data-kind="reply"]', { hasText: replyText })).toBeVisible();

  await expect.poll(async () => (await caughtFor(customer)).length, { timeout: 30_000 }).toBe(2);
  const reply = (await caughtFor(customer)).find((m) => m.id !== ack!.id)!;
  expect(reply.subject).toBe(`Re: ${subject} [#${number}]`);
  expect(reply.headers["in-reply-to"]).toBe(firstId);
  expect(reply.headers["message-id"]).toMatch(/^<t-[a-z2-7]+\.[a-z2-7]+@demo\.test>$/);
  expect(reply.headers["auto-submitted"]).toBeUndefined();
  // The reply token in Reply-To, as the raw message has it.
  const source = await (await fetch(`${CATCHER_WEB}/api/email/${reply.id}/source`)).text();
  expect(source).toMatch(/^Reply-To: support\+t-[a-z2-7]+@demo\.test$/m);
  await page.reload();
  await expect(page.locator('li[data-kind="reply"]', { hasText: replyText }).getByText(en("tickets.ticket.delivery.SENT"))).toBeVisible();

  // The customer answers from a phone that drops the subject: References bring it home.
  const answer = `Thank you! ${run}`;
  await send(to, { from: customer, subject: "Re:", text: answer, messageId: `<answer.${run}@example.gr>`, inReplyTo: reply.headers["message-id"] });
  await expect(page.locator("li", { hasText: answer }).first()).toBeVisible({ timeout: 30_000 });
});

test("mail from a blocked domain waits under Suspended mail until an agent recovers it", async ({ page }) => {
  test.setTimeout(90_000);
  const run = Date.now().toString(36);
  const domain = `blocked-${run}.example`;
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query(`UPDATE "Workspace" SET "blockedSenders" = array_append("blockedSenders", $1) WHERE slug = 'demo'`, [domain]);
  } finally {
    await client.end();
  }
  const subject = `Suspicious offer ${run}`;
  await send(await forwardingAddress(), { from: `deals@${domain}`, subject, text: "Buy now.", messageId: `<offer.${run}@${domain}>` });

  await signIn(page, "agent@demo.test");
  await page.goto("/demo/inbox");
  const notice = page.getByRole("status").filter({ hasText: en("inbox.suspended.review") });
  await expect(async () => {
    await page.reload();
    await expect(notice).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(page.locator("li[data-ticket]", { hasText: subject })).toHaveCount(0);
  await notice.getByRole("link", { name: en("inbox.suspended.review") }).click();
  await expect(page.getByRole("heading", { level: 1, name: en("inbox.suspended.title") })).toBeVisible();
  const item = page.getByRole("listitem", { name: subject });
  await expect(item).toContainText(`deals@${domain}`);
  await item.getByRole("button", { name: `${en("inbox.suspended.recover")}: ${subject}` }).click();
  await expect(page.getByRole("listitem", { name: subject })).toHaveCount(0);
  // The worker makes it a ticket within a second or so of the recovery; a change that falls between
  // the inbox's render and its live stream's opening shows only with the next change or a reload.
  await expect(async () => {
    await page.goto("/demo/inbox");
    await expect(page.locator("li[data-ticket]", { hasText: subject })).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
});
