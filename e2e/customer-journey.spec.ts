// The customer's whole way through Shopdesk in Arabic, right to left: the contact form suggests an
// article, they send it anyway; the acknowledgement's link takes them to the portal, where a link
// mailed to them signs them in; they reply to their request; and the agent who has the ticket open
// sees that reply arrive live, without reloading.
import { expect, test, type Page } from "@playwright/test";
import { message } from "./catalog";
import { CATCHER_WEB, caughtFor } from "./mail-catcher";
import { signIn, waitForHydration } from "./sign-in";

const ar = (id: string) => message("ar", id);

/** The text of the newest mail to `address` whose text matches `pattern`, once it arrives. */
async function mailText(address: string, pattern: RegExp): Promise<string> {
  let text = "";
  await expect
    .poll(
      async () => {
        for (const mail of (await caughtFor(address)).reverse()) {
          const body = (await (await fetch(`${CATCHER_WEB}/api/email/${mail.id}`)).json()) as { text?: string };
          if (pattern.test(body.text ?? "")) return (text = body.text!);
        }
        return "";
      },
      { message: `a mail to ${address} matching ${pattern}`, timeout: 30_000 },
    )
    .not.toBe("");
  return text;
}

async function openLive(page: Page, url: string): Promise<void> {
  const stream = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/live/demo" && r.status() === 200, { timeout: 30_000 });
  await page.goto(url);
  await stream;
  await page.evaluate(() => Object.assign(window, { __journeyMark: "same-document" }));
}

test("an Arabic customer writes through the contact form, follows the acknowledgement to the portal and replies; the agent sees it live", async ({ browser, page: agent }) => {
  const email = `journey-${Date.now()}@example.sa`;
  const context = await browser.newContext({ locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar" } });
  const customer = await context.newPage();
  try {
    // 1. The contact form, right to left, with a suggested article; sent anyway.
    await customer.goto("/demo/contact");
    await expect(customer.locator("html")).toHaveAttribute("dir", "rtl");
    await waitForHydration(customer.getByLabel(ar("contact.fields.subject")));
    await customer.getByLabel(ar("contact.fields.name")).fill("سارة علي");
    await customer.getByLabel(ar("contact.fields.email")).fill(email);
    await customer.getByLabel(ar("contact.fields.area")).selectOption("returns");
    await customer.getByLabel(ar("contact.fields.subject")).fill("استرداد ثمن حذاء");
    await customer.getByLabel(ar("contact.fields.message")).fill("أريد ارجاع الحذاء واسترداد المبلغ، كيف أفعل ذلك؟");
    await expect(customer.getByRole("region", { name: ar("contact.suggestionsTitle") }).getByRole("link").first()).toBeVisible();
    await customer.waitForTimeout(3_200);
    await customer.getByRole("button", { name: ar("contact.send") }).click();
    await expect(customer.getByRole("heading", { name: ar("contact.sent.title") })).toBeVisible();
    const number = /#(\d+)/.exec(await customer.getByText(/رقم طلبك هو/).innerText())![1]!;

    // 2. The acknowledgement's portal link, then a sign-in link by mail.
    const acknowledgement = await mailText(email, new RegExp(`#${number}`));
    const portal = new URL(/https?:\/\/\S+\/demo\/portal\/ar/.exec(acknowledgement)![0]);
    await customer.goto(portal.pathname);
    const field = customer.getByRole("textbox", { name: ar("portal.signIn.emailLabel") });
    await waitForHydration(field);
    await field.fill(email);
    await customer.getByRole("button", { name: ar("portal.signIn.submit") }).click();
    const link = new URL(/https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{43}/.exec(await mailText(email, /\/sign-in\//))![0]);
    await customer.goto(link.pathname);
    await customer.getByRole("button", { name: ar("portal.link.submit") }).click();
    await expect(customer.getByRole("heading", { level: 1 })).toHaveText(ar("portal.list.heading"));

    // 3. The agent has the ticket open before the customer replies.
    await signIn(agent, "agent@demo.test");
    await openLive(agent, `/demo/tickets/${number}`);
    await expect(agent.getByText("أريد ارجاع الحذاء واسترداد المبلغ، كيف أفعل ذلك؟")).toBeVisible();

    await customer.getByRole("link", { name: "استرداد ثمن حذاء" }).click();
    await expect(customer).toHaveURL(new RegExp(`/demo/portal/ar/tickets/${number}$`));
    const reply = customer.getByRole("textbox", { name: ar("portal.reply.label") });
    await waitForHydration(reply);
    await reply.fill("المقاس 38، رقم الطلب في الرسالة السابقة.");
    await customer.getByRole("button", { name: ar("portal.reply.send") }).click();
    await expect(customer.getByText(ar("portal.reply.sent"))).toBeVisible();

    // 4. Live, in the same document.
    await expect(agent.getByText("المقاس 38، رقم الطلب في الرسالة السابقة.")).toBeVisible({ timeout: 15_000 });
    expect(await agent.evaluate(() => (window as unknown as { __journeyMark?: string }).__journeyMark)).toBe("same-document");
  } finally {
    await context.close();
  }
});
