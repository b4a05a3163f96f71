// A search that is exactly a ticket number opens that ticket, whatever the view and its status;
// "g" opens the "Go to ticket" dialog from anywhere; another workspace's numbers are never opened.
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

async function firstTicketOf(page: Page, view: string): Promise<number> {
  await page.goto(`/demo/inbox?view=${view}`);
  const row = page.locator("li[data-ticket]").first();
  await expect(row).toBeVisible();
  return Number(await row.getAttribute("data-ticket"));
}

test("searching a closed ticket's number in All open opens that ticket, and Back returns to the list", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  const closed = await firstTicketOf(page, "closed");
  await page.goto("/demo/inbox?view=open");
  const search = page.getByRole("searchbox", { name: en("inbox.search.label") });
  await waitForHydration(search);
  await search.fill(` #${closed} `);
  await search.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${closed}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/demo\/inbox\?view=open$/);

  // The bare number too; a number no ticket has runs the normal search.
  await page.goto(`/demo/inbox?q=${closed}`);
  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${closed}$`));
  await page.goto("/demo/inbox?q=987654");
  await expect(page).toHaveURL(/\/demo\/inbox\?q=987654$/);
  await expect(page.getByText(en("inbox.empty.searchTitle"))).toBeVisible();
});

test("g opens Go to ticket from anywhere: a labelled number field, Enter opens, Escape closes", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  const pending = await firstTicketOf(page, "pending");
  await page.goto("/demo/inbox");
  await waitForHydration(page.locator("li[data-ticket]").first());

  // Listed in the ? help.
  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: en("inbox.shortcuts.title") });
  await expect(help.getByText(en("inbox.shortcuts.keys.goToTicket"))).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();

  await page.keyboard.press("g");
  const dialog = page.getByRole("dialog", { name: en("inbox.goToTicket.title") });
  const field = dialog.getByRole("textbox", { name: en("inbox.goToTicket.label") });
  await expect(field).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();

  await page.keyboard.press("g");
  await expect(field).toBeFocused();
  await page.keyboard.type(String(pending));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${pending}$`));

  // And from a ticket page.
  await waitForHydration(page.getByRole("heading", { level: 1 }));
  await page.locator("body").click({ position: { x: 1, y: 1 } });
  await page.keyboard.press("g");
  await expect(field).toBeFocused();
  await dialog.getByRole("button", { name: en("inbox.goToTicket.cancel") }).click();
  await expect(dialog).toBeHidden();
});

test("another workspace's ticket number is never opened", async ({ page }) => {
  // Northwind has a dozen tickets; #60 exists only in Demo Shop.
  await signIn(page, "agent@northwind.test");
  await page.goto("/northwind/inbox?q=%2360");
  await expect(page).toHaveURL(/\/northwind\/inbox\?q=%2360$/);
  await expect(page.getByText(en("inbox.empty.searchTitle"))).toBeVisible();
  // The empty state is server-rendered: the shortcut listens only once the page has hydrated.
  await waitForHydration(page.getByRole("heading", { level: 1 }));
  await page.keyboard.press("g");
  const field = page.getByRole("textbox", { name: en("inbox.goToTicket.label") });
  await expect(field).toBeFocused();
  await field.fill("60");
  await field.press("Enter");
  await expect(page).toHaveURL(/\/northwind\/inbox\?q=60$/);
  await expect(page.getByText(en("inbox.empty.searchTitle"))).toBeVisible();
});
