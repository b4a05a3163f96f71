// axe-core on the agent's pages, in English and in Arabic (right to left): no serious or critical
// violation (contrast, names of controls, landmarks, ARIA) on the inbox, search results, a ticket,
// the new-ticket page, the members, API token and canned reply settings and the account page (password form) and the mailbox list and form. Each page is checked once it is
// hydrated and its live parts have settled, as a user meets it.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { freshMember } from "./fresh-member";

type Finding = { rule: string; impact: string | null | undefined; help: string; targets: string[] };

async function seriousViolations(page: Page): Promise<Finding[]> {
  // A customer's HTML mail is shown in a sandboxed frame without scripts, where axe cannot run (it
  // waited there until the test timed out); the mail's markup is the sender's, not ours. The frame
  // itself carries a title (mail-body.tsx).
  const results = await new AxeBuilder({ page }).exclude("iframe[data-mail-frame]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ rule: v.id, impact: v.impact, help: v.help, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

for (const locale of ["en", "ar"] as const) {
  test(`in ${locale}, axe finds no serious or critical violation on the inbox, search, ticket, new-ticket, members, token, canned reply, account and mailbox pages`, async ({ browser }) => {
    test.setTimeout(360_000);
    const { context, page } = await freshMember(browser, { locale, name: `Axe ${locale.toUpperCase()} Admin` });
    try {
      const pages: { path: string; ready: () => Promise<void> }[] = [
        { path: "/demo/inbox", ready: () => expect(page.locator("li[data-ticket]").first()).toBeVisible() },
        { path: "/demo/inbox?q=order", ready: () => expect(page.locator("li[data-ticket]").first()).toBeVisible() },
        { path: "", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        { path: "/demo/tickets/new", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        { path: "/demo/settings/members", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        { path: "/demo/settings/api-tokens", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        { path: "/demo/settings/mailboxes/new", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        // The demo's canned replies, by folder, and the form with its language tabs.
        { path: "/demo/settings/canned-replies", ready: () => expect(page.locator("li[data-canned-reply]").first()).toBeVisible() },
        { path: "/demo/settings/business-hours", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
        // Problem areas: a name field per language, each in its own direction.
        { path: "/demo/settings/problem-areas", ready: () => expect(page.locator("li[data-problem-area]").first()).toBeVisible() },
        // The demo's round-robin team (issue 17).
        { path: "/demo/settings/teams", ready: () => expect(page.locator("li[data-team]").first()).toBeVisible() },
        // In English only (their Arabic layout is checked by overflow.spec.ts): the CI budget is tight.
        ...(locale === "en"
          ? [
              { path: "/demo/settings/account", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
              { path: "/demo/settings/mailboxes", ready: () => expect(page.getByRole("heading", { level: 1 })).toBeVisible() },
            ]
          : []),
      ];
      for (const { path, ready } of pages) {
        // The ticket: the first one of the inbox.
        const target = path || (await page.goto("/demo/inbox"), (await page.locator("li[data-ticket] a[href^='/demo/tickets/']").first().getAttribute("href"))!);
        await page.goto(target);
        await expect(page.locator("html")).toHaveAttribute("lang", locale);
        await ready();
        expect.soft(await seriousViolations(page), `serious or critical axe violations on ${target}`).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });
}
