// The SLA policies settings page through the real UI (issue 17): an admin creates a calendar on
// the business-hours page, then the policy "Urgent email" (channel Email, priority Urgent, a first
// response within 1 business hour, a warning 15 minutes before), sees it in the list, edits it,
// moves it above the demo's Standard policy, gets the "no target" field error (in English and, with
// the Arabic UI, in Arabic) and deletes it; axe finds no serious or critical violation on the
// list and the editor.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en, message } from "./catalog";
import { freshMember } from "./fresh-member";
import { unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const t = (key: string, values: Record<string, string> = {}) => en(`settings.slaPolicies.${key}`, values);
const tb = (key: string, values: Record<string, string> = {}) => en(`settings.businessHours.${key}`, values);

/** A calendar open Monday to Friday, 09:00–17:00, made through the business-hours page. */
async function createCalendar(page: Page, name: string) {
  await page.goto("/demo/settings/business-hours");
  const newButton = page.getByRole("button", { name: tb("newCalendar") });
  await waitForHydration(newButton);
  await newButton.click();
  const form = page.locator("form", { has: page.getByRole("button", { name: tb("form.create") }) });
  await form.getByRole("textbox", { name: tb("form.name") }).fill(name);
  await form.getByRole("combobox", { name: tb("form.timeZone") }).selectOption("Europe/Athens");
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]) {
    await form.getByRole("button", { name: tb("form.addIntervalTo", { day }) }).click();
  }
  await form.getByRole("button", { name: tb("form.create") }).click();
  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
}

test("an admin creates a calendar and the policy Urgent email, edits, moves and deletes it", async ({ page }) => {
  test.setTimeout(180_000);
  const calendar = `SLA desk ${unique()}`;
  const name = `Urgent email ${unique()}`;
  await signIn(page, "admin@demo.test");
  await createCalendar(page, calendar);

  await page.goto("/demo/settings/sla-policies");
  await expect(page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") })).toHaveAttribute("aria-current", "page");
  // The demo's own policy, for all tickets.
  const standard = page.locator("li[data-policy]", { hasText: "Standard" });
  await expect(standard).toContainText(t("summary.allTickets"));
  await expect(standard).toContainText("Athens support hours");
  expect(await seriousViolations(page), "serious or critical axe violations on the list").toEqual([]);

  const newButton = page.getByRole("button", { name: t("newPolicy") });
  await waitForHydration(newButton);
  await newButton.click();
  const form = page.locator("form", { has: page.getByRole("button", { name: t("form.create") }) });
  await expect(form.getByRole("heading", { name: t("newTitle") })).toBeFocused();
  await form.getByRole("textbox", { name: t("form.name") }).fill(name);
  // The default calendar is preselected; the new one is among the choices.
  const calendarSelect = form.getByRole("combobox", { name: t("form.calendar") });
  await expect(calendarSelect.locator("option:checked")).toHaveText("Athens support hours");
  await calendarSelect.selectOption({ label: calendar });
  await form.getByRole("group", { name: t("form.channels") }).getByRole("checkbox", { name: "Email" }).check();
  await form.getByRole("group", { name: t("form.priorities") }).getByRole("checkbox", { name: "Urgent" }).check();
  const urgentFirst = form.getByRole("spinbutton", { name: t("form.durationValue", { priority: "Urgent", metric: t("form.firstResponse") }) });
  await urgentFirst.fill("1");
  await expect(form.getByRole("combobox", { name: t("form.durationUnit", { priority: "Urgent", metric: t("form.firstResponse") }) })).toHaveValue("hours");
  await expect(form.getByRole("checkbox", { name: t("form.businessHoursFor", { priority: "Urgent" }) })).toBeChecked();
  await form.getByRole("textbox", { name: t("form.warnings") }).fill("15");
  expect(await seriousViolations(page), "serious or critical axe violations in the editor").toEqual([]);
  await form.getByRole("button", { name: t("form.create") }).click();

  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  const item = page.locator("li[data-policy]", { hasText: name });
  await expect(item).toContainText("Email · Urgent");
  await expect(item).toContainText(calendar);
  await expect(item).toContainText("Urgent: first response 1 hr (business hours)");
  await expect(item).toContainText("15 min before a deadline");
  // Focus returns to New policy after creating.
  await expect(newButton).toBeFocused();

  // Edit: a resolution target of 8 hours too.
  await item.getByRole("button", { name: `${t("edit")}: ${name}` }).click();
  const editor = item.locator("form");
  await expect(editor.getByRole("heading", { level: 3 })).toBeFocused();
  await expect(editor.getByRole("group", { name: t("form.channels") }).getByRole("checkbox", { name: "Email" })).toBeChecked();
  const urgentResolution = editor.getByRole("spinbutton", { name: t("form.durationValue", { priority: "Urgent", metric: t("form.resolution") }) });
  await urgentResolution.fill("8");
  await editor.getByRole("button", { name: t("form.save") }).click();
  await expect(item).toContainText("Urgent: first response 1 hr · resolution 8 hr (business hours)");
  await expect(item.getByRole("button", { name: `${t("edit")}: ${name}` })).toBeFocused();

  // Move it above Standard: it is tried first now, and the focus stays on a move button of it.
  await item.getByRole("button", { name: `${t("moveUp")}: ${name}` }).click();
  await expect(page.locator("li[data-policy]").first()).toContainText(name);
  await expect(item.getByRole("button", { name: `${t("moveDown")}: ${name}` })).toBeFocused();

  // No target at all: the error beside the targets, the focus on the first of them, nothing saved.
  await item.getByRole("button", { name: `${t("edit")}: ${name}` }).click();
  const first = editor.getByRole("spinbutton", { name: t("form.durationValue", { priority: "Urgent", metric: t("form.firstResponse") }) });
  await first.fill("");
  await urgentResolution.fill("");
  await editor.getByRole("button", { name: t("form.save") }).click();
  await expect(first).toHaveAttribute("aria-invalid", "true");
  await expect(first).toHaveAccessibleDescription(t("errors.noTarget"));
  await expect(first).toBeFocused();
  await expect(editor.getByRole("alert")).toContainText(t("invalid"));
  // A domain that is none: its message beside the field.
  await editor.getByRole("textbox", { name: t("form.emailDomains") }).fill("not a domain");
  await first.fill("30");
  await first.press("Enter");
  const domains = editor.getByRole("textbox", { name: t("form.emailDomains") });
  await expect(domains).toHaveAttribute("aria-invalid", "true");
  await expect(domains).toHaveAccessibleDescription(new RegExp(t("errors.invalidDomain").replace(/[.*+?^${}()|[\]\\]/g, "\\$&")));
  await expect(domains).toBeFocused();
  expect(await seriousViolations(page), "serious or critical axe violations with field errors").toEqual([]);
  await editor.getByRole("button", { name: t("form.cancel") }).click();
  await expect(item).toContainText("resolution 8 hr");

  // Deleting asks first; Standard is tried first again.
  await item.getByRole("button", { name: `${t("delete")}: ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: t("delete"), exact: true }).click();
  await expect(page.locator("li[data-policy]", { hasText: name })).toHaveCount(0);
  await expect(page.locator("li[data-policy]").first()).toContainText("Standard");
});

test("a member who is not an admin sees who manages SLA policies, and no policies", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/settings/sla-policies");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("settings.adminOnly.title"));
  await expect(page.locator("li[data-policy]")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") })).toHaveCount(0);
});

test("in Arabic the page is right to left and the no-target error is in Arabic", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await freshMember(browser, { locale: "ar", name: "SLA AR Admin" });
  try {
    await page.goto("/demo/settings/sla-policies");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const ar = (key: string) => message("ar", `settings.slaPolicies.${key}`);
    await expect(page.locator("li[data-policy]", { hasText: "Standard" })).toContainText(ar("summary.allTickets"));
    const newButton = page.getByRole("button", { name: ar("newPolicy") });
    await waitForHydration(newButton);
    await newButton.click();
    const form = page.locator("form", { has: page.getByRole("button", { name: ar("form.create") }) });
    await form.getByRole("textbox", { name: ar("form.name") }).fill(`بريد عاجل ${unique()}`);
    await form.getByRole("button", { name: ar("form.create") }).click();
    const first = form.locator("table input[type=number]").first();
    await expect(first).toHaveAttribute("aria-invalid", "true");
    await expect(first).toHaveAttribute("dir", "ltr");
    await expect(first).toHaveAccessibleDescription(ar("errors.noTarget"));
    await expect(form.getByRole("alert")).toContainText(ar("invalid"));
    expect(await seriousViolations(page), "serious or critical axe violations in Arabic").toEqual([]);
  } finally {
    await context.close();
  }
});
