// How long until (or since) an SLA deadline, as the inbox and the ticket page say it: "due in
// 2 h", "overdue 35 min". Whole units, never "0": minutes under an hour, hours under two days, then
// days; rounded up while due (45 s left is "1 min", not "0 min") and down once overdue.
export type SlaDuration = { unit: "minute" | "hour" | "day"; value: number };

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export function slaDuration(ms: number): SlaDuration {
  const round = ms >= 0 ? Math.ceil : Math.floor;
  const abs = Math.abs(ms);
  if (abs < HOUR) return { unit: "minute", value: Math.max(1, round(abs / MINUTE)) };
  if (abs < 2 * DAY) return { unit: "hour", value: Math.max(1, Math.floor(abs / HOUR)) };
  return { unit: "day", value: Math.floor(abs / DAY) };
}

/** The state of a deadline `ms` away: overdue, due within the hour (soon), or later. */
export function slaUrgency(ms: number): "overdue" | "soon" | "later" {
  return ms <= 0 ? "overdue" : ms <= HOUR ? "soon" : "later";
}
