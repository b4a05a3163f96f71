// The snooze menu offers times that make sense in the agent's own time zone: no "Later today"
// late in the evening, and "Tomorrow morning" at 08:00 local time the next day. The browser runs
// in Athens with its clock fixed at 21:03 two days from now (the server still checks the chosen
// time against its real clock, so the fixed day must lie ahead).
import { TZDate } from "@date-fns/tz";
import { expect, test } from "@playwright/test";
import { en } from "./catalog";
import { createTicket, unique } from "./new-ticket";
import { signIn, waitForHydration } from "./sign-in";

const ZONE = "Europe/Athens";
test.use({ timezoneId: ZONE, locale: "en-US" });

/** "Dec 8" and "8:00 AM" as en-US shows them in ZONE, with any kind of space between the words. */
function shownAs(d: Date): { day: RegExp; time: RegExp } {
  const part = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat("en-US", { timeZone: ZONE, ...options }).format(d);
  const loose = (text: string) => new RegExp(text.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s"));
  return { day: loose(part({ month: "short", day: "numeric" })), time: loose(part({ hour: "numeric", minute: "2-digit" })) };
}

test("at 21:03 there is no 'Later today', and 'Tomorrow morning' snoozes until 08:00 the next day", async ({ page }) => {
  await signIn(page, "agent@demo.test");
  const id = unique();
  const number = await createTicket(page, { subject: `Evening snooze ${id}`, message: "Any news?", newCustomer: { email: `evening-${id}@example.com` } });

  const today = new TZDate(Date.now(), ZONE);
  const evening = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 2, 21, 3, 0, ZONE);
  const morning = new TZDate(today.getFullYear(), today.getMonth(), today.getDate() + 3, 8, 0, 0, ZONE);
  await page.clock.setFixedTime(evening);
  await page.goto(`/demo/tickets/${number}`);

  const open = page.getByRole("button", { name: en("tickets.ticket.snooze.open") });
  await waitForHydration(open);
  await open.click();
  const menu = page.getByRole("group", { name: en("tickets.ticket.snooze.open") });
  const tomorrow = menu.getByRole("button", { name: new RegExp(`^${en("tickets.ticket.snooze.choices.tomorrow")}`) });
  await expect(tomorrow).toBeVisible();
  await expect(menu.getByRole("button", { name: new RegExp(`^${en("tickets.ticket.snooze.choices.later")}`) })).toHaveCount(0);
  const expected = shownAs(morning);
  await expect(tomorrow).toContainText(expected.day);
  await expect(tomorrow).toContainText(expected.time);

  await tomorrow.click();
  const until = page.getByText(/^Snoozed until /);
  await expect(until).toContainText(expected.day);
  await expect(until).toContainText(expected.time);
  await expect(page.getByRole("combobox", { name: en("tickets.ticket.status") })).toHaveValue("PENDING");
});
