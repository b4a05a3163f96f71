// An HTML mail with a remote image and an attachment, posted as raw MIME through the API, as the
// agent sees it: in a sandboxed frame, remote images held back until "Show images", and the
// attachment linked to its download route.
import { expect, test } from "@playwright/test";
import { en } from "./catalog";
import { shopdesk } from "./processes";
import { signIn, waitForHydration } from "./sign-in";

test("an HTML mail is shown sandboxed, with Show images and its attachment", async ({ page, request }) => {
  const run = Date.now().toString(36);
  const token = (await shopdesk("token:create", "--workspace", "demo", "--name", `mail-display-${run}`, "--role", "admin")).trimEnd().split("\n").at(-1)!;
  const auth = { authorization: `Bearer ${token}` };
  const mailboxes = (await (await request.get("/api/v1/mailboxes", { headers: auth })).json()) as { data: { id: string }[] };
  const subject = `Damaged parcel ${run}`;
  const raw = [
    "From: Ana Customer <ana.display@example.com>",
    "To: support@demo.test",
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
  const posted = await request.post(`/api/v1/mailboxes/${mailboxes.data[0]!.id}/inbound`, { headers: { ...auth, "content-type": "message/rfc822" }, data: Buffer.from(raw) });
  const { id } = (await posted.json()) as { id: string };
  let number = 0;
  await expect
    .poll(async () => {
      number = ((await (await request.get(`/api/v1/inbound/${id}`, { headers: auth })).json()) as { ticketNumber: number | null }).ticketNumber ?? 0;
      return number;
    })
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
});
