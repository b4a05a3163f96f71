// The notification bell (issue 17's SLA warnings and breaches, in-app): notifications inserted
// for a fresh agent the way the breach sweep writes them, plus the live signal it sends. The bell
// names the unread count, updates live, opens a list (Escape closes it, focus back on the bell),
// each notification links to its ticket and is read once opened, and "Mark all as read" empties
// the count. axe finds no serious or critical violation with the list open.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { en } from "./catalog";
import { freshMember } from "./fresh-member";
import { e2eDatabaseUrl } from "./processes";
import { waitForHydration } from "./sign-in";

const bellName = (count: number) => (count === 0 ? "Notifications" : `Notifications, ${count} unread`);

/** Inserts a notification for the member as notifyMembers does, and its live signal. */
async function insertNotification(db: pg.Client, memberEmail: string, ticketNumber: number, kind: "sla_warning" | "sla_breach", data: Record<string, unknown>) {
  await db.query(
    `WITH m AS (
       SELECT mb."id", mb."workspaceId" FROM "Member" mb JOIN "User" u ON u."id" = mb."userId" JOIN "Workspace" w ON w."id" = mb."workspaceId"
        WHERE u."email" = $1 AND w."slug" = 'demo'
     ), t AS (
       SELECT t."id" FROM "Ticket" t JOIN "Workspace" w ON w."id" = t."workspaceId" WHERE w."slug" = 'demo' AND t."number" = $2
     ), ins AS (
       INSERT INTO "Notification" ("id", "workspaceId", "memberId", "kind", "ticketId", "data")
       SELECT gen_random_uuid(), m."workspaceId", m."id", $3, t."id", $4::jsonb FROM m, t
       RETURNING "workspaceId", "memberId"
     )
     SELECT pg_notify('shopdesk_notifications', json_build_object('workspaceId', "workspaceId", 'memberId', "memberId")::text) FROM ins`,
    [memberEmail, ticketNumber, kind, JSON.stringify(data)],
  );
}

test("the bell counts an agent's notifications live, links to the ticket, and marks them read", async ({ browser }) => {
  test.setTimeout(120_000);
  const agent = await freshMember(browser, { role: "AGENT", name: "Nora Notified" });
  const db = new pg.Client({ connectionString: e2eDatabaseUrl() });
  await db.connect();
  try {
    const { rows } = await db.query<{ number: number; subject: string }>(
      `SELECT t."number", t."subject" FROM "Ticket" t JOIN "Workspace" w ON w."id" = t."workspaceId" WHERE w."slug" = 'demo' AND t."mergedIntoId" IS NULL ORDER BY t."number" LIMIT 2`,
    );
    const [first, second] = rows as [{ number: number; subject: string }, { number: number; subject: string }];
    const dueAt = new Date(Date.now() + 15 * 60_000).toISOString();
    const { page } = agent;
    await page.goto("/demo/inbox");
    const bell = page.getByRole("button", { name: bellName(0), exact: true });
    await waitForHydration(bell);

    // Live: the sweep's insert and signal reach the open page without a reload.
    await insertNotification(db, agent.email, first.number, "sla_warning", { metric: "first_response", dueAt, leadMinutes: 15 });
    await expect(page.getByRole("button", { name: bellName(1), exact: true })).toBeVisible({ timeout: 15_000 });
    await insertNotification(db, agent.email, second.number, "sla_breach", { metric: "resolution", dueAt: new Date(Date.now() - 60_000).toISOString() });
    const bell2 = page.getByRole("button", { name: bellName(2), exact: true });
    await expect(bell2).toBeVisible({ timeout: 15_000 });
    await expect(page.getByTestId("notification-count")).toHaveText("2");

    await bell2.click();
    const list = page.getByRole("region", { name: en("notifications.title") });
    await expect(list).toBeVisible();
    await expect(bell2).toHaveAttribute("aria-expanded", "true");
    const warning = list.getByRole("link", { name: new RegExp(`SLA warning.*#${first.number}`) });
    await expect(warning).toContainText("First response due in 15 min");
    await expect(list.getByRole("link", { name: new RegExp(`SLA breached.*#${second.number}`) })).toBeVisible();
    const axe = await new AxeBuilder({ page }).analyze();
    expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);

    // Escape closes the list and gives the focus back to the bell.
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await expect(bell2).toBeFocused();

    // A notification is a link to its ticket, read once opened.
    await bell2.click();
    await warning.click();
    await expect(page).toHaveURL(new RegExp(`/demo/tickets/${first.number}$`));
    await expect(page.getByRole("button", { name: bellName(1), exact: true })).toBeVisible();

    await page.getByRole("button", { name: bellName(1), exact: true }).click();
    await list.getByRole("button", { name: en("notifications.markAllRead") }).click();
    await expect(page.getByRole("button", { name: bellName(0), exact: true })).toBeVisible();
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
  } finally {
    await db.end();
    await agent.context.close();
  }
});
