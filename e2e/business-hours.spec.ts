// The business-hours settings page through the real UI (issue 17): an admin creates the calendar
// "Athens office" in Europe/Athens (Mon–Fri 09:00–17:00, Saturday 10:00–14:00) with a holiday,
// imports Christmas and the Orthodox Easter Monday from an .ics file, sees them listed, changes an
// interval, makes an interval that ends when it starts and sees the field error beside it (in
// English and in Arabic), and axe finds no serious or critical violation in either language.
import { writeFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { en, message } from "./catalog";
import { freshMember } from "./fresh-member";
import { unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

const ICS = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Shopdesk e2e//EN",
  "BEGIN:VEVENT",
  "UID:christmas-2026@e2e",
  "DTSTART;VALUE=DATE:20261225",
  "SUMMARY:Christmas Day",
  "END:VEVENT",
  "BEGIN:VEVENT",
  "UID:easter-monday-2026@e2e",
  "DTSTART;VALUE=DATE:20260413",
  "SUMMARY:Orthodox Easter Monday",
  "END:VEVENT",
  "END:VCALENDAR",
  "",
].join("\r\n");

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const t = (key: string, values: Record<string, string> = {}) => en(`settings.businessHours.${key}`, values);
/** The time input of `day`'s interval `n` (1-based), by its label: "Monday, interval 1, Opens". */
const timeInput = (scope: Locator, day: string, n: number, part: "opens" | "closes") =>
  scope.getByLabel(`${t("form.intervalLabel", { day, n: String(n) })} ${t(`form.${part}`)}`, { exact: true });

test("an admin sets up the Athens office's business hours and holidays", async ({ page }) => {
  test.setTimeout(180_000);
  const name = `Athens office ${unique()}`;
  const dir = await mkdtemp(path.join(tmpdir(), "shopdesk-ics-"));
  const icsFile = path.join(dir, "greek-holidays.ics");
  await writeFile(icsFile, ICS, "utf8");

  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/business-hours");
  await expect(page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") })).toHaveAttribute("aria-current", "page");

  const newButton = page.getByRole("button", { name: t("newCalendar") });
  await waitForHydration(newButton);
  await newButton.click();
  const form = page.locator("form", { has: page.getByRole("button", { name: t("form.create") }) });
  // Focus moves into the editor.
  await expect(form.getByRole("heading", { name: t("newTitle") })).toBeFocused();
  await form.getByRole("textbox", { name: t("form.name") }).fill(name);
  await form.getByRole("combobox", { name: t("form.timeZone") }).selectOption("Europe/Athens");
  // A closed day says so; "Add interval" starts with 09:00–17:00.
  const monday = form.getByRole("group", { name: "Monday" });
  await expect(monday).toContainText(t("form.closed"));
  for (const day of ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]) {
    await form.getByRole("button", { name: t("form.addIntervalTo", { day }) }).click();
  }
  // The new interval takes the focus.
  await expect(timeInput(form, "Saturday", 1, "opens")).toBeFocused();
  await expect(timeInput(form, "Friday", 1, "opens")).toHaveValue("09:00");
  await expect(timeInput(form, "Friday", 1, "closes")).toHaveValue("17:00");
  await timeInput(form, "Saturday", 1, "opens").fill("10:00");
  await timeInput(form, "Saturday", 1, "closes").fill("14:00");
  await expect(form.getByRole("group", { name: "Sunday" })).toContainText(t("form.closed"));

  await form.getByRole("button", { name: t("form.addHoliday") }).click();
  await form.getByLabel(t("form.holidayDate", { n: "1" }), { exact: true }).fill("2026-03-25");
  await form.getByLabel(t("form.holidayName", { n: "1" }), { exact: true }).fill("Independence Day");
  // Nothing to import into before the calendar exists.
  await expect(form).toContainText(t("import.saveFirst"));
  await form.getByRole("button", { name: t("form.create") }).click();

  await expect(page.getByRole("status").filter({ hasText: name })).toBeVisible();
  const item = page.locator("li[data-calendar]", { hasText: name });
  await expect(item).toContainText("Europe/Athens");
  await expect(item).toContainText("Mon–Fri 09:00–17:00; Sat 10:00–14:00");
  await expect(item).toContainText("1 holiday");

  // Import from the .ics file: two holidays added, listed in date order after the one typed in.
  await item.getByRole("button", { name: `${t("edit")}: ${name}` }).click();
  const editor = item.locator("form");
  await expect(editor.getByRole("heading", { level: 3 })).toBeFocused();
  await editor.getByLabel(t("import.file")).setInputFiles(icsFile);
  await editor.getByRole("spinbutton", { name: t("import.from") }).fill("2026");
  await editor.getByRole("spinbutton", { name: t("import.to") }).fill("2026");
  await editor.getByRole("button", { name: t("import.submit"), exact: true }).click();
  await expect(editor.getByRole("status")).toContainText("2 holidays added");
  await expect(editor.getByLabel(t("form.holidayName", { n: "1" }), { exact: true })).toHaveValue("Independence Day");
  await expect(editor.getByLabel(t("form.holidayDate", { n: "2" }), { exact: true })).toHaveValue("2026-04-13");
  await expect(editor.getByLabel(t("form.holidayName", { n: "2" }), { exact: true })).toHaveValue("Orthodox Easter Monday");
  await expect(editor.getByLabel(t("form.holidayName", { n: "3" }), { exact: true })).toHaveValue("Christmas Day");

  // Monday closes an hour later.
  await timeInput(editor, "Monday", 1, "closes").fill("18:00");
  await editor.getByRole("button", { name: t("form.save") }).click();
  await expect(item).toContainText("Mon 09:00–18:00; Tue–Fri 09:00–17:00; Sat 10:00–14:00");
  await expect(item).toContainText("3 holidays");

  // An interval that ends when it starts: the error beside that interval, the calendar unchanged.
  await item.getByRole("button", { name: `${t("edit")}: ${name}` }).click();
  const closes = timeInput(editor, "Tuesday", 1, "closes");
  await closes.fill("09:00");
  await editor.getByRole("button", { name: t("form.save") }).click();
  await expect(closes).toHaveAttribute("aria-invalid", "true");
  await expect(closes).toHaveAccessibleDescription(t("errors.emptyInterval"));
  await expect(editor.getByRole("alert")).toContainText(t("invalid"));
  expect(await seriousViolations(page), "serious or critical axe violations in English").toEqual([]);
  await editor.getByRole("button", { name: t("form.cancel") }).click();
  await expect(item).toContainText("Tue–Fri 09:00–17:00");
  // Focus returns to the calendar's Edit button.
  await expect(item.getByRole("button", { name: `${t("edit")}: ${name}` })).toBeFocused();

  // Deleting asks first, in the app's dialog.
  await item.getByRole("button", { name: `${t("delete")}: ${name}` }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: t("delete"), exact: true }).click();
  await expect(page.locator("li[data-calendar]", { hasText: name })).toHaveCount(0);
});

test("a member who is not an admin sees who manages business hours, and no calendars", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/settings/business-hours");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(en("settings.adminOnly.title"));
  await expect(page.getByRole("button", { name: t("newCalendar") })).toHaveCount(0);
  await expect(page.locator("li[data-calendar]")).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") })).toHaveCount(0);
});

test("in Arabic the page is right to left, times stay left to right and field errors are translated", async ({ browser }) => {
  test.setTimeout(180_000);
  const { context, page } = await freshMember(browser, { locale: "ar", name: "Business Hours AR Admin" });
  try {
    await page.goto("/demo/settings/business-hours");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    const ar = (key: string) => message("ar", `settings.businessHours.${key}`);
    const newButton = page.getByRole("button", { name: ar("newCalendar") });
    await waitForHydration(newButton);
    await newButton.click();
    const form = page.locator("form", { has: page.getByRole("button", { name: ar("form.create") }) });
    await form.getByRole("textbox", { name: ar("form.name") }).fill(`مكتب أثينا ${unique()}`);
    const monday = form.getByRole("group", { name: "الاثنين" });
    await monday.getByRole("button").last().click();
    const [opens, closes] = [monday.locator("input[type=time]").nth(0), monday.locator("input[type=time]").nth(1)];
    await expect(opens).toHaveAttribute("dir", "ltr");
    await closes.fill("09:00");
    await form.getByRole("button", { name: ar("form.create") }).click();
    await expect(closes).toHaveAttribute("aria-invalid", "true");
    await expect(closes).toHaveAccessibleDescription(ar("errors.emptyInterval"));
    expect(await seriousViolations(page), "serious or critical axe violations in Arabic").toEqual([]);
  } finally {
    await context.close();
  }
});
