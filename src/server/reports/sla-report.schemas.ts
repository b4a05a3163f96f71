// The SLA report's input and answer (issue 17): a period of the workspace's calendar days, an
// optional metric and what to group by. Safe for the browser: no server imports.
import { z } from "zod";
import { text } from "@/lib/validation";

export const MAX_SLA_REPORT_DAYS = 366;
/** The most cycles one report reads; past it the report covers the earliest settled ones and says so. */
export const MAX_SLA_REPORT_CYCLES = 50_000;

export const SLA_REPORT_GROUPS = ["policy", "priority", "area", "agent"] as const;
export type SlaReportGroupBy = (typeof SLA_REPORT_GROUPS)[number];
export const SLA_REPORT_METRICS = ["first_response", "next_response", "resolution"] as const;
export type SlaReportMetric = (typeof SLA_REPORT_METRICS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A real calendar day written YYYY-MM-DD (2026-02-30 is refused). */
const Day = text()
  .trim()
  .regex(DAY)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d, { params: { code: "invalidDate" } });

/** Days from `from` to `to`, both counted. */
export function periodDays(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}

export const SlaReportInput = z
  .object({
    /** First and last day, both included, in the workspace's time zone (YYYY-MM-DD). */
    from: Day,
    to: Day,
    /** One clock only; all three when absent. */
    metric: z.enum(SLA_REPORT_METRICS).optional(),
    groupBy: z.enum(SLA_REPORT_GROUPS).default("policy"),
  })
  .superRefine((v, issue) => {
    const days = periodDays(v.from, v.to);
    if (days < 1) issue.addIssue({ code: "custom", path: ["to"], message: "must not be before from", params: { code: "periodBackwards" } });
    else if (days > MAX_SLA_REPORT_DAYS)
      issue.addIssue({ code: "custom", path: ["to"], message: `must be at most ${MAX_SLA_REPORT_DAYS} days from from`, params: { code: "periodTooLong" } });
  });
export type SlaReportInput = z.input<typeof SlaReportInput>;

/** One group's figures. Times are business minutes of each cycle's policy calendar. */
export type SlaReportGroup = {
  /**
   * policy: the policy id (null: the policy no longer exists); priority: LOW...URGENT; area: the
   * area's key (null: no area); agent: the member id (null: unassigned).
   */
  key: string | null;
  /** The policy's, area's or member's name as stored (null where `key` is null, and for priorities). */
  name: string | null;
  /** Cycles counted: met in time plus breached. */
  count: number;
  /** Met without a breach. */
  met: number;
  breached: number;
  /** met ÷ (met + breached); null when neither. */
  attainment: number | null;
  /** Time to meet of the met cycles (in time or late), in business minutes. */
  medianMinutes: number | null;
  p90Minutes: number | null;
};

export type SlaReportDay = { day: string; met: number; breached: number; attainment: number | null };

export type SlaReport = {
  from: string;
  to: string;
  timeZone: string;
  metric: SlaReportMetric | null;
  groupBy: SlaReportGroupBy;
  total: Omit<SlaReportGroup, "key" | "name">;
  groups: SlaReportGroup[];
  days: SlaReportDay[];
  /** More cycles than MAX_SLA_REPORT_CYCLES settled in the period: the figures stop at `coveredUntil`. */
  capped: boolean;
  /** When capped, the settling time of the last cycle read (ISO). */
  coveredUntil: string | null;
};
