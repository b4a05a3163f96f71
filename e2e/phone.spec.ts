// The agent pages on a phone (375 px, touch): the ticket's properties come before the thread,
// folded, and no author name is cut; the inbox hides the Shortcuts button where there is no
// keyboard, and the Unassigned view's assignee filter says what the view shows.
import { expect, test } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

test.beforeEach(async ({ page }) => {
  await signIn(page, "agent@demo.test");
});

test("on a phone the ticket's properties come first, folded, and author names wrap instead of being cut", async ({ page }) => {
  // Hannah Wright's ticket: her message and Alex's reply, names long enough to be cut at 375 px.
  await page.goto("/demo/inbox?view=closed&q=hannah");
  const row = page.locator("li[data-ticket] a").first();
  await waitForHydration(row);
  await row.click();
  await expect(page).toHaveURL(/\/demo\/tickets\/\d+/);
  const thread = page.locator("section[aria-labelledby='conversation-heading']");
  const headings = thread.locator("li[data-kind] h3");
  await expect(headings.first()).toBeVisible();
  expect(await headings.count()).toBeGreaterThan(1);
  for (const h of await headings.all()) {
    const { scroll, client } = await h.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll, `"${await h.innerText()}" fits its line`).toBeLessThanOrEqual(client);
  }
  await expect(headings.filter({ hasText: "Hannah Wright" }).first()).toBeVisible();

  // The properties' disclosure: before the thread in the DOM and on screen, folded, with a summary.
  const toggle = page.getByRole("button", { name: new RegExp(en("tickets.ticket.details")) });
  await waitForHydration(toggle);
  await expect(toggle).toHaveAttribute("aria-expanded", "false");
  await expect(toggle).toContainText(en("tickets.status.CLOSED"));
  const before = await toggle.evaluate(
    (el, other) => Boolean(el.compareDocumentPosition(other!) & Node.DOCUMENT_POSITION_FOLLOWING),
    await thread.elementHandle(),
  );
  expect(before).toBe(true);
  expect((await toggle.boundingBox())!.y).toBeLessThan((await thread.boundingBox())!.y);
  const status = page.getByRole("combobox", { name: en("tickets.ticket.status") });
  await expect(status).toBeHidden();
  await toggle.click();
  await expect(toggle).toHaveAttribute("aria-expanded", "true");
  await expect(status).toBeVisible();
  await expect(status).toHaveValue("CLOSED");
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.assignee") })).toBeVisible();
});

test("at 1280 px the properties stay in the column beside the thread, always shown", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false });
  const page = await context.newPage();
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/inbox?view=closed&q=hannah");
  const row = page.locator("li[data-ticket] a").first();
  await waitForHydration(row);
  await row.click();
  await expect(page).toHaveURL(/\/demo\/tickets\/\d+/);
  const status = page.getByRole("combobox", { name: en("tickets.ticket.status") });
  await expect(status).toBeVisible();
  const thread = page.locator("section[aria-labelledby='conversation-heading']");
  const aside = page.getByRole("complementary", { name: en("tickets.ticket.details") });
  const s = (await status.boundingBox())!;
  const th = (await thread.boundingBox())!;
  const side = (await aside.boundingBox())!;
  // The column beside the thread (its end side in English), level with its top.
  expect(s.x).toBeGreaterThan(th.x + th.width);
  expect(side.x).toBeGreaterThan(th.x + th.width);
  expect(Math.abs(side.y - th.y)).toBeLessThan(2);
  await expect(page.getByRole("button", { name: new RegExp(en("tickets.ticket.details")) })).toBeHidden();
  await context.close();
});

test("a touch phone gets no Shortcuts button; the Unassigned view's assignee filter says Unassigned", async ({ page }) => {
  await page.goto("/demo/inbox?view=unassigned");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(en("inbox.views.unassigned"));
  await expect(page.getByRole("button", { name: en("inbox.shortcuts.open") })).toBeHidden();
  // Folded away on a phone (so not in the accessibility tree), but its value is what unfolds.
  const assignee = page.locator("#filter-assignee");
  await expect(assignee).toHaveValue("none");
  await page.goto("/demo/inbox?view=mine");
  await expect(assignee).toHaveValue("me");
  // Without a view narrowing the assignee, "Any" is the truth.
  await page.goto("/demo/inbox?view=open");
  await expect(assignee).toHaveValue("");
});

test("a desktop with a mouse keeps the Shortcuts button", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, hasTouch: false, isMobile: false });
  const page = await context.newPage();
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/inbox");
  await expect(page.getByRole("button", { name: en("inbox.shortcuts.open") })).toBeVisible();
  await context.close();
});
