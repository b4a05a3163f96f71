// The contact form as a shop's customer meets it, without an account: in Arabic right to left it
// suggests an article while they write, they send it anyway and get the acknowledgement with the
// ticket number and a portal link by mail; without JavaScript, errors come back in Greek beside
// their fields with the text kept; the form may be framed only by the shop's listed sites; and no
// serious accessibility problem with errors shown, in English and Arabic.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { caughtFor, CATCHER_WEB } from "./mail-catcher";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** The form refuses what is sent faster than a person types (MIN_FILL_MS, 3 s) after it was shown. */
const PERSON_PAUSE_MS = 3_200;

test("an Arabic customer sees a suggested article, sends the form anyway and gets the acknowledgement by mail", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ar", extraHTTPHeaders: { "Accept-Language": "ar-SA,ar;q=0.9" } });
  const page = await context.newPage();
  const email = `layla-${Date.now()}@example.sa`;
  try {
    await page.goto("/demo/contact");
    await expect(page).toHaveURL(/\/demo\/contact\/ar$/);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("كيف يمكننا مساعدتك؟");

    // Suggestions come from the page's script: typing starts once it runs.
    await waitForHydration(page.getByLabel("العنوان"));
    await page.getByLabel("اسمك").fill("ليلى أحمد");
    await page.getByLabel("البريد الإلكتروني").fill(email);
    await page.getByLabel("الموضوع").selectOption({ label: "المرتجعات" });
    await page.getByLabel("رقم الطلب").fill("#DS-1042");
    await page.getByLabel("العنوان").fill("إرجاع منتج");
    await page.getByLabel("الرسالة").fill("مرحبًا، كيف يمكنني ارجاع الحذاء الذي اشتريته؟ المقاس صغير.");

    const suggestions = page.getByRole("region", { name: "قد تجيب هذه المقالات عن سؤالك" });
    await expect(suggestions).toBeVisible();
    const first = suggestions.getByRole("link").first();
    await expect(first).toHaveAttribute("target", "_blank");
    await expect(first).toHaveAttribute("href", /\/demo\/help\/ar\/articles\//);

    await page.waitForTimeout(PERSON_PAUSE_MS);
    await page.getByRole("button", { name: "إرسال الرسالة" }).click();
    const thanks = page.getByRole("heading", { name: "شكرًا لك، لقد استلمنا رسالتك" });
    await expect(thanks).toBeVisible();
    await expect(thanks).toBeFocused();
    const number = /#(\d+)/u.exec(await page.getByText(/رقم طلبك هو/).innerText())?.[1];
    expect(number).toBeTruthy();

    // The acknowledgement reaches the mail catcher, in Arabic, with the number and the portal link.
    await expect.poll(async () => (await caughtFor(email)).length, { timeout: 20_000 }).toBe(1);
    const [mail] = await caughtFor(email);
    expect(mail!.subject).toContain(`[#${number}]`);
    const body = (await (await fetch(`${CATCHER_WEB}/api/email/${mail!.id}`)).json()) as { text: string };
    expect(body.text).toContain(`#${number}`);
    expect(body.text).toMatch(/\/demo\/portal\/ar/);
  } finally {
    await context.close();
  }
});

test("without JavaScript, a Greek visitor's mistakes come back beside their fields, in Greek, with the text kept", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "el-GR" });
  const page = await context.newPage();
  try {
    await page.goto("/demo/contact/el");
    await page.getByLabel("Το όνομά σας").fill("Νίκος");
    await page.getByLabel("Διεύθυνση email").fill("nikos@");
    await page.getByLabel("Τίτλος").fill("Πού είναι η παραγγελία μου;");
    await page.waitForTimeout(PERSON_PAUSE_MS);
    await page.getByRole("button", { name: "Αποστολή μηνύματος" }).click();

    await expect(page.locator("#contact-errors").getByRole("alert")).toContainText("Διορθώστε τα παρακάτω:");
    await expect(page.getByLabel("Διεύθυνση email")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Γράψτε μια έγκυρη διεύθυνση email, π.χ. onoma@example.com.").first()).toBeVisible();
    await expect(page.getByText("Συμπληρώστε αυτό το πεδίο.").first()).toBeVisible();
    // What the visitor typed is still there.
    await expect(page.getByLabel("Τίτλος")).toHaveValue("Πού είναι η παραγγελία μου;");
    await expect(page.getByLabel("Το όνομά σας")).toHaveValue("Νίκος");

    await page.getByLabel("Διεύθυνση email").fill(`nikos-${Date.now()}@example.gr`);
    await page.getByLabel("Θέμα").selectOption("order_status");
    await page.getByLabel("Μήνυμα").fill("Παρήγγειλα πριν από μία εβδομάδα και δεν έχει φτάσει ακόμα.");
    await page.getByRole("button", { name: "Αποστολή μηνύματος" }).click();
    await expect(page.getByRole("heading", { name: "Ευχαριστούμε, λάβαμε το μήνυμά σας" })).toBeVisible();
  } finally {
    await context.close();
  }
});

test("the form shows its errors accessibly in English and Arabic", async ({ page }) => {
  for (const locale of ["en", "ar"]) {
    await page.goto(`/demo/contact/${locale}`);
    await waitForHydration(page.locator('button[type="submit"]'));
    await page.waitForTimeout(PERSON_PAUSE_MS);
    await page.locator('button[type="submit"]').click();
    await expect(page.locator("#contact-errors").getByRole("alert")).toBeVisible();
    await expect(page.locator("#contact-errors")).toBeFocused();
    expect(await seriousViolations(page), locale).toEqual([]);
  }
});

test("only the shop's own pages may frame the form; everything else stays unframeable", async ({ request }) => {
  const form = await request.get("/demo/contact/en?embed=1");
  expect(form.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
  expect(form.headers()["x-frame-options"]).toBeUndefined();
  const help = await request.get("/demo/help/en");
  expect(help.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(help.headers()["x-frame-options"]).toBe("DENY");
  const widget = await request.get("/demo/contact/widget.js");
  expect(widget.headers()["content-type"]).toContain("text/javascript");
  expect(await widget.text()).toContain("/demo/contact");
});

test("an admin lists the shop's site, and the script tag there opens the form in a panel", async ({ browser, baseURL }) => {
  // The shop's site: another origin than the app's, a real server on loopback started here (Chromium
  // refuses a public page's requests to a loopback address, where the app is here and never is in
  // production; a page the test fulfils itself counts as public).
  let snippet = "";
  const server = createServer((_req, res) => {
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="pl"><head><title>Sklep</title></head><body><h1>Sklep</h1>${snippet}</body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const shop = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  expect(baseURL).toContain("localhost");
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    // In the northwind workspace: demo's settings are saved by other specs running alongside.
    await signIn(page, "admin@northwind.test");
    await page.goto("/northwind/settings/workspace");
    const sites = page.getByLabel(en("settings.workspace.contactFormOrigins"));
    await waitForHydration(sites);
    await sites.fill("shop.example.com");
    await page.getByRole("button", { name: en("settings.workspace.save"), exact: true }).click();
    await expect(page.getByText(en("settings.workspace.contactFormOriginsInvalid", { entry: "shop.example.com" }))).toBeVisible();
    await sites.fill(`${shop}/`);
    await page.getByRole("button", { name: en("settings.workspace.save"), exact: true }).click();
    await expect(page.getByRole("status").filter({ hasText: en("settings.workspace.saved") })).toBeVisible();
    await expect(sites).toHaveValue(shop);
    snippet = await page.getByLabel(en("settings.workspace.embedScript")).inputValue();
    expect(snippet).toMatch(/^<script src="http:\/\/[^"]+\/northwind\/contact\/widget\.js" defer><\/script>$/);

    // The shop's own page, with the snippet pasted in.
    await page.goto(`${shop}/`);
    const open = page.getByRole("button", { name: "Skontaktuj się z nami" });
    await open.click();
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    const form = page.frameLocator("iframe");
    await expect(form.getByRole("heading", { level: 1 })).toHaveText("Jak możemy pomóc?");
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(open).toBeFocused();
  } finally {
    await page.goto("/northwind/settings/workspace").catch(() => undefined);
    const sites = page.getByLabel(en("settings.workspace.contactFormOrigins"));
    await waitForHydration(sites).catch(() => undefined);
    await sites.fill("").catch(() => undefined);
    await page.getByRole("button", { name: en("settings.workspace.save"), exact: true }).click().catch(() => undefined);
    await context.close();
    server.close();
  }
});
