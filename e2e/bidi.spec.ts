// Right-to-left pages and left-to-right content (and the reverse): every piece of user-written
// text (subjects, names, previews) is isolated with dir="auto" or <bdi>, so it takes its own
// direction, is cut at its own end, and a U+202E in it cannot flip what follows. Uses the
// Northwind admin, whom no other spec signs in as, because it changes the user's language.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { message, messagePattern } from "./catalog";
import { signIn, waitForHydration } from "./sign-in";

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
  await expect(page).toHaveURL(/\/northwind\/tickets\/\d+$/);
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
