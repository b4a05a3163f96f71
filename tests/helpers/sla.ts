// An SLA set-up for tests that need deadlines without business hours in the way: a calendar open
// around the clock and one policy for normal priority (first response 60 min, next response 120,
// resolution 480, calendar time), warning 30 minutes before each deadline.
import type { Ctx } from "@/server/context";
import { createCalendar } from "@/server/sla/create-calendar";
import { createSlaPolicy } from "@/server/sla/create-sla-policy";

const allDay = [["00:00", "24:00"]] as [string, string][];
export const ALWAYS_OPEN = { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay };

/** Creates the calendar and the policy as `admin`; returns the policy's id. */
export async function alwaysOpenPolicy(admin: Ctx): Promise<string> {
  const calendar = await createCalendar(admin, { name: "Always open", timeZone: "UTC", hours: ALWAYS_OPEN, holidays: [] });
  const policy = await createSlaPolicy(admin, {
    name: "Standard",
    position: 1,
    calendarId: calendar.id,
    targets: { normal: { firstResponseMinutes: 60, nextResponseMinutes: 120, resolutionMinutes: 480, businessHours: false } },
    warnBeforeMinutes: [30],
  });
  return policy.id;
}
