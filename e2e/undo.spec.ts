// Undo in the notices of ticket changes (inbox keys, bulk bar, ticket page), the confirmation of
// large bulk changes, the empty state of a filtered list emptied by a bulk change, and the bulk
// bar at phone width. The tests change shared demo tickets and undo what they did; they take
// tickets from the end of the list, away from inbox.spec.ts, which works at its top.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

/**
 * An undo is one request that changes the tickets and re-renders the page; on a busy two-core
 * machine that has taken over 10 s (the default wait), so its notice gets longer.
 */
const SLOW_REQUEST = 30_000;

function rows(page: Page): Locator {
  return page.locator("li[data-ticket]");
}

function row(page: Page, n: number): Locator {
  return page.locator(`li[data-ticket="${n}"]`);
}

async function openInbox(page: Page, query = ""): Promise<void> {
  await page.goto(`/demo/inbox${query}`);
  await expect(rows(page).first()).toBeVisible();
  await waitForHydration(rows(page).first());
}

/** Ticket numbers of the last `count` rows (skipping the last `skip`), in list order. */
async function lastNumbers(page: Page, count: number, skip = 0): Promise<number[]> {
  const all = await rows(page).evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.ticket)));
  expect(all.length).toBeGreaterThanOrEqual(count + skip);
  return all.slice(all.length - skip - count, all.length - skip);
}

/**
 * Ticks a checkbox from the keyboard (focus, Space), as a keyboard user does; rows at the bottom
 * of the list may sit under the sticky bulk bar, where a pointer cannot reach them.
 */
async function tick(box: Locator): Promise<void> {
  await box.focus();
  await box.press(" ");
  await expect(box).toBeChecked();
}

/** How the notice names tickets in English: "#1", "#1 and #2", "#1, #2 and 10 more". */
function named(numbers: number[]): string {
  const names = numbers.map((n) => `#${n}`);
  if (names.length <= 3) return new Intl.ListFormat("en", { type: "conjunction" }).format(names);
  return `${names[0]}, ${names[1]} and ${names.length - 2} more`;
}

function notice(page: Page, text: string): Locator {
  return page.getByRole("status").filter({ hasText: text });
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "agent@demo.test");
});

test("e closes the focused ticket, the notice names it, and its Undo reopens it", async ({ page }) => {
  await openInbox(page, "?view=open");
  const [n] = await lastNumbers(page, 1, 14);
  const statusBefore = (await row(page, n!).getAttribute("data-status")) ?? "";
  await row(page, n!).getByRole("link").first().focus();
  await expect(row(page, n!)).toHaveAttribute("data-cursor", "true");

  await page.keyboard.press("e");
  const closed = notice(page, en("tickets.undo.done.close", { tickets: `#${n}` }));
  await expect(closed).toBeVisible();
  await expect(row(page, n!)).toHaveCount(0);

  await closed.getByRole("button", { name: en("tickets.undo.undo") }).click();
  await expect(notice(page, en("tickets.undo.undone", { tickets: `#${n}` }))).toBeVisible({ timeout: SLOW_REQUEST });
  await expect(row(page, n!)).toBeVisible();
  await expect(row(page, n!)).toHaveAttribute("data-status", statusBefore);
});

test("on the ticket page, e closes and the notice's Undo, reached by keyboard, reopens", async ({ page }) => {
  await openInbox(page, "?view=open&status=OPEN");
  const [n] = await lastNumbers(page, 1, 15);
  await page.goto(`/demo/tickets/${n}`);
  const status = page.getByRole("combobox", { name: en("tickets.ticket.status") });
  await expect(status).toHaveValue("OPEN");
  await waitForHydration(status);

  await page.keyboard.press("e");
  const closed = notice(page, en("tickets.undo.done.close", { tickets: `#${n}` }));
  await expect(closed).toBeVisible();
  await expect(status).toHaveValue("CLOSED");

  const undo = closed.getByRole("button", { name: en("tickets.undo.undo") });
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(notice(page, en("tickets.undo.undone", { tickets: `#${n}` }))).toBeVisible({ timeout: SLOW_REQUEST });
  await expect(status).toHaveValue("OPEN");
});

test("closing more than 10 tickets asks first in a dialog, and Undo restores them all", async ({ page }) => {
  await openInbox(page, "?view=open");
  const chosen = await lastNumbers(page, 12);
  for (const n of chosen) await tick(row(page, n).getByRole("checkbox"));
  const bar = page.getByRole("region", { name: en("inbox.bulk.label") });
  const close = bar.getByRole("button", { name: en("inbox.bulk.close"), exact: true });

  await close.click();
  const dialog = page.getByRole("dialog", { name: en("inbox.bulk.confirm.title", { count: "12" }) });
  await expect(dialog).toBeVisible();
  // Escape cancels: nothing changes and focus is back on Close.
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(close).toBeFocused();
  for (const n of chosen) await expect(row(page, n)).toBeVisible();

  await close.click();
  await dialog.getByRole("button", { name: en("inbox.bulk.confirm.confirm", { count: "12" }) }).click();
  const closed = notice(page, en("tickets.undo.done.close", { tickets: named(chosen) }));
  await expect(closed).toBeVisible();
  for (const n of chosen) await expect(row(page, n)).toHaveCount(0);

  await closed.getByRole("button", { name: en("tickets.undo.undo") }).click();
  await expect(notice(page, en("tickets.undo.undone", { tickets: named(chosen) }))).toBeVisible({ timeout: SLOW_REQUEST });
  for (const n of chosen) await expect(row(page, n)).toBeVisible();
});

test("a bulk change that empties a filtered list keeps its notice, and the empty state names the filters", async ({ page }) => {
  await openInbox(page, "?view=open");
  const chosen = await lastNumbers(page, 2, 12);
  const tag = `emptied-${Date.now()}`;
  for (const n of chosen) await tick(row(page, n).getByRole("checkbox"));
  const bar = page.getByRole("region", { name: en("inbox.bulk.label") });
  await bar.getByRole("textbox", { name: en("inbox.bulk.tag") }).fill(tag);
  await bar.getByRole("button", { name: en("inbox.bulk.addTag") }).click();
  for (const n of chosen) await expect(row(page, n).getByRole("list", { name: en("inbox.list.tags") })).toContainText(tag);

  await openInbox(page, `?view=open&tag=${tag}`);
  await expect(rows(page)).toHaveCount(2);
  await tick(page.getByRole("checkbox", { name: en("inbox.list.selectAll") }));
  await page.getByRole("region", { name: en("inbox.bulk.label") }).getByRole("button", { name: en("inbox.bulk.close"), exact: true }).click();

  await expect(page.getByRole("heading", { name: en("inbox.empty.filteredTitle") })).toBeVisible();
  const closed = notice(page, en("tickets.undo.done.close", { tickets: named(chosen) }));
  await expect(closed).toBeVisible();
  await expect(page.getByText(en("inbox.empty.filteredHint", { filters: `${en("inbox.filters.tag")}: ${tag}` }))).toBeVisible();
  await expect(page.getByText(en("inbox.empty.hint"))).toHaveCount(0);
  const clear = page.getByRole("link", { name: en("inbox.empty.clearFilters") });
  await expect(clear).toHaveAttribute("href", "/demo/inbox?view=open");

  // The notice outlives the list it was about: Undo brings the tickets back into it.
  await closed.getByRole("button", { name: en("tickets.undo.undo") }).click();
  await expect(rows(page)).toHaveCount(2);
});

test("at phone width the bulk bar is one compact row without sideways scrolling; More actions shows the rest", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 667 });
  await openInbox(page, "?view=open");
  await tick(rows(page).first().getByRole("checkbox"));
  const bar = page.getByRole("region", { name: en("inbox.bulk.label") });
  await expect(bar).toBeVisible();

  const noSidewaysScroll = () =>
    bar.evaluate((section) => {
      const scrolling = document.scrollingElement!;
      const scrollers = [...section.querySelectorAll("*")].filter((el) => {
        const overflow = getComputedStyle(el).overflowX;
        return (overflow === "auto" || overflow === "scroll") && el.scrollWidth > el.clientWidth;
      });
      return scrolling.scrollWidth <= window.innerWidth && scrollers.length === 0;
    });
  expect(await noSidewaysScroll()).toBe(true);
  const box = (await bar.boundingBox())!;
  expect(box.height).toBeLessThanOrEqual(667 / 6);
  await expect(bar.getByRole("combobox", { name: en("inbox.bulk.assignee") })).toBeHidden();

  const more = bar.getByRole("button", { name: en("inbox.bulk.more") });
  await more.click();
  await expect(more).toHaveAttribute("aria-expanded", "true");
  await expect(bar.getByRole("combobox", { name: en("inbox.bulk.assignee") })).toBeVisible();
  expect(await noSidewaysScroll()).toBe(true);
});
