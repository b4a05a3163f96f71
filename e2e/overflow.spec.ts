// Translations are longer or shorter than English ("Probleemivaldkond", "Ostatnia aktywność"):
// every visible label, select, field, button and disclosure shows its whole text in each of the
// five languages, on a desktop and on a phone. A control whose text is wider than its box (the
// text is clipped or runs into the next control) fails the page, and so does a page wider than
// the window (it would scroll sideways on a phone).
import { expect, test, type Page } from "@playwright/test";
import { message } from "./catalog";
import { freshMember } from "./fresh-member";
import { waitForHydration } from "./sign-in";

const LOCALES = ["en", "el", "ar", "et", "pl"] as const;
const WIDTHS = [1280, 375] as const;

type Overflow = { control: string; text: string; textWidth: number; room: number };

/**
 * The visible controls of the page whose text does not fit: for selects and fields, the chosen
 * option (or the placeholder) measured in the control's own font against the room between its
 * paddings; for everything else, content wider than the box (scrollWidth > clientWidth).
 * Text cut on purpose with an ellipsis (user content with its full text elsewhere) is left out.
 */
async function overflowingControls(page: Page): Promise<Overflow[]> {
  return page.evaluate(() => {
    const found: Overflow[] = [];
    const ruler = document.createElement("span");
    ruler.style.cssText = "position:absolute;visibility:hidden;white-space:pre;inset-inline-start:-9999px;top:0";
    document.body.append(ruler);
    const describe = (el: Element) => {
      const id = el.id ? `#${el.id}` : "";
      const name = el.getAttribute("name") ? `[name=${el.getAttribute("name")}]` : "";
      return `${el.tagName.toLowerCase()}${id}${name}`;
    };
    const visible = (el: HTMLElement) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== "hidden" && !el.closest(".sr-only, [hidden], [aria-hidden=true]");
    };
    const selector = "select, input:not([type=hidden],[type=checkbox],[type=radio],[type=file]), button, summary, label, legend, a[class*=rounded-md]";
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      if (!visible(el)) continue;
      const style = getComputedStyle(el);
      if (el instanceof HTMLSelectElement || el instanceof HTMLInputElement) {
        const text = el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? "") : el.value || el.placeholder;
        if (!text) continue;
        ruler.style.font = style.font;
        ruler.style.letterSpacing = style.letterSpacing;
        ruler.style.textTransform = style.textTransform;
        ruler.textContent = text;
        const textWidth = ruler.getBoundingClientRect().width;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        // A value the user typed scrolls inside its field; a placeholder or a choice must fit.
        if (el instanceof HTMLInputElement && el.value) continue;
        if (textWidth > room + 1) found.push({ control: describe(el), text, textWidth: Math.round(textWidth), room: Math.round(room) });
        continue;
      }
      if (style.textOverflow === "ellipsis" || style.display === "inline") continue;
      if (el.scrollWidth > el.clientWidth + 1) {
        found.push({ control: describe(el), text: (el.textContent ?? "").trim().slice(0, 60), textWidth: el.scrollWidth, room: el.clientWidth });
      }
    }
    ruler.remove();
    // The page itself: nothing may push it wider than the window (a row of buttons or tabs that
    // does not wrap makes a phone scroll sideways).
    const page = document.scrollingElement ?? document.documentElement;
    if (page.scrollWidth > window.innerWidth + 1) {
      found.push({ control: "page", text: document.title, textWidth: page.scrollWidth, room: window.innerWidth });
    }
    return found;
  });
}

async function expectNoOverflow(page: Page, where: string): Promise<void> {
  // Soft: one run lists every page that overflows, not only the first.
  expect.soft(await overflowingControls(page), `controls whose text overflows on ${where}`).toEqual([]);
}

/**
 * Checks the page that is loaded at each width in turn, widest first, then goes back to the
 * widest. The layout follows the width through CSS alone (folded parts are CSS too), so resizing
 * a loaded page shows what a phone loading it gets, for half the page loads.
 */
async function expectNoOverflowAtEachWidth(page: Page, where: string, atWidth: (width: number) => Promise<void> = async () => {}) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await atWidth(width);
    await expectNoOverflow(page, `${where} at ${width} px`);
  }
  await page.setViewportSize({ width: WIDTHS[0], height: 900 });
}

for (const locale of LOCALES) {
  test(`in ${locale}, every control's text fits on the inbox, ticket, new-ticket and settings pages at ${WIDTHS.join(" and ")} px`, async ({ browser }) => {
    // Eight pages at two widths on two shared cores.
    test.setTimeout(240_000);
    const { context, page } = await freshMember(browser, { locale, name: `Overflow ${locale.toUpperCase()} Admin` });
    try {
      await page.setViewportSize({ width: WIDTHS[0], height: 900 });
      await page.goto("/demo/inbox?view=open");
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      const status = page.getByRole("combobox", { name: message(locale, "inbox.filters.status"), exact: true });
      await expectNoOverflowAtEachWidth(page, "the inbox", async () => {
        // On a phone the filters are folded behind a button: open them to check them too.
        if (!(await status.isVisible())) {
          const toggle = page.getByRole("button", { name: new RegExp(`^${message(locale, "inbox.filters.label")}`) });
          await toggle.click();
          await expect(toggle).toHaveAttribute("aria-expanded", "true");
        }
        await expect(status).toBeVisible();
      });

      const href = await page.locator("li[data-ticket] a[href^='/demo/tickets/']").first().getAttribute("href");
      await page.goto(href!);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectNoOverflowAtEachWidth(page, "the ticket page");

      for (const path of ["/demo/tickets/new", "/demo/settings/workspace", "/demo/settings/branding", "/demo/settings/members", "/demo/settings/api-tokens", "/demo/settings/canned-replies", "/demo/settings/business-hours", "/demo/settings/sla-policies", "/demo/settings/teams", "/demo/settings/mailboxes", "/demo/settings/problem-areas", "/demo/settings/tags", "/demo/reports/sla"]) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expectNoOverflowAtEachWidth(page, path);
      }

      // The new-mailbox form with its IMAP and SMTP parts open (the longest labels of settings).
      await page.goto("/demo/settings/mailboxes/new");
      const form = page.getByRole("main").locator("form");
      await waitForHydration(form);
      await form.getByRole("checkbox", { name: message(locale, "settings.mailboxes.form.imapEnable") }).check();
      await form.getByRole("checkbox", { name: message(locale, "settings.mailboxes.form.smtpEnable") }).check();
      await form.getByRole("combobox", { name: message(locale, "settings.mailboxes.form.afterImport") }).selectOption("move");
      await expectNoOverflowAtEachWidth(page, "the new-mailbox form");

      // The business-hours editor with an interval, a holiday and the import (issue 17).
      await page.goto("/demo/settings/business-hours");
      const newCalendar = page.getByRole("button", { name: message(locale, "settings.businessHours.newCalendar") });
      await waitForHydration(newCalendar);
      await newCalendar.click();
      const editor = page.getByRole("main").locator("form");
      await editor.getByRole("button", { name: message(locale, "settings.businessHours.form.addInterval") }).first().click();
      await editor.getByRole("button", { name: message(locale, "settings.businessHours.form.addHoliday") }).click();
      await expectNoOverflowAtEachWidth(page, "the business-hours editor");

      // The SLA policy editor: conditions, the targets table (it scrolls inside its own region on
      // a phone) and the warnings (issue 17).
      await page.goto("/demo/settings/sla-policies");
      const newPolicy = page.getByRole("button", { name: message(locale, "settings.slaPolicies.newPolicy") });
      await waitForHydration(newPolicy);
      await newPolicy.click();
      await expect(page.getByRole("main").locator("form")).toBeVisible();
      await expectNoOverflowAtEachWidth(page, "the SLA policy editor");
    } finally {
      await context.close();
    }
  });
}
