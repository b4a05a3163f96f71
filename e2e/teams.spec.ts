// Teams and round-robin assignment through the real UI (issue 17): an admin creates a round-robin
// team for exchanges with one agent, a customer's question about an exchange sent
// through the contact form lands assigned to that agent and in the team (the ticket's sidebar
// says so), and the admin deletes the team again through the confirmation dialog.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

const t = (key: string, values: Record<string, string> = {}) => en(`settings.teams.${key}`, values);
/** The form refuses what is sent faster than a person types (MIN_FILL_MS, 3 s) after it was shown. */
const PERSON_PAUSE_MS = 3_200;

test("a round-robin team takes a new exchange question from the contact form and assigns it", async ({ page, browser }) => {
  test.setTimeout(180_000);
  const name = `Exchanges ${unique()}`;
  await signIn(page, "admin@demo.test");
  await page.goto("/demo/settings/teams");
  await expect(page.getByRole("navigation", { name: en("settings.nav") }).getByRole("link", { name: t("nav") })).toHaveAttribute("aria-current", "page");

  const newButton = page.getByRole("button", { name: t("newTeam") });
  await waitForHydration(newButton);
  await newButton.click();
  const form = page.locator("form", { has: page.getByRole("button", { name: t("form.create") }) });
  await expect(form.getByRole("heading", { name: t("newTitle") })).toBeFocused();
  await form.getByRole("textbox", { name: t("form.name") }).fill(name);
  await expect(form.getByRole("combobox", { name: t("form.mode") })).toHaveValue("ROUND_ROBIN");
  await form.getByRole("spinbutton", { name: t("form.position") }).fill("0");
  await form.getByRole("group", { name: t("form.members") }).getByRole("checkbox", { name: "Alex Agent" }).check();
  await form.getByRole("group", { name: t("form.areas") }).getByRole("checkbox", { name: en("tickets.area.exchanges") }).check();
  // A capacity of 0 is refused beside its field.
  await form.getByRole("spinbutton", { name: t("form.capacity") }).fill("0");
  await form.getByRole("button", { name: t("form.create") }).click();
  await expect(form.getByText(t("errors.number", { max: "1000" }))).toBeVisible();
  expect(await seriousViolations(page), "serious or critical axe violations with the editor open").toEqual([]);
  await form.getByRole("spinbutton", { name: t("form.capacity") }).fill("");
  await form.getByRole("button", { name: t("form.create") }).click();
  await expect(page.getByText(t("saved", { name }))).toBeVisible();
  const row = page.locator("li[data-team]", { hasText: name });
  await expect(row).toContainText(t("members", { names: "Alex Agent" }));
  await expect(row).toContainText(t("mode.ROUND_ROBIN"));

  // A customer asks about an exchange through the contact form, without an account.
  const customer = await browser.newPage();
  try {
    await customer.goto("/demo/contact/en");
    await waitForHydration(customer.getByLabel(en("contact.fields.subject")));
    await customer.getByLabel(en("contact.fields.name")).fill("Ezra Exchange");
    await customer.getByLabel(en("contact.fields.email")).fill(`ezra-${unique()}@example.com`);
    await customer.getByLabel(en("contact.fields.area")).selectOption("exchanges");
    await customer.getByLabel(en("contact.fields.subject")).fill(`Exchange a size ${name}`);
    await customer.getByLabel(en("contact.fields.message")).fill("Can I exchange these shoes for a bigger size?");
    await customer.waitForTimeout(PERSON_PAUSE_MS);
    await customer.getByRole("button", { name: en("contact.send") }).click();
    await expect(customer.getByRole("heading", { name: en("contact.sent.title") })).toBeVisible();
    const number = /#(\d+)/u.exec(await customer.getByText(/#\d+/).first().innerText())?.[1];
    expect(number).toBeTruthy();

    // The agent owns it, in the team: the sidebar's selects show both.
    await page.goto(`/demo/tickets/${number}`);
    const assignee = page.getByRole("combobox", { name: en("tickets.ticket.assignee"), exact: true });
    // Names in options are isolated (bidi): contained, not equal.
    await expect(assignee.locator("option:checked")).toContainText("Alex Agent");
    const team = page.getByRole("combobox", { name: en("tickets.ticket.team"), exact: true });
    await expect(team.locator("option:checked")).toContainText(name);
  } finally {
    await customer.close();
  }

  // Deleted through the confirmation dialog, so other tests' exchange tickets are not routed.
  await page.goto("/demo/settings/teams");
  const deleteButton = page.getByRole("button", { name: `${t("delete")}: ${name}` });
  await waitForHydration(deleteButton);
  await deleteButton.click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(name);
  await dialog.getByRole("button", { name: t("delete"), exact: true }).click();
  await expect(page.locator("li[data-team]", { hasText: name })).toHaveCount(0);
});
