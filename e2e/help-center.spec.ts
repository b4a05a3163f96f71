// The public help center as a visitor meets it, without signing in: Demo Shop's articles in the
// visitor's language, search that forgives missing accents, an article page that links its other
// languages (and says so to search engines) and takes a vote without any JavaScript, Arabic right to left, and no serious accessibility
// problem on the home page, an article and search results in English and Arabic.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

test("a Greek visitor lands in the Greek help center, finds an article typed without accents and reads it", async ({ browser }) => {
  const context = await browser.newContext({ locale: "el-GR", extraHTTPHeaders: { "Accept-Language": "el-GR,el;q=0.9,en;q=0.5" } });
  const page = await context.newPage();
  try {
    await page.goto("/demo/help");
    await expect(page).toHaveURL(/\/demo\/help\/el$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "el");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Κέντρο βοήθειας Demo Shop");

    // "επιστροφη" without its accent, as people type on a phone.
    const search = page.getByRole("searchbox", { name: "Αναζήτηση στο κέντρο βοήθειας" });
    await search.fill("επιστροφη");
    await search.press("Enter");
    await expect(page).toHaveURL(/\/demo\/help\/el\/search\?q=/);
    const results = page.getByRole("listitem").filter({ has: page.locator("mark") });
    await expect(results.first()).toBeVisible();
    await expect(results.first().locator("mark").first()).toHaveText(/^επιστροφ/i);

    await page.getByRole("link", { name: "Πώς επιστρέφω ένα προϊόν;" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Πώς επιστρέφω ένα προϊόν;");
    // Its other languages: linked for the visitor, and as hreflang alternates for search engines.
    const others = page.getByRole("navigation", { name: "Αυτό το άρθρο σε άλλες γλώσσες" }).getByRole("link");
    await expect(others).toHaveText(["العربية", "English", "Eesti", "Polski"]);
    const hreflangs = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((links) => links.map((l) => l.getAttribute("hreflang")));
    expect([...new Set(hreflangs)].sort()).toEqual(["ar", "el", "en", "et", "pl"]);
    await expect(page.locator('head link[rel="canonical"]').first()).toHaveAttribute("href", /\/demo\/help\/el\/articles\//);
    // Server-rendered HTML and CSS only: the help center's pages load no script at all.
    await expect(page.locator("script")).toHaveCount(0);

    // "Was this helpful?": a vote, then an optional comment, without an account.
    // Plain forms: each answer comes back as the article page, at the question.
    await page.getByRole("button", { name: "Όχι", exact: true }).click();
    await expect(page).toHaveURL(/\?feedback=no#feedback$/);
    await expect(page.getByRole("heading", { name: "Ευχαριστούμε για την απάντησή σας!" })).toBeVisible();
    await page.getByLabel("Τι ψάχνατε; (προαιρετικό)").fill("Πόσο κοστίζει η επιστροφή από την Κύπρο;");
    await page.getByRole("button", { name: "Αποστολή" }).click();
    await expect(page.getByText("Ευχαριστούμε: διαβάζουμε κάθε σχόλιο.")).toBeVisible();

    await others.filter({ hasText: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("How do I return an item?");
  } finally {
    await context.close();
  }
});

test("an unknown article, language or shop is a 404, not an error", async ({ page }) => {
  for (const path of ["/demo/help/en/articles/no-such-article", "/demo/help/xx", "/no-such-shop/help/en"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
  }
});

for (const locale of ["en", "ar"] as const) {
  test(`in ${locale}, the help center reads in its direction and axe finds no serious or critical violation on the home page, an article and search results`, async ({ page }) => {
    await page.goto(`/demo/help/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("dir", locale === "ar" ? "rtl" : "ltr");
    const findings: Array<{ path: string; violations: unknown[] }> = [];
    findings.push({ path: page.url(), violations: await seriousViolations(page) });

    await page.getByRole("region", { name: locale === "ar" ? "المقالات الأكثر قراءة" : "Popular articles" }).getByRole("link").first().click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    findings.push({ path: page.url(), violations: await seriousViolations(page) });

    await page.goto(`/demo/help/${locale}/search?q=${encodeURIComponent(locale === "ar" ? "الطلب" : "refund")}`);
    await expect(page.locator("mark").first()).toBeVisible();
    findings.push({ path: page.url(), violations: await seriousViolations(page) });

    expect(findings.filter((f) => f.violations.length > 0)).toEqual([]);
  });
}

test("search engines get a sitemap of every published page with its languages, and may crawl the help center but not its search", async ({ request }) => {
  const sitemap = await request.get("/demo/help/sitemap.xml");
  expect(sitemap.status()).toBe(200);
  expect(sitemap.headers()["content-type"]).toContain("application/xml");
  const xml = await sitemap.text();
  const urls = xml.match(/<url>/g) ?? [];
  // Five home pages, and Demo Shop's 20 articles and 14 categories and sections in five languages
  // each; more once e2e/help-center-editor.spec.ts (running alongside) has published its article.
  expect(urls.length).toBeGreaterThanOrEqual(5 + 20 * 5 + 14 * 5);
  expect(urls.length).toBeLessThanOrEqual(5 + 20 * 5 + 14 * 5 + 5);
  expect(xml).toContain("/demo/help/el/articles/");
  expect(xml).toMatch(/<xhtml:link rel="alternate" hreflang="ar" href="http[^"]+\/demo\/help\/ar\/articles\/[^"]+"\/>/);
  expect((await request.get("/no-such-shop/help/sitemap.xml")).status()).toBe(404);

  const robots = await (await request.get("/demo/help/robots.txt")).text();
  expect(robots).toMatch(/^Sitemap: http\S+\/demo\/help\/sitemap\.xml$/m);
  expect(robots).toContain("Disallow: /demo/help/*/search");
  const root = await (await request.get("/robots.txt")).text();
  expect(root).toContain("Allow: /*/help/");
  expect(root).toMatch(/^Disallow: \/$/m);
});
