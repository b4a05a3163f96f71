// SLA attainment over a period (issue 17), per policy, priority, problem area or agent, with a
// series per day for the chart. Reads SlaCycle as src/server/sla/refresh-ticket-sla.ts writes it.
//
// Which cycles count: those whose outcome became known in the period (settledAt in it: the breach,
// else the meeting), so a clock that breached and still runs counts on the day it breached. Only
// cycles that had a deadline or breached count: a clock without targets has nothing to attain, and
// one stopped by a close before its deadline was neither met nor missed.
// attainment = met in time ÷ (met in time + breached). Time to meet is the business time between
// the start and the meeting in the calendar of the cycle's policy (plain time when the policy is
// gone), over all met cycles, in time or late; median and 90th percentile are interpolated between
// ranks, as PostgreSQL's percentile_cont does.
//
// Grouping by priority, area and agent uses the ticket's values now, not those it had when the
// clock settled (tickets keep no history of them that a report could join cheaply).
//
// Agents and admins read it (a shop's team leads are agents here); light agents do not. One query
// over the (workspaceId, settledAt) index (the period's bounds are midnights on the workspace's
// clock, computed in SQL), capped at MAX_SLA_REPORT_CYCLES rows.
import { requireRole, type Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import type { SlaMetric as DbSlaMetric } from "@/generated/prisma/enums";
import { businessMinutesBetween, type BusinessCalendar } from "@/server/sla/business-time";
import { loadSlaPolicies } from "@/server/sla/sla-policy.queries";
import { parseInput } from "@/server/validate";
import {
  MAX_SLA_REPORT_CYCLES,
  periodDays,
  SlaReportInput,
  type SlaReport,
  type SlaReportDay,
  type SlaReportGroup,
  type SlaReportGroupBy,
  type SlaReportMetric,
} from "./sla-report.schemas";

const DB_METRIC: Record<SlaReportMetric, DbSlaMetric> = { first_response: "FIRST_RESPONSE", next_response: "NEXT_RESPONSE", resolution: "RESOLUTION" };
const PRIORITY_ORDER = ["URGENT", "HIGH", "NORMAL", "LOW"];

type Row = {
  startedAt: Date;
  endedAt: Date | null;
  breached: boolean;
  /** Met in time. */
  met: boolean;
  /** Met, in time or late. */
  metAtAll: boolean;
  settledAt: Date;
  day: string;
  policyId: string | null;
  groupKey: string | null;
  groupName: string | null;
};

/** The group's key and name as SQL, per grouping (the joins below make every alias available). */
function groupColumns(groupBy: SlaReportGroupBy): Prisma.Sql {
  switch (groupBy) {
    case "policy":
      return Prisma.sql`p."id"::text AS "groupKey", p."name" AS "groupName"`;
    case "priority":
      return Prisma.sql`t."priority"::text AS "groupKey", NULL::text AS "groupName"`;
    case "area":
      return Prisma.sql`a."key" AS "groupKey", a."name" AS "groupName"`;
    case "agent":
      return Prisma.sql`m."id"::text AS "groupKey", u."name" AS "groupName"`;
  }
}

/** The p-th quantile (0..1) of ascending `sorted`, interpolated between ranks; null when empty. */
export function quantile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = (sorted.length - 1) * p;
  const lo = Math.floor(rank);
  const hi = Math.ceil(rank);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (rank - lo);
}

type Tally = { met: number; breached: number; minutes: number[] };
const newTally = (): Tally => ({ met: 0, breached: 0, minutes: [] });

function figures(t: Tally): Omit<SlaReportGroup, "key" | "name"> {
  const sorted = [...t.minutes].sort((a, b) => a - b);
  const count = t.met + t.breached;
  return {
    count,
    met: t.met,
    breached: t.breached,
    attainment: count > 0 ? t.met / count : null,
    medianMinutes: quantile(sorted, 0.5),
    p90Minutes: quantile(sorted, 0.9),
  };
}

export async function slaReport(ctx: Ctx, raw: SlaReportInput): Promise<SlaReport> {
  requireRole(ctx, "AGENT");
  const input = parseInput(SlaReportInput, raw);
  const ws = ctx.workspace.id;
  const tz = ctx.workspace.timeZone;
  const metric = input.metric ? Prisma.sql`AND c."metric" = ${DB_METRIC[input.metric]}::"SlaMetric"` : Prisma.empty;

  const [rows, policies] = await Promise.all([
    ctx.db.$queryRaw<Row[]>`
      SELECT c."startedAt", c."endedAt", c."settledAt", c."policyId"::text AS "policyId",
             (c."breachedAt" IS NOT NULL) AS "breached", (c."state" = 'MET' AND c."breachedAt" IS NULL) AS "met",
             (c."state" = 'MET') AS "metAtAll",
             to_char(c."settledAt" AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS "day",
             ${groupColumns(input.groupBy)}
        FROM "SlaCycle" c
        JOIN "Ticket" t ON t."id" = c."ticketId" AND t."workspaceId" = c."workspaceId"
        LEFT JOIN "SlaPolicy" p ON p."id" = c."policyId" AND p."workspaceId" = c."workspaceId"
        LEFT JOIN "ProblemArea" a ON a."id" = t."problemAreaId" AND a."workspaceId" = t."workspaceId"
        LEFT JOIN "Member" m ON m."id" = t."assigneeId" AND m."workspaceId" = t."workspaceId"
        LEFT JOIN "User" u ON u."id" = m."userId"
       WHERE c."workspaceId" = ${ws}::uuid
         AND c."settledAt" >= (${input.from}::date::timestamp AT TIME ZONE ${tz}) AND c."settledAt" < ((${input.to}::date + 1)::timestamp AT TIME ZONE ${tz})
         AND (c."breachedAt" IS NOT NULL OR (c."state" = 'MET' AND c."dueAt" IS NOT NULL))
         ${metric}
       ORDER BY c."settledAt", c."ticketId", c."metric"
       LIMIT ${MAX_SLA_REPORT_CYCLES + 1}`,
    loadSlaPolicies(ws, ctx.db),
  ]);
  const capped = rows.length > MAX_SLA_REPORT_CYCLES;
  if (capped) rows.length = MAX_SLA_REPORT_CYCLES;

  const calendars = new Map<string, BusinessCalendar>(policies.map((p) => [p.id, p.calendar]));
  const timeToMeet = (from: Date, to: Date, policyId: string | null): number => {
    const calendar = policyId ? calendars.get(policyId) : undefined;
    return calendar ? businessMinutesBetween(calendar, from, to) : Math.max(0, (to.getTime() - from.getTime()) / 60_000);
  };

  const total = newTally();
  const groups = new Map<string | null, { name: string | null; tally: Tally }>();
  const perDay = new Map<string, Tally>();
  for (const r of rows) {
    const group = groups.get(r.groupKey) ?? { name: r.groupName, tally: newTally() };
    groups.set(r.groupKey, group);
    const day = perDay.get(r.day) ?? newTally();
    perDay.set(r.day, day);
    for (const t of [total, group.tally, day]) {
      if (r.breached) t.breached++;
      else t.met++;
    }
    // Late meetings count for the time to meet too: it is how long customers waited.
    if (r.metAtAll && r.endedAt) {
      const minutes = timeToMeet(r.startedAt, r.endedAt, r.policyId);
      total.minutes.push(minutes);
      group.tally.minutes.push(minutes);
    }
  }

  const days: SlaReportDay[] = [];
  const start = Date.parse(`${input.from}T00:00:00Z`);
  for (let i = 0; i < periodDays(input.from, input.to); i++) {
    const day = new Date(start + i * 86_400_000).toISOString().slice(0, 10);
    const t = perDay.get(day) ?? newTally();
    const count = t.met + t.breached;
    days.push({ day, met: t.met, breached: t.breached, attainment: count > 0 ? t.met / count : null });
  }

  const ordered = [...groups.entries()].map(([key, g]) => ({ key, name: g.name, ...figures(g.tally) }));
  ordered.sort((a, b) => groupOrder(input.groupBy, a, b));
  return {
    from: input.from,
    to: input.to,
    timeZone: tz,
    metric: input.metric ?? null,
    groupBy: input.groupBy,
    total: figures(total),
    groups: ordered,
    days,
    capped,
    coveredUntil: capped ? rows[rows.length - 1]!.settledAt.toISOString() : null,
  };
}

/** Priorities from urgent down; the rest by name, the missing one (no area, unassigned, deleted) last. */
function groupOrder(groupBy: SlaReportGroupBy, a: SlaReportGroup, b: SlaReportGroup): number {
  if (groupBy === "priority") return PRIORITY_ORDER.indexOf(a.key ?? "") - PRIORITY_ORDER.indexOf(b.key ?? "");
  if ((a.key === null) !== (b.key === null)) return a.key === null ? 1 : -1;
  return (a.name ?? "").localeCompare(b.name ?? "") || (a.key ?? "").localeCompare(b.key ?? "");
}
