// Right-to-left pages and left-to-right content (and the reverse): every piece of user-written
// text (subjects, names, previews) is isolated with dir="auto" or <bdi>, so it takes its own
// direction, is cut at its own end, and a U+202E in it cannot flip what follows. Inside a
// translated sentence, an attribute or an <option> (where no element can go) it sits between
// U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE instead. Uses the
// Northwind admin, whom no other spec signs in as, because it changes the user's language.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { message, messagePattern } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";
import { NORTHWIND, freshMember } from "./fresh-member";

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function switchLanguage(page: Page, from: string, to: string): Promise<void> {
  const summary = page.getByLabel(messagePattern(from, "agent.userMenu.label"));
  const open = await summary.evaluate((el) => el.parentElement instanceof HTMLDetailsElement && el.parentElement.open);
  if (!open) await summary.click();
  await page.getByRole("combobox", { name: message(from, "common.language.label"), exact: true }).selectOption(to);
  await expect(page.locator("html")).toHaveAttribute("lang", to);
}

async function createTicket(page: Page, subject: string, text: string, customer: { email: string; name: string; isNew: boolean }): Promise<number> {
  await page.goto("/northwind/tickets/new");
  const field = page.getByRole("textbox", { name: message("en", "tickets.newTicket.subject"), exact: true });
  await waitForHydration(field);
  if (customer.isNew) {
    await page.getByRole("radio", { name: message("en", "tickets.newTicket.customer.new") }).check();
    await page.getByRole("textbox", { name: message("en", "tickets.newTicket.customer.email"), exact: true }).fill(customer.email);
    await page.getByRole("textbox", { name: message("en", "tickets.newTicket.customer.name"), exact: true }).fill(customer.name);
  } else {
    const search = page.getByRole("combobox", { name: message("en", "tickets.newTicket.customer.search") });
    await search.fill(customer.email);
    await expect(page.getByRole("option", { name: new RegExp(customer.email) })).toBeVisible();
    await search.press("Enter");
  }
  await field.fill(subject);
  await page.getByRole("textbox", { name: message("en", "tickets.newTicket.message"), exact: true }).fill(text);
  await page.getByRole("button", { name: message("en", "tickets.newTicket.create") }).click();
  await expect(page).toHaveURL(/\/northwind\/tickets\/\d+$/, { timeout: 30_000 });
  return Number(new URL(page.url()).pathname.split("/").pop());
}

type Isolation = { tag: string; dir: string | null; direction: string; unicodeBidi: string; cutDirection: string | null };

/**
 * How each occurrence of `text` inside `root` is shown: the element holding the text node, its
 * dir attribute, computed direction and unicode-bidi, and the direction of the nearest element
 * that cuts it with an ellipsis (null when nothing cuts it).
 */
async function isolationOf(root: Locator, text: string): Promise<Isolation[]> {
  return root.evaluate((rootEl, needle) => {
    const found: Isolation[] = [];
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent?.includes(needle) || !node.parentElement) continue;
      const el = node.parentElement;
      const style = getComputedStyle(el);
      let cut: Element | null = el;
      while (cut && cut !== rootEl.parentElement && getComputedStyle(cut).textOverflow !== "ellipsis") cut = cut.parentElement;
      const cutDirection = cut && cut !== rootEl.parentElement ? getComputedStyle(cut).direction : null;
      found.push({ tag: el.tagName, dir: el.getAttribute("dir"), direction: style.direction, unicodeBidi: style.unicodeBidi, cutDirection });
    }
    return found;
  }, text);
}

function expectIsolated(found: Isolation[], direction: "ltr" | "rtl", what: string): void {
  expect(found.length, `${what} is shown`).toBeGreaterThan(0);
  for (const f of found) {
    expect(f.tag === "BDI" || f.dir === "auto", `${what} sits in <bdi> or dir="auto" (${JSON.stringify(f)})`).toBe(true);
    expect(f.direction, `${what} takes its own direction`).toBe(direction);
    expect(f.unicodeBidi, `${what} is isolated from the text around it`).toBe("isolate");
    if (f.cutDirection !== null) expect(f.cutDirection, `${what} is cut at its own end`).toBe(direction);
  }
}

test("in Arabic, English subjects, names and previews read left to right and Arabic ones right to left, each isolated", async ({ page }) => {
  // Three tickets made through the form and two language switches, on two busy cores.
  test.setTimeout(150_000);
  const id = unique();
  const email = `bidi-${id}@example.com`;
  const english = `Cancel my order before it ships ${id}`;
  const arabic = `لم يصل طلبي بعد ${id}`;
  const override = `\u202Etrap ${id} order`;
  const preview = `Please cancel order NW-${id} before it ships, I picked the wrong size and colour of the jacket and would rather order again.`;
  const name = `Sam Carter ${id}`;

  await signIn(page, "admin@northwind.test");
  if ((await page.locator("html").getAttribute("lang")) !== "en") await switchLanguage(page, (await page.locator("html").getAttribute("lang"))!, "en");
  const number = await createTicket(page, english, preview, { email, name, isNew: true });
  await createTicket(page, arabic, "أين طلبي؟", { email, name, isNew: false });
  await createTicket(page, override, "Hello", { email, name, isNew: false });

  await switchLanguage(page, "en", "ar");
  try {
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await page.goto(`/northwind/inbox?q=${id}`);
    const list = page.locator("li[data-ticket]");
    await expect(list).toHaveCount(3);
    const main = page.locator("main");
    expectIsolated(await isolationOf(main, english), "ltr", "the English subject in the inbox");
    expectIsolated(await isolationOf(main, arabic), "rtl", "the Arabic subject in the inbox");
    expectIsolated(await isolationOf(main, override.slice(1)), "ltr", "the subject with U+202E in the inbox");
    expectIsolated(await isolationOf(main, name), "ltr", "the customer's name in the inbox");
    expectIsolated(await isolationOf(main, preview.slice(0, 30)), "ltr", "the English preview in the inbox");

    await page.goto(`/northwind/tickets/${number}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expectIsolated(await isolationOf(main.locator("h1"), english), "ltr", "the ticket page's English heading");
    const aside = main.locator("aside");
    expectIsolated(await isolationOf(aside, arabic), "rtl", "the Arabic subject among the customer's other tickets");
    expectIsolated(await isolationOf(aside, override.slice(1)), "ltr", "the U+202E subject among the customer's other tickets");
  } finally {
    await switchLanguage(page, "ar", "en");
  }
});

/**
 * Each occurrence of `text` inside `root` (text nodes, <option>s and <title> included), and
 * whether it is isolated: alone in a <bdi> or dir="auto" element that the browser isolates, or
 * between U+2068 and U+2069 in its text, so no override in it reaches the words around it.
 */
async function occurrencesOf(root: Locator, text: string): Promise<{ isolated: boolean; around: string }[]> {
  return root.evaluate((rootEl, needle) => {
    const found: { isolated: boolean; around: string }[] = [];
    const walker = document.createTreeWalker(rootEl, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const content = node.textContent ?? "";
      if (!content.includes(needle) || !node.parentElement) continue;
      const el = node.parentElement;
      const byElement =
        (el.tagName === "BDI" || el.getAttribute("dir") === "auto") &&
        getComputedStyle(el).unicodeBidi === "isolate" &&
        (el.textContent ?? "").trim() === needle.trim();
      const inText = content.includes(`\u2068${needle}\u2069`);
      found.push({ isolated: byElement || inText, around: JSON.stringify(content.slice(0, 120)) });
    }
    return found;
  }, text);
}

async function expectAllIsolated(root: Locator, text: string, what: string): Promise<void> {
  const found = await occurrencesOf(root, text);
  expect(found.length, `${what} is shown`).toBeGreaterThan(0);
  for (const f of found) expect(f.isolated, `${what} is isolated in ${f.around}`).toBe(true);
}

test("in Arabic, names and tags in the presence bar, in select options and in the thread's event lines are isolated, and an override in a name or subject reaches nothing around it", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const id = unique();
  // A member and a tag that begin with U+202E RIGHT-TO-LEFT OVERRIDE, and a subject with one.
  const memberName = `\u202EMallory ${id}`;
  const tag = `\u202Etag-${id}`;
  const subject = `\u202Etrap ${id} order`;

  await signIn(page, "admin@northwind.test");
  if ((await page.locator("html").getAttribute("lang")) !== "en") await switchLanguage(page, (await page.locator("html").getAttribute("lang"))!, "en");
  const number = await createTicket(page, subject, "Hello", { email: `bidi-events-${id}@example.com`, name: `Pat Lee ${id}`, isNew: true });

  const mallory = await freshMember(browser, { workspace: NORTHWIND, role: "AGENT", locale: "en", name: memberName });
  try {
    // Mallory takes the ticket and tags it: two event lines naming her, one naming the tag.
    const other = mallory.page;
    await other.goto(`/northwind/tickets/${number}`);
    const assignee = other.getByRole("combobox", { name: message("en", "tickets.ticket.assignee"), exact: true });
    await waitForHydration(assignee);
    const value = await assignee.locator("option").evaluateAll((options, needle) => options.find((o) => o.textContent?.includes(needle))?.getAttribute("value"), `Mallory ${id}`);
    await assignee.selectOption(value!);
    // Saved: the change's notice offers its Undo.
    await expect(other.getByRole("button", { name: message("en", "tickets.undo.undo"), exact: true })).toBeVisible({ timeout: 30_000 });
    // A fresh page, so the tag change is checked against the version after the assignment.
    await other.reload();
    const newTag = other.getByRole("combobox", { name: message("en", "tickets.ticket.tagsEditor.newTag"), exact: true });
    await waitForHydration(newTag);
    await newTag.fill(tag);
    // Enter submits the tag form (a click could land on the field's suggestion list instead).
    await newTag.press("Enter");
    // The editor's own notice (the list itself follows with the live update).
    await expect(other.getByRole("status").filter({ hasText: `tag-${id}` })).toBeVisible();

    await switchLanguage(page, "en", "ar");
    try {
      // Mallory is still on the ticket: Kristjan sees her in the presence bar.
      await page.goto(`/northwind/tickets/${number}`);
      const bar = page.getByRole("list", { name: message("ar", "presence.label") });
      await expect(bar).toContainText(`Mallory ${id}`, { timeout: 30_000 });
      await expectAllIsolated(bar, memberName, "the member's name in the presence bar");

      // Her changes fold into one line ("Mallory changed the assignee and 1 tag") over the rows.
      const thread = page.locator("section[aria-labelledby=conversation-heading] > ol");
      await expect(thread).toContainText(`Mallory ${id}`);
      await expectAllIsolated(thread, tag, "the tag in its event line");
      await expectAllIsolated(thread, memberName, "the member's name in the event lines");
      const assigneeSelect = page.getByRole("combobox", { name: message("ar", "tickets.ticket.assignee"), exact: true });
      await expectAllIsolated(assigneeSelect, memberName, "the member's name among the ticket's assignee options");
      await expectAllIsolated(page.locator("head > title"), subject, "the subject in the window title");

      await page.goto(`/northwind/inbox?q=${id}`);
      await expect(page.locator("li[data-ticket]")).toHaveCount(1);
      await expectAllIsolated(page.locator("#filter-assignee"), memberName, "the member's name among the inbox's assignee filter options");

      await page.goto("/northwind/tickets/new");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAllIsolated(page.locator("main select").filter({ hasText: `Mallory ${id}` }), memberName, "the member's name among the new ticket's assignee options");
    } finally {
      await switchLanguage(page, "ar", "en");
    }
  } finally {
    await mallory.context.close();
  }
});
