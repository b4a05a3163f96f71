// The ticket page's tools and the new-ticket form: tags, the customer's details, @mentions in
// notes, snooze, merge, and a phone ticket for a new customer. Each test opens its own tickets
// through the new-ticket form, so it depends on no demo ticket's number or state.
import { expect, test } from "@playwright/test";
import { en, isolated } from "./catalog";
import { createTicket, unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

test.beforeEach(async ({ page }) => {
  await signIn(page, "agent@demo.test");
});

test("an agent logs a phone call from a new customer as a ticket", async ({ page }) => {
  await page.goto("/demo/tickets/new");
  const create = page.getByRole("button", { name: en("tickets.newTicket.create") });
  await waitForHydration(create);
  // Nothing filled in: each missing field says so.
  await create.click();
  await expect(page.getByRole("textbox", { name: en("tickets.newTicket.subject"), exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(en("tickets.newTicket.customer.pickOne"))).toBeVisible();

  const id = unique();
  const message = `Called about order 4471: the blue kettle arrived dented (${id}).`;
  await createTicket(page, {
    subject: `Dented kettle ${id}`,
    message,
    newCustomer: { email: `caller-${id}@example.com`, name: `Caller ${id}`, phone: "+44 20 7946 0018" },
  });
  await expect(page.locator('li[data-kind="inbound"]', { hasText: message })).toBeVisible();
  await expect(page.getByText(`caller-${id}@example.com`)).toBeVisible();
  await expect(page.getByText("+44 20 7946 0018")).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.assignee") })).toHaveValue(/.+/);
});

test("an agent adds a tag and removes it again", async ({ page }) => {
  const id = unique();
  await createTicket(page, { subject: `Tag me ${id}`, message: "Please tag this.", newCustomer: { email: `tags-${id}@example.com` } });
  const tag = `fragile-${id}`;
  const input = page.getByRole("combobox", { name: en("tickets.ticket.tagsEditor.newTag") });
  await waitForHydration(input);
  await input.fill(tag);
  await page.getByRole("button", { name: en("tickets.ticket.tagsEditor.add"), exact: true }).click();
  const tags = page.getByRole("list", { name: en("tickets.ticket.tags") });
  await expect(tags.getByText(tag, { exact: true })).toBeVisible();
  await expect(page.getByText(en("tickets.ticket.events.TAG_ADDED", { actor: isolated("Alex Agent"), tag: isolated(tag) }))).toBeVisible();

  await page.getByRole("button", { name: en("tickets.ticket.tagsEditor.remove", { tag: isolated(tag) }) }).click();
  await expect(page.getByRole("button", { name: en("tickets.ticket.tagsEditor.remove", { tag: isolated(tag) }) })).toHaveCount(0);
  // Two changes in a row fold into one line (one tag, added and removed), which opens to both.
  await page.locator("summary", { hasText: `${isolated("Alex Agent")} changed 1 tag` }).click();
  await expect(page.getByText(en("tickets.ticket.events.TAG_ADDED", { actor: isolated("Alex Agent"), tag: isolated(tag) }))).toBeVisible();
  await expect(page.getByText(en("tickets.ticket.events.TAG_REMOVED", { actor: isolated("Alex Agent"), tag: isolated(tag) }))).toBeVisible();

  // The timeline says whom a ticket was given to, not just that the assignee changed. The fold
  // grows and stays open.
  await page.getByRole("combobox", { name: en("tickets.ticket.assignee") }).selectOption({ label: isolated("Anna Admin") });
  await expect(page.locator("summary", { hasText: `${isolated("Alex Agent")} changed the assignee and 1 tag` })).toBeVisible();
  await expect(page.getByText(en("tickets.ticket.events.ASSIGNED", { actor: isolated("Alex Agent"), assignee: isolated("Anna Admin") }))).toBeVisible();
});

test("an agent corrects the customer's phone number; Cancel keeps the old one", async ({ page }) => {
  const id = unique();
  const name = `Phone Fix ${id}`;
  await createTicket(page, { subject: `Wrong number ${id}`, message: "Call me back.", newCustomer: { email: `phone-${id}@example.com`, name, phone: "+30 210 0000000" } });
  const edit = page.getByRole("button", { name: en("tickets.ticket.customerEditor.edit", { name }) });
  await waitForHydration(edit);

  await edit.click();
  await page.getByRole("textbox", { name: en("tickets.ticket.phone"), exact: true }).fill("+30 210 9999999");
  await page.getByRole("button", { name: en("common.actions.cancel") }).click();
  await expect(page.getByText("+30 210 0000000")).toBeVisible();

  await edit.click();
  const phone = page.getByRole("textbox", { name: en("tickets.ticket.phone"), exact: true });
  await phone.fill("not a phone");
  await page.getByRole("button", { name: en("common.actions.save") }).click();
  await expect(phone).toHaveAttribute("aria-invalid", "true");
  await phone.fill("+30 210 7654321");
  await page.getByRole("button", { name: en("common.actions.save") }).click();
  await expect(page.getByText("+30 210 7654321")).toBeVisible();
  await page.reload();
  await expect(page.getByText("+30 210 7654321")).toBeVisible();
});

test("an agent mentions a teammate in a note, picking the name with the keyboard", async ({ page }) => {
  const id = unique();
  await createTicket(page, { subject: `Needs Anna ${id}`, message: "Refund over the limit.", newCustomer: { email: `mention-${id}@example.com` } });
  const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  const field = composer.getByRole("textbox");
  await waitForHydration(field);
  // "n" opens the composer as a note.
  await page.locator("body").press("n");
  await expect(composer.getByRole("button", { name: en("tickets.ticket.composer.note"), exact: true })).toHaveAttribute("aria-pressed", "true");
  await expect(field).toBeFocused();

  await field.pressSequentially("Could @ann");
  const listbox = page.getByRole("listbox", { name: en("tickets.ticket.mentions.label") });
  await expect(listbox.getByRole("option", { name: /Anna Admin/ })).toBeVisible();
  await field.press("Enter");
  await expect(listbox).toHaveCount(0);
  await field.pressSequentially(`approve this refund? ${id}`);
  await expect(field).toHaveValue(`Could @Anna Admin approve this refund? ${id}`);
  await composer.getByRole("button", { name: en("tickets.ticket.composer.addNote") }).click();

  const note = page.locator('li[data-kind="note"]', { hasText: id });
  // Highlighted because a Mention row for Anna exists.
  await expect(note.locator("mark[data-mention]")).toHaveText("@Anna Admin");
});

test("an agent snoozes a ticket until tomorrow morning, then wakes it", async ({ page }) => {
  const id = unique();
  await createTicket(page, { subject: `Snooze ${id}`, message: "I will be back next week.", newCustomer: { email: `snooze-${id}@example.com` } });
  const open = page.getByRole("button", { name: en("tickets.ticket.snooze.open") });
  await waitForHydration(open);
  await open.click();
  // Past dates are refused with a visible error.
  const custom = page.getByLabel(en("tickets.ticket.snooze.custom"));
  await custom.fill("2020-01-01T09:00");
  await page.getByRole("button", { name: en("tickets.ticket.snooze.submit"), exact: true }).click();
  await expect(page.getByText(en("tickets.ticket.snooze.past"))).toBeVisible();

  await page.getByRole("button", { name: new RegExp(`^${en("tickets.ticket.snooze.choices.tomorrow")}`) }).click();
  await expect(page.getByText(/^Snoozed until /)).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toHaveValue("PENDING");

  await page.getByRole("button", { name: en("tickets.ticket.snooze.unsnooze") }).click();
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toHaveValue("OPEN");
  await expect(page.getByText(/^Snoozed until /)).toHaveCount(0);
});

test("an agent merges a customer's second ticket into the first", async ({ page }) => {
  const id = unique();
  const email = `merge-${id}@example.com`;
  const first = await createTicket(page, { subject: `Order late ${id}`, message: "My order is late.", newCustomer: { email, name: `Merge ${id}` } });
  const second = await createTicket(page, { subject: `Still late ${id}`, message: `Any news? ${id}`, customerQuery: email });

  await page.getByRole("button", { name: en("tickets.ticket.merge.open") }).click();
  const dialog = page.getByRole("dialog", { name: en("tickets.ticket.merge.title", { number: String(second) }) });
  await expect(dialog.getByRole("radio", { name: new RegExp(`#${first}`) })).toBeChecked();
  await expect(dialog).toContainText(en("tickets.ticket.merge.explain", { source: String(second), target: String(first) }));
  await dialog.getByRole("button", { name: en("tickets.ticket.merge.confirm", { target: String(first) }) }).click();

  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${first}$`));
  await expect(page.locator('li[data-kind="inbound"]', { hasText: `Any news? ${id}` })).toBeVisible();
  await page.goto(`/demo/tickets/${second}`);
  await expect(page.getByRole("link", { name: `#${first}` })).toHaveAttribute("href", `/demo/tickets/${first}`);
});

test("a merged ticket is read-only: a banner links to the ticket it went into, no composer, no changes", async ({ page }) => {
  const id = unique();
  const email = `readonly-${id}@example.com`;
  const first = await createTicket(page, { subject: `Broken lid ${id}`, message: "The lid is broken.", newCustomer: { email, name: `Lid ${id}` } });
  const second = await createTicket(page, { subject: `Lid again ${id}`, message: "About the lid.", customerQuery: email });
  await page.getByRole("button", { name: en("tickets.ticket.merge.open") }).click();
  await page.getByRole("dialog").getByRole("button", { name: en("tickets.ticket.merge.confirm", { target: String(first) }) }).click();
  await expect(page).toHaveURL(new RegExp(`/demo/tickets/${first}$`));

  await page.goto(`/demo/tickets/${second}`);
  const banner = page.getByTestId("merged-banner");
  await expect(banner).toContainText(en("tickets.ticket.mergedTitle", { number: String(first) }));
  await expect(banner).toContainText(en("tickets.ticket.mergedReadOnly"));
  await expect(banner.getByRole("link", { name: `#${first}` })).toHaveAttribute("href", `/demo/tickets/${first}`);
  await expect(page.getByRole("region", { name: en("tickets.ticket.composer.label") })).toHaveCount(0);
  const status = page.getByRole("combobox", { name: en("tickets.ticket.status") });
  await expect(status).toHaveValue("CLOSED");
  for (const field of ["status", "priority", "assignee", "area"]) {
    await expect(page.getByRole("combobox", { name: en(`tickets.ticket.${field}`) })).toBeDisabled();
  }
  await expect(page.getByRole("button", { name: en("tickets.ticket.merge.open") })).toHaveCount(0);

  // The shortcuts r, n, e and a do nothing here.
  await waitForHydration(page.getByRole("link", { name: en("tickets.ticket.backToInbox") }));
  for (const key of ["r", "n", "e", "a"]) await page.locator("body").press(key);
  await expect(page.locator("textarea")).toHaveCount(0);
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.assignee") })).not.toBeFocused();
  await page.reload();
  await expect(status).toHaveValue("CLOSED");
});

test("an agent's reply to an unassigned ticket assigns it to them", async ({ page }) => {
  const id = unique();
  await createTicket(page, { subject: `Nobody's ${id}`, message: "Is anyone there?", newCustomer: { email: `unassigned-${id}@example.com` } });
  const assignee = page.getByRole("combobox", { name: en("tickets.ticket.assignee") });
  await waitForHydration(assignee);
  // A ticket the agent opened is theirs; hand it to no one first.
  await assignee.selectOption({ label: en("tickets.ticket.properties.unassigned") });
  await expect(page.getByText(en("tickets.ticket.events.UNASSIGNED", { actor: isolated("Alex Agent") }))).toBeVisible();
  await expect(assignee).toHaveValue("");

  const assigned = page.getByText(en("tickets.ticket.events.ASSIGNED", { actor: isolated("Alex Agent"), assignee: isolated("Alex Agent") }));
  const before = await assigned.count();
  const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
  await composer.getByRole("textbox").fill(`Yes, I am looking into it ${id}`);
  await composer.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
  await expect(page.locator('li[data-kind="reply"]', { hasText: id })).toBeVisible();
  await expect(assignee.locator("option:checked")).toHaveText(isolated("Alex Agent"));
  // The timeline says so.
  await expect(assigned).toHaveCount(before + 1);
});

test("merging into another customer's ticket is refused with the reason", async ({ page }) => {
  const id = unique();
  const other = await createTicket(page, { subject: `Other ${id}`, message: "Mine.", newCustomer: { email: `other-${id}@example.com` } });
  await createTicket(page, { subject: `Mine ${id}`, message: "Also mine.", newCustomer: { email: `mine-${id}@example.com` } });
  await page.getByRole("button", { name: en("tickets.ticket.merge.open") }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("radio", { name: en("tickets.ticket.merge.other") }).check();
  await dialog.getByRole("textbox", { name: en("tickets.ticket.merge.number") }).fill(String(other));
  await dialog.getByRole("button", { name: en("tickets.ticket.merge.confirm", { target: String(other) }) }).click();
  await expect(dialog.getByRole("alert")).toHaveText(en("tickets.ticket.merge.errors.otherCustomer"));
});
