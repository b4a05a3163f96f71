// The Demo Shop's business hours and SLA policy (issue 17): an Athens calendar, the workspace's
// default, and one "Standard" policy for all tickets, so the demo's tickets have deadlines and the
// settings pages show a real example. Written through the use cases, like anyone's.
import type { Ctx } from "@/server/context";
import type { CreateCalendarInput } from "@/server/sla/calendar.schemas";
import { createCalendar } from "@/server/sla/create-calendar";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";
import type { SlaPolicyInput } from "@/server/sla/sla-policy.schemas";

export type DemoSla = { calendar: CreateCalendarInput; policies: Array<Omit<SlaPolicyInput, "calendarId">> };

const weekday: Array<[string, string]> = [["09:00", "17:00"]];
const HOUR = 60;

export const DEMO_SLA: DemoSla = {
  calendar: {
    name: "Athens support hours",
    timeZone: "Europe/Athens",
    default: true,
    hours: { mon: weekday, tue: weekday, wed: weekday, thu: weekday, fri: weekday, sat: [["10:00", "14:00"]], sun: [] },
    holidays: [
      { date: "2026-12-25", name: "Christmas Day" },
      { date: "2026-12-26", name: "Synaxis of the Theotokos" },
      { date: "2027-01-01", name: "New Year's Day" },
      { date: "2027-01-06", name: "Epiphany" },
      { date: "2027-03-25", name: "Independence Day" },
    ],
  },
  policies: [
    {
      name: "Standard",
      // The catch-all goes last: room before it for policies with conditions (VIP customers...).
      position: 10,
      // Urgent tickets count around the clock; the others in business hours (8 h = a working day).
      targets: {
        urgent: { firstResponseMinutes: 1 * HOUR, nextResponseMinutes: 2 * HOUR, resolutionMinutes: 24 * HOUR, businessHours: false },
        high: { firstResponseMinutes: 2 * HOUR, nextResponseMinutes: 4 * HOUR, resolutionMinutes: 16 * HOUR, businessHours: true },
        normal: { firstResponseMinutes: 4 * HOUR, nextResponseMinutes: 8 * HOUR, resolutionMinutes: 24 * HOUR, businessHours: true },
        low: { firstResponseMinutes: 8 * HOUR, resolutionMinutes: 40 * HOUR, businessHours: true },
      },
      warnBeforeMinutes: [60, 15],
    },
  ],
};

export async function seedDemoSla(ctx: Ctx, sla: DemoSla): Promise<void> {
  const calendar = await createCalendar(ctx, sla.calendar);
  for (const policy of sla.policies) await createSlaPolicy(ctx, { ...policy, calendarId: calendar.id });
}
