// From the inbox to a ticket and back: the ticket page keeps the list the agent came from (view,
// filters, sort, page), steps through it with Previous/Next (and [ and ]), and "Send and go to
// next" replies and opens the list's next ticket.
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

const LIST = "/demo/inbox?view=open&priority=NORMAL&sort=created";

async function listNumbers(page: Page): Promise<number[]> {
  await page.goto(LIST);
  const rows = page.locator("li[data-ticket]");
  await expect(rows.first()).toBeVisible();
  return rows.evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.ticket)));
}

/** Opens ticket `number` from the list by clicking its row, once the list is hydrated. */
async function openFromList(page: Page, number: number): Promise<void> {
  const link = page.locator(`li[data-ticket="${number}"] a[href*="/tickets/"]`).first();
  await waitForHydration(link);
  await link.click();
}

async function ticketNumber(page: Page): Promise<number> {
  await expect(page).toHaveURL(/\/demo\/tickets\/\d+/);
  return Number(/\/tickets\/(\d+)/.exec(page.url())![1]);
}

test.beforeEach(async ({ page }) => {
  await signIn(page, "agent@demo.test");
});

test("Back to inbox returns to the same view, filters and sort", async ({ page }) => {
  const numbers = await listNumbers(page);
  expect(numbers.length).toBeGreaterThan(2);
  await openFromList(page, numbers[1]!);
  expect(await ticketNumber(page)).toBe(numbers[1]);
  const back = page.getByRole("link", { name: en("tickets.ticket.backToInbox") });
  await waitForHydration(back);
  await back.click();
  await expect(page).toHaveURL(/\/demo\/inbox\?/);
  const url = new URL(page.url());
  expect(url.searchParams.get("view")).toBe("open");
  expect(url.searchParams.get("priority")).toBe("NORMAL");
  expect(url.searchParams.get("sort")).toBe("created");
  await expect(page.getByRole("combobox", { name: en("inbox.sort.label") })).toHaveValue("created");
});

test("Previous and Next, and the keys [ and ], follow the list the agent came from", async ({ page }) => {
  const numbers = await listNumbers(page);
  await openFromList(page, numbers[1]!);
  expect(await ticketNumber(page)).toBe(numbers[1]);
  const next = page.getByRole("link", { name: en("tickets.ticket.nav.next") });
  await waitForHydration(next);
  await next.click();
  await expect.poll(() => ticketNumber(page)).toBe(numbers[2]);
  await waitForHydration(page.getByRole("link", { name: en("tickets.ticket.nav.previous") }));
  await page.keyboard.press("[");
  await expect.poll(() => ticketNumber(page)).toBe(numbers[1]);
  await waitForHydration(page.getByRole("link", { name: en("tickets.ticket.nav.previous") }));
  await page.keyboard.press("[");
  await expect.poll(() => ticketNumber(page)).toBe(numbers[0]);
  // The first ticket of the list has no previous one; ] goes on.
  await expect(page.getByRole("link", { name: en("tickets.ticket.nav.previous") })).toHaveCount(0);
  await waitForHydration(page.getByRole("link", { name: en("tickets.ticket.nav.next") }));
  await page.keyboard.press("]");
  await expect.poll(() => ticketNumber(page)).toBe(numbers[1]);
  // The list still comes along.
  expect(new URL(page.url()).searchParams.get("sort")).toBe("created");

  // The shortcuts help lists both keys.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: en("inbox.shortcuts.title") });
  await expect(help).toBeVisible();
  await expect(help.getByText(en("inbox.shortcuts.keys.previousTicket"))).toBeVisible();
  await expect(help.getByText(en("inbox.shortcuts.keys.nextTicket"))).toBeVisible();
});

test("Send and go to next replies, then opens the list's next ticket", async ({ page }) => {
  const numbers = await listNumbers(page);
  const last = numbers.length - 1;
  await openFromList(page, numbers[last - 1]!);
  expect(await ticketNumber(page)).toBe(numbers[last - 1]);
  const form = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  await waitForHydration(form.getByRole("textbox"));
  const reply = `Sorted, thanks for waiting ${Date.now()}`;
  await form.getByRole("textbox").fill(reply);
  await form.getByRole("button", { name: en("tickets.ticket.composer.sendNext") }).click();
  await expect.poll(() => ticketNumber(page)).toBe(numbers[last]);
  await page.goBack();
  await expect(page.locator('li[data-kind="reply"]', { hasText: reply })).toBeVisible();

  // On the list's last ticket there is no next one: back to the list.
  await page.goForward();
  await expect.poll(() => ticketNumber(page)).toBe(numbers[last]);
  const form2 = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  await waitForHydration(form2.getByRole("textbox"));
  await form2.getByRole("textbox").fill(`And this one too ${Date.now()}`);
  await form2.getByRole("button", { name: en("tickets.ticket.composer.sendNext") }).click();
  await expect(page).toHaveURL(/\/demo\/inbox\?/);
  expect(new URL(page.url()).searchParams.get("sort")).toBe("created");
});

test("a ticket URL with a foreign or broken return target still links back to this workspace's inbox", async ({ page }) => {
  const [first] = await listNumbers(page);
  await page.goto(`/demo/tickets/${first}?view=https://evil.test/&sort=created&status=nope`);
  const back = page.getByRole("link", { name: en("tickets.ticket.backToInbox") });
  await expect(back).toHaveAttribute("href", "/demo/inbox?sort=created");
});
