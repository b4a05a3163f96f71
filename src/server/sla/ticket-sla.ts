// A ticket's SLA as Shopdesk shows it (issue 17): its history (ticket-sla-history.ts) under the
// workspace's policies (sla-policy.queries.ts), each target counted in its own policy's calendar
// (business-time.ts) or in plain minutes, evaluated at `now` (sla-clock.ts).
import { db as defaultDb, type DbTx } from "@/server/db";
import { addBusinessMinutes, businessMinutesBetween, type BusinessCalendar } from "./business-time";
import { calendarTime, evaluateSla, type SlaEvaluation, type SlaTargets, type TimeMeasure } from "./sla-clock";
import { loadSlaPolicies, type LoadedSlaPolicy } from "./sla-policy.queries";
import { loadTicketSlaHistory, slaEventsOf } from "./ticket-sla-history";

export type TicketSla = SlaEvaluation & { policyId: string };

/** Business minutes of one calendar, as the clocks count time. */
export function businessTime(calendar: BusinessCalendar): TimeMeasure {
  return { add: (start, minutes) => addBusinessMinutes(calendar, start, minutes), minutesBetween: (from, to) => businessMinutesBetween(calendar, from, to) };
}

/** How each policy's targets count time: in the policy's calendar when they say business hours. */
export function measureOf(policies: readonly LoadedSlaPolicy[]): (targets: SlaTargets) => TimeMeasure {
  const calendars = new Map<SlaTargets, TimeMeasure>();
  for (const p of policies) for (const t of Object.values(p.targets)) if (t) calendars.set(t, t.businessHours ? businessTime(p.calendar) : calendarTime);
  return (targets) => calendars.get(targets) ?? calendarTime;
}

/**
 * The ticket's SLA at `now`; null for a ticket not in the workspace, or one no policy applies to
 * now (nothing is due; what applied before is history).
 */
export async function ticketSla(
  workspaceId: string,
  ticketId: string,
  now = new Date(),
  db: DbTx = defaultDb(),
  policies?: readonly LoadedSlaPolicy[],
): Promise<TicketSla | null> {
  const [history, loaded] = await Promise.all([loadTicketSlaHistory(workspaceId, ticketId, db), policies ? Promise.resolve(policies) : loadSlaPolicies(workspaceId, db)]);
  if (!history) return null;
  const { events, policy } = slaEventsOf(history, loaded);
  if (!policy) return null;
  return { policyId: policy.id, ...evaluateSla(events, now, measureOf(loaded)) };
}
