// Consecutive changes by one person fold into one line of the thread ("Alex Agent changed
// status, priority, and 3 tags") that opens, with the keyboard too, to the changes one by one.
import { expect, test } from "@playwright/test";
import { en, isolated } from "./catalog";
import { createTicket, unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

test("consecutive changes fold into one line that expands to each change", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  const id = unique();
  await createTicket(page, { subject: `Busy ticket ${id}`, message: "Where is my parcel?", newCustomer: { email: `busy-${id}@example.com` } });
  const actor = isolated("Alex Agent");

  // One change is one row, as before.
  const priority = page.getByRole("combobox", { name: en("tickets.ticket.priority") });
  await waitForHydration(priority);
  await priority.selectOption("HIGH");
  const priorityRow = page.getByText(en("tickets.ticket.events.PRIORITY_CHANGED", { actor, from: "Normal", to: "High" }));
  await expect(priorityRow).toBeVisible();

  const tags = [`boxed-${id}`, `late-${id}`, `vip-${id}`];
  const input = page.getByRole("combobox", { name: en("tickets.ticket.tagsEditor.newTag") });
  for (const tag of tags) {
    await input.fill(tag);
    await page.getByRole("button", { name: en("tickets.ticket.tagsEditor.add"), exact: true }).click();
    await expect(page.getByRole("list", { name: en("tickets.ticket.tags") }).getByText(tag, { exact: true })).toBeVisible();
  }
  await page.getByRole("combobox", { name: en("tickets.ticket.status") }).selectOption("PENDING");

  const summary = page.locator("summary", { hasText: `${actor} changed status, priority, and 3 tags` });
  await expect(summary).toBeVisible();
  const group = page.locator("details", { has: summary });
  const rows = [
    priorityRow,
    ...tags.map((tag) => page.getByText(en("tickets.ticket.events.TAG_ADDED", { actor, tag: isolated(tag) }))),
    page.getByText(en("tickets.ticket.events.STATUS_CHANGED", { actor, from: "Open", to: "Pending" })),
  ];
  // Folded: the five rows are there, but closed.
  await expect(group.locator("li")).toHaveCount(5);
  for (const row of rows) await expect(row).toBeHidden();
  // The ticket's creation is a row of its own, not part of the fold.
  await expect(page.getByText(en("tickets.ticket.events.CREATED", { actor }))).toBeVisible();

  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(group).toHaveAttribute("open", "");
  for (const row of rows) await expect(row).toBeVisible();
  await page.keyboard.press("Space");
  await expect(group).not.toHaveAttribute("open");
  for (const row of rows) await expect(row).toBeHidden();
});
