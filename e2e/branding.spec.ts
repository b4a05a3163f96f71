// Branding of a shop's public pages and its help center switch (issue 16), on Northwind (Demo Shop
// is left to the other specs): the admin uploads a logo, sets an accent colour and a footer link
// and sees them on the help center, readable on a phone; a colour too light is refused with a
// darker shade offered (axe finds nothing serious on the settings or the branded pages); with the help center off its pages, sitemap and robots.txt answer 404 and
// the contact form no longer links to it; on again, it is back.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

/** A 1x1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==", "base64");
const SETTINGS = "/northwind/settings/branding";
const t = (key: string, values: Record<string, string> = {}) => en(`settings.branding.${key}`, values);

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

async function save(page: Page) {
  await page.getByRole("button", { name: t("save"), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: t("saved") })).toBeVisible();
}

async function openSettings(page: Page) {
  await page.goto(SETTINGS);
  await waitForHydration(page.getByRole("button", { name: t("save"), exact: true }));
}

test("an admin brands the public pages and turns the help center off and on again", async ({ page, request }) => {
  await signIn(page, "admin@northwind.test");
  await openSettings(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("title"));

  try {
    // The logo: an SVG is refused by the browser-side check before any upload; a PNG is saved.
    await page.getByLabel(t("logoChoose")).setInputFiles({ name: "logo.svg", mimeType: "image/svg+xml", buffer: Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>") });
    await page.getByRole("button", { name: t("logoUpload") }).click();
    await expect(page.getByText(t("logoType"))).toBeVisible();
    await page.getByLabel(t("logoChoose")).setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: PNG });
    await page.getByRole("button", { name: t("logoUpload") }).click();
    await expect(page.getByRole("status").filter({ hasText: t("logoUploaded") })).toBeVisible();

    // A colour too light to read on white: refused, with a darker shade to use instead.
    const colour = page.getByRole("textbox", { name: t("accentColor"), exact: true });
    await colour.fill("#fbbf24");
    await page.getByRole("button", { name: t("save"), exact: true }).click();
    await expect(page.getByRole("alert").filter({ hasText: t("notSaved") })).toBeVisible();
    const use = page.getByRole("button", { name: /^Use #[0-9a-f]{6}$/ });
    await use.click();
    await expect(colour).not.toHaveValue("#fbbf24");
    await colour.fill("#b91c1c");

    await page.getByRole("button", { name: t("footerLinkAdd") }).click();
    await page.getByRole("textbox", { name: t("footerLinkLabel", { n: "1" }) }).fill("Returns policy");
    await page.getByRole("textbox", { name: t("footerLinkUrl", { n: "1" }) }).fill("https://northwind.example.com/returns");
    await save(page);
    expect.soft(await seriousViolations(page), "axe on the branding settings").toEqual([]);

    // The help center in the shop's colours, with its logo and footer link, on a phone.
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/northwind/help/en");
    const logo = page.getByRole("banner").getByRole("img", { name: "Northwind Outfitters" });
    await expect(logo).toBeVisible();
    expect(await logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    // Through the whole server (proxy included): the bytes, their type, safe headers, a year's cache.
    const served = await request.get((await logo.getAttribute("src"))!);
    expect(served.status()).toBe(200);
    expect(Buffer.compare(await served.body(), PNG)).toBe(0);
    expect(served.headers()).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff", "cache-control": "public, max-age=31536000, immutable" });
    expect(served.headers()["content-security-policy"]).toContain("sandbox");
    const footerLink = page.getByRole("contentinfo").getByRole("link", { name: "Returns policy" });
    await expect(footerLink).toHaveAttribute("href", "https://northwind.example.com/returns");
    // Links take the accent's darker shade (brand-700 within the frame: src/lib/brand-color.ts).
    const accentLink = await page.evaluate(() => {
      const probe = document.createElement("span");
      probe.style.color = "color-mix(in oklab, #b91c1c 85%, black)";
      document.body.append(probe);
      const color = getComputedStyle(probe).color;
      probe.remove();
      return color;
    });
    await expect(footerLink).toHaveCSS("color", accentLink);
    await page.screenshot({ path: test.info().outputPath("help-center-375.png"), fullPage: true });
    expect.soft(await seriousViolations(page), "axe on the branded help center").toEqual([]);
    // Nothing wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Off: the help center, its sitemap and robots.txt are gone; the contact form stays, without a link to it.
    await openSettings(page);
    await page.getByRole("checkbox", { name: t("helpCenterEnabled") }).uncheck();
    await save(page);
    expect((await request.get("/northwind/help/en")).status()).toBe(404);
    expect((await request.get("/northwind/help/en/search?q=order")).status()).toBe(404);
    expect((await request.get("/northwind/help/sitemap.xml")).status()).toBe(404);
    expect((await request.get("/northwind/help/robots.txt")).status()).toBe(404);
    await page.goto("/northwind/contact/en");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: en("help.title") })).toHaveCount(0);
    await expect(page.locator('a[href^="/northwind/help"]')).toHaveCount(0);
  } finally {
    // Back as the other specs expect Northwind: help center on, no branding.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openSettings(page);
    await page.getByRole("checkbox", { name: t("helpCenterEnabled") }).check();
    await page.getByRole("textbox", { name: t("accentColor"), exact: true }).fill("");
    const remove = page.getByRole("button", { name: t("footerLinkRemove", { n: "1" }) });
    if (await remove.count()) await remove.click();
    await save(page);
    const removeLogo = page.getByRole("button", { name: t("logoRemove") });
    if (await removeLogo.count()) {
      await removeLogo.click();
      await expect(page.getByRole("status").filter({ hasText: t("logoRemoved") })).toBeVisible();
    }
  }
  expect((await request.get("/northwind/help/en")).status()).toBe(200);
  expect((await request.get("/northwind/help/robots.txt")).status()).toBe(200);
});
