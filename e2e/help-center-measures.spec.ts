// An admin reads the help center's measures: figures, charts with their numbers, the searches that
// found nothing and the articles' views and votes, over a period they choose; an article read
// counts as a view; an agent is shown the admin-only notice; no serious accessibility problem in
// English and Arabic.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { freshMember } from "./fresh-member";
import { signIn } from "./sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const viewsFigure = (page: Page) => page.getByRole("region", { name: en("settings.helpMeasures.summary") }).locator("div").filter({ hasText: en("settings.helpMeasures.views") }).locator("dd").first();

test("an admin sees a month of the help center in figures and charts, and a new article view counts", async ({ page, browser }) => {
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/workspace");
  await page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: en("agent.nav.helpCenterMeasures") }).click();
  await expect(page).toHaveURL(/\/demo\/settings\/help-center$/);
  await expect(page.getByRole("heading", { level: 1, name: en("settings.helpMeasures.title") })).toBeVisible();

  const before = Number((await viewsFigure(page).innerText()).replace(/\D/g, ""));
  expect(before).toBeGreaterThan(0);
  // Three charts, each with its numbers a click away.
  await expect(page.locator("figure .recharts-wrapper")).toHaveCount(3);
  await page.getByText(en("settings.helpMeasures.showNumbers")).first().click();
  await expect(page.getByRole("columnheader", { name: en("settings.helpMeasures.day") })).toBeVisible();
  await expect(page.getByRole("heading", { name: en("settings.helpMeasures.noResultQueries") })).toBeVisible();
  await expect(page.getByRole("cell", { name: "klarna" })).toBeVisible();

  // A visitor reads an article; the admin's figure goes up by one.
  const visitor = await browser.newContext();
  const reader = await visitor.newPage();
  await reader.goto("/demo/help/en");
  await reader.getByRole("link", { name: "How do I return an item?" }).first().click();
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("How do I return an item?");
  await visitor.close();
  await expect.poll(async () => {
    await page.reload();
    return Number((await viewsFigure(page).innerText()).replace(/\D/g, ""));
  }).toBe(before + 1);

  // A chosen period: the last 7 days.
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  expect(await seriousViolations(page)).toEqual([]);
});

test("the measures are for admins; an agent is told so", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/settings/help-center");
  await expect(page.getByRole("heading", { name: en("settings.adminOnly.title") })).toBeVisible();
  await expect(page.locator("figure")).toHaveCount(0);
});

test("the measures page has no serious accessibility problem in Arabic", async ({ browser }) => {
  const { context, page } = await freshMember(browser, { locale: "ar", name: "Measures AR Admin" });
  try {
    await page.goto("/demo/settings/help-center");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("figure .recharts-wrapper").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
