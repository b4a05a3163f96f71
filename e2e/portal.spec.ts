// The customer portal as a customer meets it: an agent opens a request for a new customer; the
// customer asks for a sign-in link, takes it from the mail (the launcher's mail catcher), signs in
// with the link page's button, finds the request, replies with a file and closes it; the same
// pages in Arabic read right to left; and no serious or critical accessibility problem (axe) on
// the sign-in form, the list and the request, in English and Arabic.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en, message } from "./catalog";
import { CATCHER_WEB } from "./mail-catcher";
import { createTicket, unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** The sign-in link of the newest mail the catcher holds for `address`. */
async function linkFor(address: string): Promise<string> {
  let link = "";
  await expect
    .poll(
      async () => {
        const all = (await (await fetch(`${CATCHER_WEB}/api/email`)).json()) as Array<{ to: { address: string }[]; text?: string }>;
        const mine = all.filter((m) => m.to.some((t) => t.address === address));
        link = /https?:\/\/\S+\/sign-in\/[A-Za-z0-9_-]{43}/.exec(mine.at(-1)?.text ?? "")?.[0] ?? "";
        return link;
      },
      { message: `a sign-in link mailed to ${address}`, timeout: 30_000 },
    )
    .not.toBe("");
  return link;
}

test("a customer signs in by a mailed link, replies with a file and closes their request, in English and Arabic", async ({ browser, page }) => {
  const id = unique();
  const email = `portal-${id}@example.com`;
  const subject = `Portal parcel ${id}`;
  await signIn(page, "agent@demo.test");
  const number = await createTicket(page, { subject, message: "My parcel has not arrived.", newCustomer: { email, name: "Pat Portal" } });

  const context = await browser.newContext({ locale: "en-GB", extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
  const customer = await context.newPage();
  try {
    await customer.goto("/demo/portal");
    await expect(customer).toHaveURL(/\/demo\/portal\/en$/);
    await expect(customer.getByRole("heading", { level: 1 })).toHaveText(en("portal.signIn.heading"));
    expect(await seriousViolations(customer)).toEqual([]);

    const field = customer.getByRole("textbox", { name: en("portal.signIn.emailLabel") });
    await waitForHydration(field);
    await field.fill(email);
    await customer.getByRole("button", { name: en("portal.signIn.submit") }).click();
    await expect(customer.getByRole("status").filter({ hasText: email })).toBeVisible();

    // Opening the link signs nobody in (mail scanners open links): its button does.
    const link = new URL(await linkFor(email));
    expect(link.pathname).toMatch(/^\/demo\/portal\/en\/sign-in\//);
    await customer.goto(link.pathname);
    await customer.getByRole("button", { name: en("portal.link.submit") }).click();
    await expect(customer).toHaveURL(/\/demo\/portal\/en$/);
    const request = customer.getByRole("listitem").filter({ hasText: subject });
    await expect(request).toContainText(en("portal.status.OPEN"));
    expect(await seriousViolations(customer)).toEqual([]);

    await request.getByRole("link", { name: subject }).click();
    await expect(customer).toHaveURL(new RegExp(`/demo/portal/en/tickets/${number}$`));
    await expect(customer.getByRole("heading", { level: 1 })).toHaveText(subject);
    await expect(customer.getByText("My parcel has not arrived.")).toBeVisible();
    expect(await seriousViolations(customer)).toEqual([]);

    const reply = customer.getByRole("textbox", { name: en("portal.reply.label") });
    await waitForHydration(reply);
    await reply.fill("Still nothing, here is my receipt.");
    await customer.getByLabel(en("portal.reply.files")).setInputFiles({ name: "receipt.txt", mimeType: "text/plain", buffer: Buffer.from("Receipt 42") });
    await customer.getByRole("button", { name: en("portal.reply.send") }).click();
    await expect(customer.getByText(en("portal.reply.sent"))).toBeVisible();
    await expect(customer.getByText("Still nothing, here is my receipt.")).toBeVisible();
    await expect(customer.getByRole("link", { name: /receipt\.txt/ })).toBeVisible();
    // A reply without a file carries none (the browser's empty file entry is no attachment).
    await reply.fill("One more thing.");
    await customer.getByRole("button", { name: en("portal.reply.send") }).click();
    await expect(customer.getByText("One more thing.")).toBeVisible();
    await expect(customer.getByRole("article").filter({ hasText: "One more thing." }).getByRole("link")).toHaveCount(0);
    await expect(customer.getByRole("link", { name: /\.txt|undefined/ })).toHaveCount(1);

    await customer.getByRole("button", { name: en("portal.close.submit") }).click();
    await expect(customer.getByText(en("portal.close.done"))).toBeVisible();
    await expect(customer.getByText(en("portal.status.CLOSED")).first()).toBeVisible();

    // The same session, the portal in Arabic: right to left, statuses in Arabic.
    await customer.goto("/demo/portal/ar");
    await expect(customer.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(customer.getByRole("listitem").filter({ hasText: subject })).toContainText(message("ar", "portal.status.CLOSED"));
    expect(await seriousViolations(customer)).toEqual([]);
    await customer.goto(`/demo/portal/ar/tickets/${number}`);
    await expect(customer.getByRole("heading", { level: 1 })).toHaveText(subject);
    expect(await seriousViolations(customer)).toEqual([]);

    // Demo ticket #1 is another customer's: not found, as a number that does not exist.
    expect((await customer.goto("/demo/portal/ar/tickets/1"))?.status()).toBe(404);
    expect((await customer.goto("/demo/portal/ar/tickets/999999"))?.status()).toBe(404);
    await customer.goto(`/demo/portal/ar/tickets/${number}`);

    // Signed out, the Arabic sign-in form.
    await customer.getByRole("button", { name: message("ar", "portal.nav.signOut") }).click();
    await expect(customer.getByRole("heading", { level: 1 })).toHaveText(message("ar", "portal.signIn.heading"));
    expect(await seriousViolations(customer)).toEqual([]);
    // Signed out, a request's page leads to the sign-in form.
    await customer.goto(`/demo/portal/ar/tickets/${number}`);
    await expect(customer).toHaveURL(/\/demo\/portal\/ar$/);
  } finally {
    await context.close();
  }
});

test("a made-up link does not sign in, and an unknown language or shop is a 404", async ({ page }) => {
  await page.goto(`/demo/portal/en/sign-in/${"A".repeat(43)}`);
  await page.getByRole("button", { name: en("portal.link.submit") }).click();
  await expect(page.getByText(en("portal.link.invalid"))).toBeVisible();
  for (const path of ["/demo/portal/xx", "/no-such-shop/portal/en"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

test("the portal's forms work without JavaScript: a link asked for, signing in with it, a reply", async ({ browser, page }) => {
  const id = unique();
  const email = `nojs-${id}@example.com`;
  const subject = `No script ${id}`;
  await signIn(page, "agent@demo.test");
  const number = await createTicket(page, { subject, message: "Written before any script.", newCustomer: { email } });

  const context = await browser.newContext({ javaScriptEnabled: false });
  const customer = await context.newPage();
  try {
    await customer.goto("/demo/portal/en");
    await customer.getByRole("textbox", { name: en("portal.signIn.emailLabel") }).fill(email);
    await customer.getByRole("button", { name: en("portal.signIn.submit") }).click();
    await expect(customer.getByRole("status").filter({ hasText: email })).toBeVisible();

    await customer.goto(new URL(await linkFor(email)).pathname);
    await customer.getByRole("button", { name: en("portal.link.submit") }).click();
    await expect(customer).toHaveURL(/\/demo\/portal\/en$/);
    await customer.getByRole("link", { name: subject }).click();
    await expect(customer).toHaveURL(new RegExp(`/demo/portal/en/tickets/${number}$`));
    await customer.getByRole("textbox", { name: en("portal.reply.label") }).fill("Sent without a script.");
    await customer.getByRole("button", { name: en("portal.reply.send") }).click();
    await expect(customer.getByText("Sent without a script.")).toBeVisible();
  } finally {
    await context.close();
  }
});
