// Opening a ticket through the new-ticket form, so a spec depends on no demo ticket's number or
// state. Shared by the ticket specs.
import { expect, type Page } from "@playwright/test";
import { en } from "./catalog";
import { waitForHydration } from "./sign-in";

/** A short id that makes a test's subjects, emails and tags its own. */
export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

export type NewTicket = { subject: string; message: string } & (
  | { newCustomer: { email: string; name?: string; phone?: string } }
  | { customerQuery: string }
);

/** Opens a ticket through /demo/tickets/new and returns its number (the page lands on it). */
export async function createTicket(page: Page, t: NewTicket): Promise<number> {
  await page.goto("/demo/tickets/new");
  const subject = page.getByRole("textbox", { name: en("tickets.newTicket.subject"), exact: true });
  await waitForHydration(subject);
  if ("newCustomer" in t) {
    await page.getByRole("radio", { name: en("tickets.newTicket.customer.new") }).check();
    await page.getByRole("textbox", { name: en("tickets.newTicket.customer.email"), exact: true }).fill(t.newCustomer.email);
    if (t.newCustomer.name) await page.getByRole("textbox", { name: en("tickets.newTicket.customer.name"), exact: true }).fill(t.newCustomer.name);
    if (t.newCustomer.phone) await page.getByRole("textbox", { name: en("tickets.newTicket.customer.phone"), exact: true }).fill(t.newCustomer.phone);
  } else {
    const search = page.getByRole("combobox", { name: en("tickets.newTicket.customer.search") });
    await search.fill(t.customerQuery);
    await expect(page.getByRole("option", { name: new RegExp(t.customerQuery) })).toBeVisible();
    await search.press("Enter");
    await expect(page.getByText(t.customerQuery)).toBeVisible();
  }
  await subject.fill(t.subject);
  await page.getByRole("textbox", { name: en("tickets.newTicket.message"), exact: true }).fill(t.message);
  await page.getByRole("button", { name: en("tickets.newTicket.create") }).click();
  // The first ticket a fresh server creates can take longer than the usual 10 s on two busy cores.
  await expect(page).toHaveURL(/\/demo\/tickets\/\d+$/, { timeout: 30_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.subject);
  return Number(new URL(page.url()).pathname.split("/").pop());
}
