// The ticket page: notes look internal, replies can set the status, and a reply written on a
// ticket that changed meanwhile is stopped with a notice until the agent decides.
import { expect, test, type Page } from "@playwright/test";
import { en } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

async function composer(page: Page) {
  const section = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  await waitForHydration(section.getByRole("textbox"));
  return section;
}

test("an agent writes an internal note, then replies and closes the ticket", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/tickets/44");
  const form = await composer(page);

  await form.getByRole("button", { name: en("tickets.ticket.composer.note"), exact: true }).click();
  const note = `Checked the loyalty ledger ${Date.now()}`;
  await form.getByRole("textbox").fill(note);
  await form.getByRole("button", { name: en("tickets.ticket.composer.addNote") }).click();
  const noteItem = page.locator('li[data-kind="note"]', { hasText: note });
  await expect(noteItem).toBeVisible();
  await expect(noteItem.getByText(en("tickets.ticket.internal"), { exact: true })).toBeVisible();

  await form.getByRole("button", { name: en("tickets.ticket.composer.reply"), exact: true }).click();
  const reply = `The points are back on your account ${Date.now()}`;
  await form.getByRole("textbox").fill(reply);
  await form.getByRole("button", { name: en("tickets.ticket.composer.sendClose") }).click();
  await expect(page.locator('li[data-kind="reply"]', { hasText: reply })).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toHaveValue("CLOSED");
});

test("a reply to a ticket that changed since it was opened is stopped with the notice", async ({ browser }) => {
  const a = await (await browser.newContext()).newPage();
  const b = await (await browser.newContext()).newPage();
  await signIn(a, "agent@demo.test");
  await signIn(b, "admin@demo.test");
  await a.goto("/demo/tickets/47");
  const formA = await composer(a);
  const draft = `Your parcel left our warehouse ${Date.now()}`;
  await formA.getByRole("textbox").fill(draft);

  // Meanwhile the admin replies on the same ticket.
  await b.goto("/demo/tickets/47");
  const formB = await composer(b);
  await formB.getByRole("textbox").fill(`Admin reply ${Date.now()}`);
  await formB.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
  await expect(formB.getByRole("textbox")).toHaveValue("");

  await formA.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
  const notice = formA.getByRole("alert").filter({ hasText: en("tickets.ticket.stale.title") });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText(en("tickets.ticket.stale.changes.REPLY_ADDED"));
  // Nothing was sent yet; the draft is still there.
  await expect(formA.getByRole("textbox")).toHaveValue(draft);
  await expect(a.locator('li[data-kind="reply"]', { hasText: draft })).toHaveCount(0);

  await notice.getByRole("button", { name: en("tickets.ticket.stale.sendAnyway") }).click();
  await expect(a.locator('li[data-kind="reply"]', { hasText: draft })).toBeVisible();
  await a.context().close();
  await b.context().close();
});

test("a light agent can only write internal notes", async ({ page }) => {
  await signIn(page, "light@demo.test");
  await page.goto("/demo/tickets/44");
  const form = await composer(page);
  await expect(form.getByRole("button", { name: en("tickets.ticket.composer.reply"), exact: true })).toBeDisabled();
  await expect(form.getByRole("button", { name: en("tickets.ticket.composer.addNote") })).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toBeDisabled();
});
