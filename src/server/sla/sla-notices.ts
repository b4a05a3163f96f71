// When the SLA sweep tells agents about a clock (issue 17): a warning for each of the policy's lead
// times before a running clock's deadline, and a notice when it breaches. Pure, so the ticket's
// next sweep time (refresh-ticket-sla.ts) and the sweep itself (sweep-sla.ts) agree.
// - Only within the policy calendar's business hours: a notice that falls due while the shop is
//   closed waits for the next opening, and a warning still waiting when its deadline comes is
//   dropped (the breach notice follows instead): nobody is paged at midnight.
// - Once per clock cycle and lead time (the caller keeps what was sent, SlaWarning), so a deadline
//   that moves (a pause, a change of priority) is not warned about again.
import { isOpenAt, nextOpening, type BusinessCalendar } from "./business-time";
import type { SlaCycleOutcome, SlaMetric } from "./sla-clock";

export type SlaNotice = {
  metric: SlaMetric;
  cycleStartedAt: Date;
  /** Minutes before the deadline; 0 is the breach itself. */
  beforeMinutes: number;
  dueAt: Date;
  /** When it may be sent, business hours aside. */
  at: Date;
};

export const noticeKey = (n: { metric: SlaMetric; cycleStartedAt: Date; beforeMinutes: number }) => `${n.metric}|${n.cycleStartedAt.toISOString()}|${n.beforeMinutes}`;

/** The notices a cycle calls for: only a running clock with a deadline has any. */
export function noticesOf(cycle: SlaCycleOutcome, warnBeforeMinutes: readonly number[]): SlaNotice[] {
  if (cycle.state !== "running" || !cycle.dueAt) return [];
  const dueAt = cycle.dueAt;
  const base = { metric: cycle.metric, cycleStartedAt: cycle.startedAt, dueAt };
  return [
    ...warnBeforeMinutes.filter((m) => m > 0).map((m) => ({ ...base, beforeMinutes: m, at: new Date(dueAt.getTime() - m * 60_000) })),
    { ...base, beforeMinutes: 0, at: dueAt },
  ];
}

/** When an unsent notice can go out at or after `now`: its time, moved to the next opening; null: never (a warning overtaken by its deadline). */
export function sendableAt(notice: SlaNotice, now: Date, calendar: BusinessCalendar): Date | null {
  const from = notice.at.getTime() > now.getTime() ? notice.at : now;
  const at = isOpenAt(calendar, from) ? from : nextOpening(calendar, from);
  if (!at) return null;
  if (notice.beforeMinutes > 0 && at.getTime() >= notice.dueAt.getTime()) return null;
  return at;
}

/**
 * The notices due at `now`: unsent, their time come, the calendar open, and for warnings still
 * before the deadline. Record them all as sent, but send only `mostUrgent` of them: after a
 * stopped worker, the 60-minute warning is noise beside the 15-minute one or the breach.
 */
export function noticesDue(notices: readonly SlaNotice[], sent: ReadonlySet<string>, now: Date, calendar: BusinessCalendar): SlaNotice[] {
  if (!isOpenAt(calendar, now)) return [];
  const t = now.getTime();
  return notices.filter((n) => !sent.has(noticeKey(n)) && n.at.getTime() <= t && (n.beforeMinutes === 0 || t < n.dueAt.getTime()));
}

/** Of the due notices, the one per clock cycle with the shortest lead (the breach before any warning). */
export function mostUrgent(due: readonly SlaNotice[]): SlaNotice[] {
  const best = new Map<string, SlaNotice>();
  for (const n of due) {
    const cycle = `${n.metric}|${n.cycleStartedAt.toISOString()}`;
    const kept = best.get(cycle);
    if (!kept || n.beforeMinutes < kept.beforeMinutes) best.set(cycle, n);
  }
  return [...best.values()];
}

/** The earliest time a notice still waits for (null: none). */
export function nextNoticeAt(notices: readonly SlaNotice[], sent: ReadonlySet<string>, now: Date, calendar: BusinessCalendar): Date | null {
  let next: Date | null = null;
  for (const n of notices) {
    if (sent.has(noticeKey(n))) continue;
    const at = sendableAt(n, now, calendar);
    if (at && (!next || at.getTime() < next.getTime())) next = at;
  }
  return next;
}
