// Mail from an IMAP mailbox as the agent meets it: an admin connects a mailbox on a real Dovecot
// (through the API), an HTML mail with a remote image and an attachment is appended there, and the
// worker fetches it at once (the new mailbox wakes its supervisor). The agent sees it in a
// sandboxed frame, remote images held back until "Show images", the attachment linked to its
// download route; then replies with a file, and the reply with the file reaches the mail catcher.
import { randomBytes } from "node:crypto";
import { expect, test } from "@playwright/test";
import { appendMail, dovecotUnavailable, startDovecot } from "../tests/helpers/dovecot";
import { en } from "./catalog";
import { caughtFor } from "./mail-catcher";
import { shopdesk } from "./processes";
import { signIn, waitForHydration } from "./sign-in";

test("mail appended to a Dovecot mailbox is shown sandboxed with Show images and its attachment; a reply with a file arrives", async ({ page, request }) => {
  test.setTimeout(90_000);
  // npm test installs dovecot-imapd (scripts/ensure-deps.mjs); without it this fails, saying why.
  const missing = dovecotUnavailable();
  if (missing) throw new Error(missing);
  const run = Date.now().toString(36);
  const user = { user: `shop-${run}@imap.test`, password: randomBytes(9).toString("hex") };
  const dovecot = await startDovecot([user]);
  const token = (await shopdesk("token:create", "--workspace", "demo", "--name", `mail-display-${run}`, "--role", "admin")).trimEnd().split("\n").at(-1)!;
  const auth = { authorization: `Bearer ${token}` };
  const address = `orders-${run}@demo.test`;
  const created = await request.post("/api/v1/mailboxes", {
    headers: auth,
    data: { name: `Orders ${run}`, address, imap: { host: dovecot.host, port: dovecot.port, security: "none", username: user.user, password: user.password } },
  });
  expect(created.status()).toBe(201);
  const mailboxId = ((await created.json()) as { id: string }).id;
  try {
    const customer = `ana.display.${run}@example.com`;
    const subject = `Damaged parcel ${run}`;
    const raw = [
      `From: Ana Customer <${customer}>`,
      `To: ${address}`,
      `Subject: ${subject}`,
      `Message-ID: <display.${run}@example.com>`,
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b1"',
      "",
      "--b1",
      "Content-Type: text/html; charset=utf-8",
      "",
      `<p>The box arrived crushed ${run}.</p><img alt="tracker" src="https://images.example/p.png">`,
      "--b1",
      'Content-Type: application/pdf; name="receipt.pdf"',
      'Content-Disposition: attachment; filename="receipt.pdf"',
      "",
      "%PDF-1.4 receipt",
      "--b1--",
      "",
    ].join("\r\n");
    await appendMail(dovecot, user, "INBOX", raw);

    // Fetched and made a ticket without waiting for the supervisor's minute.
    let number = 0;
    await expect
      .poll(
        async () => {
          const list = (await (await request.get(`/api/v1/tickets?q=${encodeURIComponent(run)}`, { headers: auth })).json()) as { data: { number: number; subject: string }[] };
          number = list.data.find((t) => t.subject === subject)?.number ?? 0;
          return number;
        },
        { timeout: 30_000 },
      )
      .toBeGreaterThan(0);
    const messages = (await (await request.get(`/api/v1/tickets/${number}/messages`, { headers: auth })).json()) as { data: { attachments: { id: string }[] }[] };
    const attachmentId = messages.data[0]!.attachments[0]!.id;

    await signIn(page, "agent@demo.test");
    await page.goto(`/demo/tickets/${number}`);
    const frame = page.locator("iframe[data-mail-frame]");
    await expect(frame).toHaveAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox");
    await expect(frame).toHaveAttribute("srcdoc", /data-remote-src="https:\/\/images\.example\/p\.png"/);
    await expect(page.frameLocator("iframe[data-mail-frame]").getByText(`The box arrived crushed ${run}.`)).toBeVisible();

    const showImages = page.getByRole("button", { name: en("tickets.ticket.mail.showImages") });
    await waitForHydration(showImages);
    await showImages.click();
    await expect(frame).toHaveAttribute("srcdoc", /<img alt="tracker" src="https:\/\/images\.example\/p\.png"/);
    await expect(showImages).toHaveCount(0);
    await expect(page.locator("a[data-attachment]", { hasText: "receipt.pdf" })).toHaveAttribute("href", `/demo/attachments/${attachmentId}`);

    // The reply, with a file, from the mailbox the mail came to.
    const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
    await waitForHydration(composer.getByRole("textbox"));
    const label = Buffer.from(`%PDF-1.4 return label ${run}`);
    await composer.getByLabel(en("tickets.ticket.composer.files.attach")).setInputFiles({ name: "Ετικέτα επιστροφής.pdf", mimeType: "application/pdf", buffer: label });
    await expect(composer.getByRole("list", { name: en("tickets.ticket.composer.files.chosen") })).toContainText("Ετικέτα επιστροφής.pdf");
    await composer.getByRole("textbox").fill(`Sorry about that, here is a return label ${run}`);
    await composer.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
    await expect(page.locator('li[data-kind="reply"]', { hasText: `here is a return label ${run}` }).locator("[data-attachment]")).toContainText("Ετικέτα επιστροφής.pdf");

    await expect.poll(async () => (await caughtFor(customer)).length, { timeout: 30_000 }).toBe(1);
    const [reply] = await caughtFor(customer);
    expect(reply!.subject).toBe(`Re: ${subject} [#${number}]`);
    expect(reply!.from.map((f) => f.address)).toEqual([address]);
    expect(reply!.headers["in-reply-to"]).toBe(`<display.${run}@example.com>`);
    expect(reply!.attachments?.map((a) => [a.filename, a.contentType, a.size])).toEqual([["Ετικέτα επιστροφής.pdf", "application/pdf", label.length]]);
  } finally {
    // A mailbox left on a stopped server would be named failing on every inbox of later tests.
    await request.delete(`/api/v1/mailboxes/${mailboxId}`, { headers: auth });
    await dovecot.stop();
  }
});
