// The ticket page's SLA card and timeline (issue 17): an admin token creates a calendar and a
// calendar-time SLA policy for the demo workspace through the REST API (for one customer email
// domain of this run only, so no other spec's tickets get an SLA), a customer of that domain
// gets a ticket, the page shows the first response due; an agent's reply turns it into
// "First response: met" in the timeline; axe finds no serious or critical violation.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { en } from "./catalog";
import { createTicket, unique } from "./new-ticket";
import { shopdesk } from "./processes";
import { signIn, waitForHydration } from "./sign-in";

const allDay: Array<[string, string]> = [["00:00", "24:00"]];
const t = (key: string, values: Record<string, string> = {}) => en(`slaTimeline.${key}`, values);

async function setUpPolicy(request: APIRequestContext, run: string, domain: string) {
  const token = (await shopdesk("token:create", "--workspace", "demo", "--name", `sla-timeline-${run}`, "--role", "admin")).trimEnd().split("\n").at(-1)!;
  const headers = { authorization: `Bearer ${token}` };
  const calendar = await request.post("/api/v1/calendars", {
    headers,
    data: { name: `Always open ${run}`, timeZone: "Europe/Athens", hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay }, holidays: [] },
  });
  expect(calendar.status()).toBe(201);
  const calendarId = ((await calendar.json()) as { id: string }).id;
  const policy = await request.post("/api/v1/sla-policies", {
    headers,
    data: {
      name: `Webshop ${run}`,
      // Before the demo's catch-all "Standard" policy (position 10).
      position: 1,
      calendarId,
      conditions: { emailDomains: [domain] },
      targets: { normal: { firstResponseMinutes: 120, resolutionMinutes: 2880, businessHours: false } },
    },
  });
  expect(policy.status()).toBe(201);
  const policyId = ((await policy.json()) as { id: string }).id;
  return {
    name: `Webshop ${run}`,
    cleanUp: async () => {
      await request.delete(`/api/v1/sla-policies/${policyId}`, { headers });
      await request.delete(`/api/v1/calendars/${calendarId}`, { headers });
    },
  };
}

test("the ticket page shows the first response due, then met in the SLA timeline after the agent's reply", async ({ page, request }) => {
  test.setTimeout(120_000);
  const run = unique();
  const domain = `sla-${run}.example`;
  const policy = await setUpPolicy(request, run, domain);
  try {
    await signIn(page, "agent@demo.test");
    const number = await createTicket(page, { subject: `Where is order ${run}?`, message: "It has not arrived yet.", newCustomer: { email: `maria@${domain}`, name: "Maria" } });
    expect(number).toBeGreaterThan(0);

    // The inbox shows the ticket's next deadline on its row (the newest ticket: on top by activity).
    await page.goto("/demo/inbox");
    await expect(page.locator(`li[data-ticket="${number}"] [data-sla="later"]`)).toContainText(/Due in (2|1) hr/);
    // The SLA digest mail links the inbox sorted by deadline; the workspace's address keeps a link's sort.
    await page.goto("/demo?sort=due");
    await expect(page).toHaveURL(/\/demo\/inbox\?sort=due$/);
    await expect(page.getByRole("combobox", { name: en("inbox.sort.label") })).toHaveValue("due");
    await page.goto(`/demo/tickets/${number}`);

    const card = page.getByTestId("sla-card");
    await expect(card.getByRole("heading", { name: t("title") })).toBeVisible();
    // next-intl isolates the policy's name (U+2068 … U+2069) inside "Policy: {name}".
    await expect(card).toContainText(t("policy", { name: `\u2068${policy.name}\u2069` }));
    // Two hours of calendar time: "Due in 2 hr" or "Due in 1 hr, 59 min", whichever the second is.
    const firstResponse = card.locator("dl > div", { has: page.getByText(t("metric.first_response"), { exact: true }) });
    await expect(firstResponse).toContainText(/Due in (2 hr|1 hr, 5\d min)/);
    const timeline = page.getByTestId("sla-timeline");
    await expect(timeline.getByRole("listitem").first()).toContainText(`${t("metric.first_response")}: clock started, due`);
    await expect(timeline.locator("li time[datetime]").first()).toBeVisible();

    const composer = page.getByRole("region", { name: en("tickets.ticket.composer.label") });
    await waitForHydration(composer.getByRole("textbox"));
    await composer.getByRole("button", { name: en("tickets.ticket.composer.reply"), exact: true }).click();
    await composer.getByRole("textbox").fill(`It left our warehouse this morning ${run}.`);
    await composer.getByRole("button", { name: en("tickets.ticket.composer.send"), exact: true }).click();
    await expect(page.locator('li[data-kind="reply"]', { hasText: `warehouse this morning ${run}` })).toBeVisible();
    await page.goto(`/demo/tickets/${number}`);
    await expect(timeline.getByRole("listitem").filter({ hasText: t("entry.met", { metric: t("metric.first_response") }) })).toBeVisible();
    await expect(firstResponse).toContainText(t("state.met"));

    const results = await new AxeBuilder({ page }).exclude("iframe[data-mail-frame]").analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ rule: v.id, targets: v.nodes.map((n) => n.target.join(" ")) }));
    expect(serious).toEqual([]);
  } finally {
    await policy.cleanUp();
  }
});
