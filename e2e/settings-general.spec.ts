// Workspace settings (issue 17) in the browser, on Demo Shop: an admin renames the workspace and
// changes its time zone and default language (focus stays on Save), adds a problem area with only
// a Greek name and archives another (the Greek contact form offers the first, not the second),
// renames a tag; the audit log shows each change, and axe finds nothing serious on the pages.
// Everything the spec changes in the shared demo data is put back at the end.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en, message } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

const g = (key: string, values: Record<string, string> = {}) => en(`workspaceSetup.general.${key}`, values);
const pa = (key: string, values: Record<string, string> = {}) => en(`workspaceSetup.problemAreas.${key}`, values);
const tg = (key: string, values: Record<string, string> = {}) => en(`workspaceSetup.tags.${key}`, values);

async function noSeriousAxe(page: Page, what: string) {
  const axe = await new AxeBuilder({ page }).analyze();
  expect.soft(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id), `axe on ${what}`).toEqual([]);
}

const TAG_PREFIX = "e2e-settings-";

type General = { name: string; timeZone: string; defaultLocale: string };

async function saveGeneral(page: Page, values: General) {
  await page.goto("/demo/settings/workspace");
  const name = page.getByRole("textbox", { name: g("name") });
  await waitForHydration(name);
  await name.fill(values.name);
  await page.getByRole("combobox", { name: g("timeZone") }).fill(values.timeZone);
  await page.getByRole("combobox", { name: g("defaultLocale") }).selectOption(values.defaultLocale);
  const save = page.getByRole("button", { name: g("save") });
  await save.click();
  await expect(page.getByRole("status").filter({ hasText: g("saved") })).toBeVisible();
  return save;
}

async function renameTag(page: Page, from: string, to: string) {
  // Both names start with the search, so the list still shows the tag after its rename.
  await page.goto(`/demo/settings/tags?q=${TAG_PREFIX}`);
  const row = page.locator(`[data-tag="${from}"]`);
  const rename = row.getByRole("button", { name: tg("rename") });
  await waitForHydration(rename);
  await rename.click();
  const field = row.getByRole("textbox", { name: tg("newName") });
  await expect(field).toBeFocused();
  await field.fill(to);
  await row.getByRole("button", { name: tg("save") }).click();
  await expect(page.locator(`[data-tag="${to}"]`)).toBeVisible();
}

test("an admin changes the general settings, problem areas and a tag, and finds them in the audit log", async ({ page }) => {
  const suffix = Date.now().toString(36);
  const greek = `Δοκιμαστική κατηγορία ${suffix}`;
  const retired = `Retired area ${suffix}`;
  const tagName = `${TAG_PREFIX}tag-${suffix}`;
  const renamedTag = `${TAG_PREFIX}renamed-${suffix}`;
  await signIn(page, "admin@demo.test");

  await page.goto("/demo/settings/workspace");
  const original: General = {
    name: await page.getByRole("textbox", { name: g("name") }).inputValue(),
    timeZone: await page.getByRole("combobox", { name: g("timeZone") }).inputValue(),
    defaultLocale: await page.getByRole("combobox", { name: g("defaultLocale") }).inputValue(),
  };
  let tagged = false;
  try {
    // General: the new values are saved, the focus stays on Save, and the header names the shop anew.
    const save = await saveGeneral(page, { name: `Demo Shop ${suffix}`, timeZone: "Europe/Athens", defaultLocale: "el" });
    await expect(save).toBeFocused();
    await page.reload();
    await expect(page.getByRole("textbox", { name: g("name") })).toHaveValue(`Demo Shop ${suffix}`);
    await expect(page.getByRole("combobox", { name: g("timeZone") })).toHaveValue("Europe/Athens");
    await expect(page.getByRole("combobox", { name: g("defaultLocale") })).toHaveValue("el");
    // A time zone the server does not know: a field error linked to the field, which gets the focus.
    const zone = page.getByRole("combobox", { name: g("timeZone") });
    await waitForHydration(zone);
    await zone.fill("Mars/Olympus");
    await page.getByRole("button", { name: g("save") }).click();
    await expect(zone).toBeFocused();
    await expect(zone).toHaveAccessibleDescription(new RegExp(en("workspaceSetup.errors.unknownTimeZone").slice(0, 30)));
    await expect(page.getByRole("link", { name: message("en", "workspaceSetup.general.logo").match(/<link>(.*)<\/link>/)![1]! })).toHaveAttribute("href", "/demo/settings/branding");
    await noSeriousAxe(page, "the workspace settings");
    // Put back at once: other specs read the demo shop's name and language.
    await saveGeneral(page, original);

    // Problem areas, through the settings navigation.
    await page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: pa("nav") }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(pa("title"));
    const addForm = page.getByRole("form", { name: pa("addTitle") });
    const greekField = addForm.getByRole("textbox", { name: pa("nameIn", { language: "Ελληνικά" }) });
    await waitForHydration(greekField);
    await greekField.fill(greek);
    await addForm.getByRole("button", { name: pa("add") }).click();
    await expect(addForm.getByRole("status")).toHaveText(pa("added"));
    // The list, in English, shows the Greek name: the only one the area has.
    const list = page.getByRole("list", { name: pa("listTitle") });
    await expect(list.getByText(greek, { exact: true })).toBeVisible();

    await addForm.getByRole("textbox", { name: pa("nameIn", { language: "English" }) }).fill(retired);
    await addForm.getByRole("button", { name: pa("add") }).click();
    const retiredRow = page.locator("li", { has: page.getByText(retired, { exact: true }) });
    await expect(retiredRow).toBeVisible();
    const archive = retiredRow.getByRole("button", { name: pa("archive") });
    await archive.click();
    await expect(retiredRow.getByText(pa("archivedBadge"))).toBeVisible();
    await expect(retiredRow.getByRole("button", { name: pa("unarchive") })).toBeFocused();
    await noSeriousAxe(page, "the problem areas");

    // The Greek contact form offers the new area and not the archived one.
    await page.goto("/demo/contact/el");
    const areaSelect = page.locator('select[name="area"]');
    await expect(areaSelect.locator("option", { hasText: greek })).toHaveCount(1);
    await expect(areaSelect.locator("option", { hasText: retired })).toHaveCount(0);

    // Tags: a tag of our own on a demo ticket, added on the ticket page, then renamed.
    await page.goto("/demo/tickets/1");
    const tagInput = page.getByRole("combobox", { name: en("tickets.ticket.tagsEditor.newTag") });
    await waitForHydration(tagInput);
    await tagInput.fill(tagName);
    await page.getByRole("button", { name: en("tickets.ticket.tagsEditor.add"), exact: true }).click();
    await expect(page.getByRole("list", { name: en("tickets.ticket.tags") }).getByText(tagName, { exact: true })).toBeVisible();
    tagged = true;
    await renameTag(page, tagName, renamedTag);
    await noSeriousAxe(page, "the tags");

    // The audit log has every change.
    await page.goto("/demo/settings/audit-log");
    const rows = page.getByTestId("audit-event");
    const action = (key: string) => en(`settings.auditLog.actions.${key}`);
    await expect(rows.filter({ hasText: action("workspace_general_updated") }).filter({ hasText: `Demo Shop ${suffix}` }).first()).toBeVisible();
    await expect(rows.filter({ hasText: action("problem_area_created") }).filter({ hasText: greek })).toHaveCount(1);
    await expect(rows.filter({ hasText: action("problem_area_archived") }).filter({ hasText: retired })).toHaveCount(1);
    await expect(rows.filter({ hasText: action("tag_renamed") }).filter({ hasText: renamedTag })).toHaveCount(1);
  } finally {
    await saveGeneral(page, original).catch(() => undefined);
    if (tagged) {
      // The tag was ours: delete it (after its confirmation), whatever its name is now.
      for (const name of [renamedTag, tagName]) {
        await page.goto(`/demo/settings/tags?q=${encodeURIComponent(name)}`);
        const row = page.locator(`[data-tag="${name}"]`);
        if ((await row.count()) === 0) continue;
        const del = row.getByRole("button", { name: tg("delete") });
        await waitForHydration(del);
        await del.click();
        await page.getByRole("dialog").getByRole("button", { name: tg("delete") }).click();
        await expect(row).toHaveCount(0);
      }
    }
  }
});

test("an agent gets the admin-only page for problem areas and tags, without their nav entries", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  for (const path of ["problem-areas", "tags"]) {
    await page.goto(`/demo/settings/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("settings.adminOnly.title"));
  }
  const nav = page.getByRole("navigation", { name: en("settings.nav") });
  await expect(nav.getByRole("link", { name: pa("nav") })).toHaveCount(0);
  await expect(nav.getByRole("link", { name: tg("nav") })).toHaveCount(0);
});
