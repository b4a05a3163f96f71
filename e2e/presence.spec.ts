// Presence on the ticket page: two members on the same ticket see each other, see who is
// writing a reply or a note, and see a colleague go when they leave. Signals travel through the
// real server (POST, PostgreSQL NOTIFY, each browser's live stream); nothing is mocked.
import { expect, test, type Page } from "@playwright/test";
import { en, isolated, messagePattern } from "./catalog";
import { signIn } from "./sign-in";

const ALEX = "Alex Agent"; // agent@demo.test
const ANNA = "Anna Admin"; // admin@demo.test

const bar = (page: Page) => page.getByRole("list", { name: en("presence.label") });
const status = (page: Page, key: "viewing" | "replying" | "noting", name: string) =>
  bar(page).getByText(en(`presence.${key}`, { name: isolated(name) }), { exact: true });

/** The first ticket of the demo inbox, as a member finds it. */
async function firstTicketPath(page: Page): Promise<string> {
  await page.goto("/demo/inbox");
  await expect(page.locator('a[href^="/demo/tickets/"]').first()).toBeVisible();
  const hrefs = await page.locator('a[href^="/demo/tickets/"]').evaluateAll((links) => links.map((l) => l.getAttribute("href")));
  const href = hrefs.find((h) => h && /^\/demo\/tickets\/\d+$/.test(h));
  if (!href || !/^\/demo\/tickets\/\d+$/.test(href)) throw new Error(`no ticket link in the inbox (found ${href})`);
  return href;
}

/**
 * Opens the ticket and waits until this tab's live stream is connected (a second tab of the same
 * browser uses the first one's). The stream opens after hydration, which on a busy two-core
 * machine can take longer than the default 10 s.
 */
async function openTicket(page: Page, path: string, waitForStream = true): Promise<void> {
  const stream = waitForStream
    ? page.waitForResponse((r) => new URL(r.url()).pathname === "/api/live/demo" && r.status() === 200, { timeout: 30_000 })
    : null;
  await page.goto(path);
  await stream;
}

test("members on the same ticket see each other, who is writing, and who left", async ({ browser }) => {
  // Two sign-ins, three pages and a goodbye on two shared cores.
  test.setTimeout(180_000);
  const alex = await browser.newContext();
  const anna = await browser.newContext();
  try {
    const a = await alex.newPage();
    const b = await anna.newPage();
    // Parsing presence events must not trip the CSP (zod's eval probe did, on every ticket page).
    const violations: string[] = [];
    for (const page of [a, b]) {
      page.on("console", (m) => {
        if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
      });
    }
    await signIn(a, "agent@demo.test");
    await signIn(b, "admin@demo.test");
    const ticket = await firstTicketPath(a);

    await openTicket(a, ticket);
    await openTicket(b, ticket);
    // Anna arrived second: Alex's tab answers her arrival, so she sees him well before his next
    // 10-second heartbeat (the bound is what users notice, not a speed measurement).
    await expect(status(b, "viewing", ALEX)).toBeVisible({ timeout: 5_000 });
    await expect(status(a, "viewing", ANNA)).toBeVisible();
    // Nobody is shown to themselves.
    await expect(bar(a).getByText(ALEX)).toHaveCount(0);
    await expect(bar(b).getByText(ANNA)).toHaveCount(0);
    expect(violations).toEqual([]);

    // A second tab of Alex on the same ticket: still only Anna on his pages, one Alex on hers.
    const a2 = await alex.newPage();
    await openTicket(a2, ticket, false);
    await expect(status(a2, "viewing", ANNA)).toBeVisible();
    await expect(bar(a2).getByText(ALEX)).toHaveCount(0);
    await expect(bar(b).getByRole("listitem")).toHaveCount(1);
    await a2.close();

    // Alex writes a reply: Anna sees it (and a screen reader hears it); emptied, he is viewing again.
    const reply = a.getByRole("textbox", { name: messagePattern("en", "tickets.ticket.composer.replyField") });
    await reply.fill("Thanks for waiting, ");
    await expect(status(b, "replying", ALEX)).toBeVisible();
    await b.screenshot({ path: test.info().outputPath("presence-bar-replying.png") });
    await expect(b.getByRole("status").filter({ hasText: en("presence.replying", { name: isolated(ALEX) }) })).toBeAttached();
    await reply.fill("");
    await expect(status(b, "viewing", ALEX)).toBeVisible();

    // An internal note is "writing a note".
    await a.getByRole("button", { name: en("tickets.ticket.composer.note"), exact: true }).click();
    await a.getByRole("textbox", { name: en("tickets.ticket.composer.noteField"), exact: true }).fill("Checking the courier");
    await expect(status(b, "noting", ALEX)).toBeVisible();
    await b.screenshot({ path: test.info().outputPath("presence-bar-noting.png") });

    // Alex closes his tab: his goodbye removes him from Anna's page.
    await a.close({ runBeforeUnload: true });
    // The goodbye is sent with keepalive on pagehide; were it lost, his entry would expire after 30 s.
    await expect(bar(b)).toHaveCount(0, { timeout: 40_000 });
    await expect(b.getByRole("status").filter({ hasText: ALEX })).toHaveCount(0);
  } finally {
    await alex.close();
    await anna.close();
  }
});

test("presence signals are same-origin JSON from members only", async ({ page, baseURL }) => {
  await signIn(page, "agent@demo.test");
  const ticket = Number((await firstTicketPath(page)).split("/").pop());
  const post = (body: unknown, headers: Record<string, string> = {}, slug = "demo") =>
    page.request.post(`/api/live/${slug}/presence`, {
      data: typeof body === "string" ? body : JSON.stringify(body),
      headers: { "Content-Type": "application/json", Origin: baseURL!, ...headers },
      failOnStatusCode: false,
    });
  const tab = "e2eprobe0000000000000000000000001";
  expect((await post({ ticketNumber: ticket, state: "viewing", tab })).status()).toBe(204);
  expect((await post({ ticketNumber: ticket, state: "left", tab }, { Origin: "https://evil.example" })).status()).toBe(403);
  expect((await post({ ticketNumber: ticket, state: "left", tab }, { "Content-Type": "text/plain" })).status()).toBe(400);
  expect((await post({ ticketNumber: ticket, state: "dancing", tab })).status()).toBe(422);
  expect((await post({ ticketNumber: 999_999_999, state: "left", tab })).status()).toBe(404);
  expect((await post({ ticketNumber: ticket, state: "left", tab }, {}, "northwind")).status()).toBe(404);
  expect((await post({ ticketNumber: ticket, state: "left", tab })).status()).toBe(204);
});
