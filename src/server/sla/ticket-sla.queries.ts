// The ticket page's SLA card (issue 17): the ticket's clocks (ticket-sla.ts) with the name of the
// policy that applies, and per metric the state the card leads with (due, overdue, paused, met,
// breached, stopped), read from the same evaluation as the timeline under it.
import { requireRole, type Ctx } from "@/server/context";
import type { SlaBreach, SlaMetric, SlaTimelineEntry } from "./sla-clock";
import { loadSlaPolicies } from "./sla-policy.queries";
import { ticketSla } from "./ticket-sla";

export type SlaMetricState =
  /** Running toward `dueAt` (which may have passed: overdue, and breached). */
  | { metric: SlaMetric; state: "running"; dueAt: Date }
  | { metric: SlaMetric; state: "paused"; since: Date }
  /** The last cycle was met (`late`: after its deadline, so it breached too). */
  | { metric: SlaMetric; state: "met"; at: Date; breachedAt: Date | null }
  /** Closing the ticket stopped a response clock before it was met. */
  | { metric: SlaMetric; state: "stopped"; at: Date; breachedAt: Date | null };

export type TicketSlaView = {
  policyId: string;
  policyName: string;
  paused: boolean;
  metrics: SlaMetricState[];
  breaches: SlaBreach[];
  timeline: SlaTimelineEntry[];
};

const METRICS: readonly SlaMetric[] = ["first_response", "next_response", "resolution"];

/**
 * The SLA of one ticket of the caller's workspace at `now`, for any member who may see tickets;
 * null when no policy applies to it, or when the ticket is not one of the workspace's.
 */
export async function getTicketSlaView(ctx: Ctx, ticketId: string, now = new Date()): Promise<TicketSlaView | null> {
  requireRole(ctx, "LIGHT_AGENT");
  const policies = await loadSlaPolicies(ctx.workspace.id, ctx.db);
  if (policies.length === 0) return null;
  const sla = await ticketSla(ctx.workspace.id, ticketId, now, ctx.db, policies);
  if (!sla) return null;
  const policy = policies.find((p) => p.id === sla.policyId);
  if (!policy) return null;
  const dueAt: Record<SlaMetric, Date | null> = { first_response: sla.firstResponseDueAt, next_response: sla.nextResponseDueAt, resolution: sla.resolutionDueAt };
  const metrics: SlaMetricState[] = [];
  for (const metric of METRICS) {
    const state = metricState(metric, dueAt[metric], sla.timeline, sla.breaches);
    if (state) metrics.push(state);
  }
  return { policyId: policy.id, policyName: policy.name, paused: sla.paused, metrics, breaches: sla.breaches, timeline: sla.timeline };
}

/** The state of a metric's latest cycle; null when it never started or runs with no target. */
export function metricState(metric: SlaMetric, dueAt: Date | null, timeline: readonly SlaTimelineEntry[], breaches: readonly SlaBreach[]): SlaMetricState | null {
  if (dueAt) return { metric, state: "running", dueAt };
  const entries = timeline.filter((e) => e.metric === metric);
  const lastStart = entries.findLast((e) => e.kind === "started");
  if (!lastStart) return null;
  // The latest cycle's breach (next response has a cycle per unanswered customer message).
  const breach = breaches.findLast((b) => b.metric === metric && b.at.getTime() >= lastStart.at.getTime());
  const breachedAt = breach?.at ?? null;
  // What ended or held the cycle; a breach is no end (the clock runs on until met).
  const last = entries.findLast((e) => e.kind === "paused" || e.kind === "met" || e.kind === "stopped" || e.kind === "resumed" || e.kind === "started");
  if (!last) return null;
  switch (last.kind) {
    case "paused":
      return { metric, state: "paused", since: last.at };
    case "met":
      return { metric, state: "met", at: last.at, breachedAt };
    case "stopped":
      return { metric, state: "stopped", at: last.at, breachedAt };
    default:
      // Running without a deadline: the policy sets no target for this metric.
      return null;
  }
}
