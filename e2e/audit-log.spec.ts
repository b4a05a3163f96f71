// The audit log (issue 17) in the browser, on Demo Shop: an admin changes a workspace setting (a
// blocked sender, which the workspace settings page edits), finds the change with its before and
// after in Settings > Audit log, narrows the list by action through the GET form, and downloads the
// CSV, which holds the event (axe finds nothing serious on the page). An agent gets the admin-only page and a 403 for the CSV.
import { readFile } from "node:fs/promises";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

const t = (key: string, values: Record<string, string> = {}) => en(`settings.auditLog.${key}`, values);

async function setBlockedSenders(page: Page, value: string) {
  await page.goto("/demo/settings/workspace");
  const blocked = page.getByLabel(en("settings.workspace.blockedSenders"));
  await waitForHydration(blocked);
  await blocked.fill(value);
  await page.getByRole("button", { name: en("settings.workspace.save"), exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: en("settings.workspace.saved") })).toBeVisible();
  return blocked;
}

test("an admin finds a settings change in the audit log, filters it and downloads it as CSV", async ({ page }) => {
  const domain = `audit-${Date.now().toString(36)}.example`;
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/workspace");
  const original = await page.getByLabel(en("settings.workspace.blockedSenders")).inputValue();
  try {
    await setBlockedSenders(page, [original, domain].filter(Boolean).join("\n"));

    // Reached through the settings navigation.
    await page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t("title"));
    const rows = page.getByTestId("audit-event");
    const ours = rows.filter({ hasText: domain });
    await expect(ours).toHaveCount(1);
    await expect(rows.first()).toContainText(domain);
    await expect(ours).toContainText(t("actions.workspace_settings_updated"));
    await expect(ours.getByRole("term")).toHaveText("blockedSenders");
    // Before: the list without the new domain; after: with it.
    const change = ours.getByRole("definition");
    await expect(change).toContainText(domain);
    if (!original) await expect(change).toContainText(new RegExp(`^${t("none").replace(/[()]/g, "\\$&")}`));

    // Filter by an action that is not this one: the event is gone; by its group: back, and alone in kind.
    const what = page.getByRole("combobox", { name: t("filters.action") });
    await what.selectOption({ label: t("actions.mailbox_deleted") });
    await page.getByRole("button", { name: t("filters.apply") }).click();
    await expect(page).toHaveURL(/[?&]action=mailbox\.deleted(&|$)/);
    await expect(rows.filter({ hasText: domain })).toHaveCount(0);
    await page.getByRole("combobox", { name: t("filters.action") }).selectOption({ label: t("groups.workspace_settings") });
    await page.getByRole("button", { name: t("filters.apply") }).click();
    await expect(page).toHaveURL(/[?&]action=workspace\.settings(&|$)/);
    await expect(rows.filter({ hasText: domain })).toHaveCount(1);
    for (const text of await rows.allTextContents()) expect(text).toContain(t("actions.workspace_settings_updated"));
    const axe = await new AxeBuilder({ page }).analyze();
    expect.soft(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), "axe on the audit log").toEqual([]);
    // On a phone the table scrolls inside its card; the page itself does not get wider.
    const size = page.viewportSize()!;
    await page.setViewportSize({ width: 375, height: 812 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await page.setViewportSize(size);

    // The CSV of the same filter holds the event.
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: t("export") }).click()]);
    expect(download.suggestedFilename()).toMatch(/^audit-log-demo-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile((await download.path())!, "utf8");
    const lines = csv.split("\r\n");
    expect(lines[0]).toMatch(/^time_utc,actor_type,/);
    const line = lines.find((l) => l.includes(domain));
    expect(line).toContain(",workspace.settings.updated,");
    expect(line).toContain(t("actions.workspace_settings_updated"));
    expect(lines.filter((l) => l && !l.startsWith("time_utc")).every((l) => l.includes(",workspace.settings.updated,"))).toBe(true);
  } finally {
    await setBlockedSenders(page, original).catch(() => undefined);
  }
});

test("an agent sees the admin-only page and may not download the log", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/settings/audit-log");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("settings.adminOnly.title"));
  await expect(page.getByTestId("audit-event")).toHaveCount(0);
  const res = await page.request.get("/demo/settings/audit-log/export.csv");
  expect(res.status()).toBe(403);
});
