// The SLA report in the browser (issue 17): SLA clock cycles of a few demo tickets, written to the
// database as src/server/sla/refresh-ticket-sla.ts writes them, under a policy of this spec's own
// (its conditions match no demo customer, so it never applies to a ticket by itself). An admin
// reaches the report from the main navigation, sees the figures, the table and the charts, groups
// by priority and by agent, gets a bad period named at its field; a light agent is told reports
// are not theirs; no serious accessibility problem in English and Arabic.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import pg from "pg";
import { en } from "./catalog";
import { freshMember } from "./fresh-member";
import { e2eDatabaseUrl } from "./processes";
import { signIn } from "./sign-in";

const POLICY = "E2E report policy";

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Three closed demo tickets get a met first response and a breached resolution each, within the last day. */
test.beforeAll(async () => {
  const client = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await client.connect();
  try {
    await client.query("BEGIN");
    const { rows: [ws] } = await client.query<{ id: string }>(`SELECT id FROM "Workspace" WHERE slug = 'demo'`);
    if (!ws) throw new Error("no demo workspace");
    let { rows: [policy] } = await client.query<{ id: string }>(`SELECT id FROM "SlaPolicy" WHERE "workspaceId" = $1 AND name = $2`, [ws.id, POLICY]);
    if (!policy) {
      const hours = JSON.stringify(Object.fromEntries(["mon", "tue", "wed", "thu", "fri", "sat", "sun"].map((d) => [d, [["00:00", "24:00"]]])));
      const { rows: [calendar] } = await client.query<{ id: string }>(
        `INSERT INTO "BusinessCalendar" (id, "workspaceId", name, "timeZone", hours, holidays, "isDefault", "updatedAt")
         VALUES (gen_random_uuid(), $1, 'E2E report hours', 'Europe/Athens', $2::jsonb, '[]'::jsonb, false, now()) RETURNING id`,
        [ws.id, hours],
      );
      ({ rows: [policy] } = await client.query<{ id: string }>(
        `INSERT INTO "SlaPolicy" (id, "workspaceId", name, position, "calendarId", conditions, targets, "updatedAt")
         VALUES (gen_random_uuid(), $1, $2, 9999, $3, $4::jsonb, $5::jsonb, now()) RETURNING id`,
        [ws.id, POLICY, calendar!.id, JSON.stringify({ emailDomains: ["e2e-reports.invalid"] }), JSON.stringify({ normal: { firstResponseMinutes: 60, resolutionMinutes: 120, businessHours: true } })],
      ));
    }
    const { rows: tickets } = await client.query<{ id: string }>(
      `SELECT id FROM "Ticket" WHERE "workspaceId" = $1 AND status = 'CLOSED' ORDER BY number LIMIT 3`,
      [ws.id],
    );
    if (tickets.length === 0) throw new Error("the demo data has no closed ticket");
    const now = Date.now();
    const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
    for (const t of tickets) {
      await client.query(
        `INSERT INTO "SlaCycle" ("workspaceId", "ticketId", metric, "startedAt", "policyId", state, "dueAt", "endedAt", "breachedAt", "settledAt") VALUES
           ($1, $2, 'FIRST_RESPONSE', $4, $3, 'MET', $5, $6, NULL, $6),
           ($1, $2, 'RESOLUTION', $4, $3, 'MET', $7, $8, $7, $7)
         ON CONFLICT DO NOTHING`,
        [ws.id, t.id, policy!.id, iso(300), iso(240), iso(270), iso(180), iso(60)],
      );
    }
    await client.query("COMMIT");
  } finally {
    await client.end();
  }
});

test("an admin reads SLA attainment from the main navigation, grouped by policy, priority and agent", async ({ page }) => {
  await signIn(page, "admin@demo.test");
  await page.getByRole("navigation", { name: en("agent.nav.label") }).getByRole("link", { name: en("agent.nav.reports") }).click();
  await expect(page).toHaveURL(/\/demo\/reports$/);
  await expect(page.getByRole("link", { name: new RegExp(en("reports.index.helpCenter")) })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(en("reports.index.sla")) }).click();
  await expect(page).toHaveURL(/\/demo\/reports\/sla$/);
  await expect(page.getByRole("heading", { level: 1, name: en("reports.sla.title") })).toBeVisible();

  const table = page.getByRole("table").first();
  await expect(table.getByRole("columnheader", { name: en("reports.sla.groups.policy"), exact: true })).toBeVisible();
  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: POLICY }) });
  await expect(row).toBeVisible();
  // Each ticket: the first response met in time, the resolution breached.
  await expect(row.getByRole("cell").nth(1)).not.toHaveText("0");
  await expect(row.getByRole("cell").nth(3)).toHaveText("50%");
  await expect(page.locator("figure .recharts-wrapper")).toHaveCount(2);
  await page.getByText(en("reports.sla.showNumbers")).first().click();
  await expect(page.getByRole("columnheader", { name: en("reports.sla.day") })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Group by priority: the table's first column changes, the policy's row is gone.
  await page.getByRole("combobox", { name: en("reports.sla.groupBy") }).selectOption("priority");
  await page.getByRole("button", { name: en("reports.sla.show") }).click();
  await expect(page).toHaveURL(/groupBy=priority/);
  await expect(table.getByRole("columnheader", { name: en("reports.sla.groups.priority"), exact: true })).toBeVisible();
  await expect(table.getByRole("rowheader", { name: POLICY })).toHaveCount(0);
  await expect(table.getByRole("rowheader").first()).toHaveText(/^(Urgent|High|Normal|Low)$/);

  await page.getByRole("combobox", { name: en("reports.sla.groupBy") }).selectOption("agent");
  await page.getByRole("combobox", { name: en("reports.sla.metric") }).selectOption("first_response");
  await page.getByRole("button", { name: en("reports.sla.show") }).click();
  await expect(page).toHaveURL(/metric=first_response.*groupBy=agent|groupBy=agent.*metric=first_response/);
  await expect(table.getByRole("columnheader", { name: en("reports.sla.groups.agent"), exact: true })).toBeVisible();
  await expect(page.getByRole("combobox", { name: en("reports.sla.metric") })).toHaveValue("first_response");

  // A preset keeps the grouping.
  await page.getByRole("link", { name: "Last 7 days" }).click();
  await expect(page).toHaveURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}.*groupBy=agent/);
  await expect(table.getByRole("columnheader", { name: en("reports.sla.groups.agent"), exact: true })).toBeVisible();
});

test("a period backwards is named at its field, and an empty period says so", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  await page.goto("/demo/reports/sla?from=2026-02-10&to=2026-02-01");
  const to = page.getByLabel(en("reports.sla.to"), { exact: true });
  await expect(to).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(en("reports.sla.errors.periodBackwards"))).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto("/demo/reports/sla?from=2020-01-01&to=2020-01-31");
  await expect(page.getByRole("heading", { name: en("reports.sla.noData") })).toBeVisible();
});

test("a light agent has no reports", async ({ page }) => {
  await signIn(page, "light@demo.test");
  await expect(page.getByRole("navigation", { name: en("agent.nav.label") }).getByRole("link", { name: en("agent.nav.reports") })).toHaveCount(0);
  await page.goto("/demo/reports/sla");
  await expect(page.getByRole("heading", { name: en("reports.notForYou.title") })).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
});

test("the SLA report has no serious accessibility problem in Arabic, on a desktop and a phone", async ({ browser }) => {
  const { context, page } = await freshMember(browser, { locale: "ar", name: "Reports AR Admin" });
  try {
    await page.goto("/demo/reports/sla");
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("figure .recharts-wrapper").first()).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    // On a phone the table scrolls sideways inside its card, which the keyboard can reach.
    await page.setViewportSize({ width: 375, height: 800 });
    await expect(page.getByRole("region", { name: /./ }).filter({ has: page.getByRole("table") })).toHaveAttribute("tabindex", "0");
    expect(await seriousViolations(page)).toEqual([]);
  } finally {
    await context.close();
  }
});
