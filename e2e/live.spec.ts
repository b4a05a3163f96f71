// Live updates in the browser: a change committed in the database, with the notification the
// ticket use cases send in the same transaction, appears on other members' open pages without
// a reload; the stream is for members of that workspace only.
import { expect, test, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { measureLiveLatency } from "../src/server/live/measure-latency";
import { e2eDatabaseUrl } from "./processes";
import { signIn } from "./sign-in";

async function withDb<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

type DemoTicket = { id: string; workspaceId: string; number: number; subject: string };

/** The demo workspace's most recently active open ticket: the top of the default inbox. */
function newestOpenTicket(): Promise<DemoTicket> {
  return withDb(async (c) => {
    const { rows } = await c.query<DemoTicket>(
      `SELECT t.id, t."workspaceId", t.number, t.subject FROM "Ticket" t JOIN "Workspace" w ON w.id = t."workspaceId"
        WHERE w.slug = 'demo' AND t.status = 'OPEN' ORDER BY t."lastActivityAt" DESC, t.id DESC LIMIT 1`,
    );
    if (!rows[0]) throw new Error("the demo data has no open ticket");
    return rows[0];
  });
}

/** Changes the subject and notifies in one transaction, exactly as a ticket use case does. */
function changeSubject(ticket: DemoTicket, subject: string): Promise<void> {
  return withDb(async (c) => {
    await c.query("BEGIN");
    const { rows } = await c.query<{ version: number }>(
      `UPDATE "Ticket" SET subject = $1, version = version + 1, "updatedAt" = now()
        WHERE id = $2 AND "workspaceId" = $3 RETURNING version`,
      [subject, ticket.id, ticket.workspaceId],
    );
    const payload = { workspaceId: ticket.workspaceId, ticketId: ticket.id, number: ticket.number, version: rows[0]!.version, kind: "subject" };
    await c.query("SELECT pg_notify('shopdesk_tickets', $1)", [JSON.stringify(payload)]);
    await c.query("COMMIT");
  });
}

/** Opens `url` and waits until its live stream is connected (the route answers once LISTEN is active). */
async function openLive(page: Page, url: string): Promise<void> {
  const stream = page.waitForResponse((r) => new URL(r.url()).pathname === "/api/live/demo" && r.status() === 200, { timeout: 30_000 });
  await page.goto(url);
  await stream;
  // Marks this document: if the page reloaded, the mark would be gone.
  await page.evaluate(() => Object.assign(window, { __liveMark: "same-document" }));
}

const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __liveMark?: string }).__liveMark);

test.describe("live updates", () => {
  let agent: BrowserContext;
  let admin: BrowserContext;

  test.beforeEach(async ({ browser }) => {
    agent = await browser.newContext();
    admin = await browser.newContext();
  });
  test.afterEach(async () => {
    await agent.close();
    await admin.close();
  });

  test("a committed change shows up in other members' inbox and open tickets without a reload", async () => {
    const ticket = await newestOpenTicket();
    const inbox = await agent.newPage();
    const ticketPage = await admin.newPage();
    await signIn(inbox, "agent@demo.test");
    await signIn(ticketPage, "admin@demo.test");
    const streams: string[] = [];
    agent.on("request", (r) => void (new URL(r.url()).pathname === "/api/live/demo" && streams.push(r.url())));
    await openLive(inbox, "/demo/inbox");
    await openLive(ticketPage, `/demo/tickets/${ticket.number}`);
    // A second tab of the same browser shares the first tab's stream instead of opening its own.
    const secondTab = await agent.newPage();
    await secondTab.goto(`/demo/tickets/${ticket.number}`);
    await secondTab.waitForLoadState("networkidle");
    await secondTab.evaluate(() => Object.assign(window, { __liveMark: "same-document" }));
    await expect(inbox.getByRole("link", { name: ticket.subject, exact: true })).toBeVisible();

    const changed = `Live: ${ticket.subject}`.slice(0, 300);
    try {
      await changeSubject(ticket, changed);
      await expect(inbox.getByRole("link", { name: changed, exact: true })).toBeVisible({ timeout: 5_000 });
      await expect(ticketPage.getByText(changed).first()).toBeVisible({ timeout: 5_000 });
      await expect(secondTab.getByText(changed).first()).toBeVisible({ timeout: 5_000 });
      for (const page of [inbox, ticketPage, secondTab]) expect(await sameDocument(page)).toBe("same-document");
      expect(streams).toHaveLength(1);

      // The tab holding the stream closes: the other tab takes it over and still gets changes.
      const takeover = secondTab.waitForResponse((r) => new URL(r.url()).pathname === "/api/live/demo" && r.status() === 200);
      await inbox.close();
      await takeover;
    } finally {
      await changeSubject(ticket, ticket.subject);
    }
    await expect(secondTab.locator("h1").getByText(ticket.subject, { exact: true })).toBeVisible({ timeout: 5_000 });
    await expect(ticketPage.locator("h1").getByText(ticket.subject, { exact: true })).toBeVisible({ timeout: 5_000 });
    expect(await sameDocument(secondTab)).toBe("same-document");
  });

  test("every probe change reaches a connected stream (latency is printed, not asserted)", async ({ baseURL }) => {
    const page = await agent.newPage();
    await signIn(page, "agent@demo.test");
    const cookie = (await agent.cookies(baseURL)).map((c) => `${c.name}=${c.value}`).join("; ");
    const ticket = await newestOpenTicket();
    const result = await measureLiveLatency({
      streamUrl: `${baseURL}/api/live/demo`,
      headers: { Cookie: cookie },
      databaseUrl: e2eDatabaseUrl(),
      ticket: { workspaceId: ticket.workspaceId, ticketId: ticket.id, number: ticket.number },
      changes: 30,
    });
    test.info().annotations.push({ type: "live latency", description: JSON.stringify(result) });
    console.log(`live propagation over ${result.sent} changes: p50 ${result.p50Ms} ms, p95 ${result.p95Ms} ms`);
    expect(result).toMatchObject({ sent: 30, received: 30, lost: 0 });
  });
});

test.describe("the live stream's access", () => {
  /** Status and headers of the stream as the signed-in page would open it; the body is not awaited. */
  async function probe(page: Page, slug: string) {
    return page.evaluate(async (url) => {
      const abort = new AbortController();
      const r = await fetch(url, { signal: abort.signal, headers: { Accept: "text/event-stream" } });
      const result = {
        status: r.status,
        type: r.headers.get("content-type"),
        cache: r.headers.get("cache-control"),
        buffering: r.headers.get("x-accel-buffering"),
        body: r.status === 200 ? null : await r.text(),
      };
      abort.abort();
      return result;
    }, `/api/live/${slug}`);
  }

  test("a member gets the event stream; a northwind member and a visitor get 404 and 401", async ({ page, browser }) => {
    await signIn(page, "agent@demo.test");
    expect(await probe(page, "demo")).toMatchObject({
      status: 200,
      type: expect.stringMatching(/^text\/event-stream/),
      cache: "no-cache, no-transform",
      buffering: "no",
    });

    const northwind = await browser.newContext();
    try {
      const nw = await northwind.newPage();
      await signIn(nw, "agent@northwind.test");
      const foreign = await probe(nw, "demo");
      const missing = await probe(nw, "no-such-workspace");
      expect(foreign.status).toBe(404);
      // Not a member and no such workspace look the same.
      expect(foreign.body).toBe(missing.body);
      expect(JSON.parse(foreign.body!)).toEqual({ error: { code: "NOT_FOUND", message: "Not found" } });
      expect((await probe(nw, "northwind")).status).toBe(200);
    } finally {
      await northwind.close();
    }

    const visitor = await browser.newContext();
    try {
      const v = await visitor.newPage();
      await v.goto("/login");
      expect((await probe(v, "demo")).status).toBe(401);
    } finally {
      await visitor.close();
    }
  });
});
