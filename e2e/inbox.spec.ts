// The inbox: triage with the keyboard only, bulk changes, search, saved views, filters and
// keyset pages, on the demo data in the browser. The tests run in order in one worker and
// change tickets, so each looks tickets up on screen rather than assuming fixed numbers.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

function rows(page: Page): Locator {
  return page.locator("li[data-ticket]");
}

async function rowNumbers(page: Page): Promise<number[]> {
  return rows(page).evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.ticket)));
}

async function openInbox(page: Page, query = ""): Promise<void> {
  await page.goto(`/demo/inbox${query}`);
  await expect(rows(page).first()).toBeVisible();
  await waitForHydration(rows(page).first());
}

/** An English plural message's text for `count`, e.g. "3 tickets closed." (only "one" and "other" in English). */
function plural(id: string, count: number): string {
  const form = new RegExp(`${count === 1 ? "one" : "other"} \\{([^}]*)\\}`).exec(en(id))?.[1];
  if (!form) throw new Error(`${id} has no plural form for ${count}`);
  return form.replace("#", String(count));
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "agent@demo.test");
});

test("a Greek ticket is found by an unaccented, lower-case word in the search box", async ({ page }) => {
  await openInbox(page);
  // "/" focuses the search box; the demo's Greek customer wrote about a broken "κεραμικό βάζο".
  await page.keyboard.press("/");
  const search = page.getByRole("searchbox", { name: en("inbox.search.label") });
  await expect(search).toBeFocused();
  await search.fill("κεραμικο");
  await search.press("Enter");
  await expect(page).toHaveURL(/[?&]q=/);
  await expect(rows(page).filter({ hasText: "κεραμικό βάζο" })).toHaveCount(1);
  // Only matching tickets are listed.
  await expect(rows(page)).toHaveCount(1);
});

test("an agent triages with the keyboard only: j/k, Enter, a note, a reply and closing", async ({ page }) => {
  await openInbox(page);
  await page.keyboard.press("j");
  await page.keyboard.press("j");
  await expect(rows(page).nth(1)).toHaveAttribute("data-cursor", "true");
  await page.keyboard.press("k");
  const first = rows(page).first();
  await expect(first).toHaveAttribute("data-cursor", "true");
  await expect(first.getByRole("link").first()).toBeFocused();
  const number = await first.getAttribute("data-ticket");

  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${number}$`));
  const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  const field = composer.getByRole("textbox");
  await waitForHydration(field);

  await page.keyboard.press("n");
  await expect(field).toBeFocused();
  const note = `Checked with the warehouse ${Date.now()}`;
  await page.keyboard.type(note);
  await page.keyboard.press("Control+Enter");
  await expect(page.locator('li[data-kind="note"]', { hasText: note })).toBeVisible();

  // Tab leaves the text field (letters typed there are text, not shortcuts).
  await page.keyboard.press("Tab");
  await page.keyboard.press("r");
  await expect(field).toBeFocused();
  const reply = `It is on its way to you ${Date.now()}`;
  await page.keyboard.type(reply);
  // Tab to "Send and close", then Enter: no mouse anywhere.
  const sendClose = composer.getByRole("button", { name: en("tickets.ticket.composer.sendClose") });
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    if (await sendClose.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(sendClose).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator('li[data-kind="reply"]', { hasText: reply })).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toHaveValue("CLOSED");
});

test("three tickets selected with x are closed with e and leave All open", async ({ page }) => {
  await openInbox(page, "?view=open");
  const chosen: number[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press("j");
    await expect(rows(page).nth(i)).toHaveAttribute("data-cursor", "true");
    await page.keyboard.press("x");
    chosen.push(Number(await rows(page).nth(i).getAttribute("data-ticket")));
  }
  const bar = page.getByRole("region", { name: en("inbox.bulk.label") });
  await expect(bar).toContainText(plural("inbox.bulk.selected", 3));

  await page.keyboard.press("e");
  const names = new Intl.ListFormat("en", { type: "conjunction" }).format(chosen.map((n) => `#${n}`));
  await expect(page.getByRole("status").filter({ hasText: en("tickets.undo.done.close", { tickets: names }) })).toBeVisible();
  for (const n of chosen) await expect(page.locator(`li[data-ticket="${n}"]`)).toHaveCount(0);

  await openInbox(page, "?view=closed");
  for (const n of chosen) {
    const row = page.locator(`li[data-ticket="${n}"]`);
    await expect(row).toBeVisible();
    await expect(row).toContainText(en("tickets.status.CLOSED"));
  }
});

test("the Mentions view's count is read as unread mentions, not as tickets", async ({ page }) => {
  await openInbox(page, "?view=mentions");
  const nav = page.getByRole("navigation", { name: en("inbox.views.label") });
  const mentions = nav.getByRole("link", { name: new RegExp(`^${en("inbox.views.mentions")}:`) });
  const shown = Number(await mentions.locator("span[aria-hidden]").textContent());
  // The number counts unseen mentions while the view lists every ticket that mentions you, so
  // "N tickets" would contradict the list.
  await expect(mentions).toHaveAccessibleName(`${en("inbox.views.mentions")}: ${plural("inbox.views.unreadMentions", shown)}`);
});

test("a saved personal view appears in the sidebar with its count and lists the right tickets", async ({ page }) => {
  await openInbox(page, "?view=open");
  await page.getByRole("combobox", { name: en("inbox.filters.priority") }).selectOption("HIGH");
  await page.getByRole("button", { name: en("inbox.filters.apply") }).click();
  await expect(page).toHaveURL(/priority=HIGH/);
  await expect(rows(page).first()).toBeVisible();
  const expected = (await rowNumbers(page)).sort((a, b) => a - b);

  await waitForHydration(page.getByRole("button", { name: en("inbox.saved.save") }));
  await page.getByRole("button", { name: en("inbox.saved.save") }).click();
  const dialog = page.getByRole("dialog", { name: en("inbox.saved.createTitle") });
  const name = `High priority ${Date.now()}`;
  await dialog.getByRole("textbox", { name: en("inbox.saved.name") }).fill(name);
  await dialog.getByRole("button", { name: en("inbox.saved.saveSubmit") }).click();

  await expect(page).toHaveURL(/view=saved%3A|view=saved:/);
  const nav = page.getByRole("navigation", { name: en("inbox.views.label") });
  const link = nav.getByRole("link", { name: `${name}: ${plural("inbox.views.viewCount", expected.length)}`, exact: true });
  await expect(link).toBeVisible();
  await expect(link).toHaveAttribute("aria-current", "page");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(name);
  expect((await rowNumbers(page)).sort((a, b) => a - b)).toEqual(expected);
  for (const row of await rows(page).all()) await expect(row).toContainText(en("tickets.priority.HIGH"));
});

test("filters narrow the list, and page 2 of a keyset page neither repeats nor skips tickets", async ({ page }) => {
  // Every ticket, newest first: ticket numbers follow creation, so the pages must count down without a gap.
  const all = "?view=open&status=OPEN&status=PENDING&status=CLOSED&sort=created";
  await openInbox(page, all);
  const page1 = await rowNumbers(page);
  expect(page1.length).toBe(50);

  await page.getByRole("link", { name: en("inbox.pages.next") }).click();
  await expect(page).toHaveURL(/cursor=/);
  await expect(rows(page).first()).not.toHaveAttribute("data-ticket", String(page1[0]));
  const page2 = await rowNumbers(page);
  expect(page2.length).toBeGreaterThan(0);
  const both = [...page1, ...page2];
  expect(new Set(both).size).toBe(both.length);
  const top = both[0]!;
  expect(both).toEqual(Array.from({ length: both.length }, (_, i) => top - i));

  await page.getByRole("link", { name: en("inbox.pages.newer") }).click();
  await expect(rows(page).first()).toHaveAttribute("data-ticket", String(page1[0]));

  // Narrowing by channel keeps only that channel's tickets, fewer than all of them.
  await openInbox(page, all);
  await page.getByRole("combobox", { name: en("inbox.filters.channel") }).selectOption("CHAT");
  await page.getByRole("button", { name: en("inbox.filters.apply") }).click();
  await expect(page).toHaveURL(/channel=CHAT/);
  const chat = await rowNumbers(page);
  expect(chat.length).toBeGreaterThan(0);
  expect(chat.length).toBeLessThan(both.length);
  expect(chat.every((n) => both.includes(n))).toBe(true);
  await expect(page.getByRole("link", { name: en("inbox.pages.next") })).toHaveCount(0);
});
