// A policy in a few words for the list: its conditions on one line ("Email, Contact form · Urgent,
// High · tag vip", or "All tickets") and one line per priority with targets.
import { formatMinutes } from "@/lib/sla-durations";
import type { SlaPolicyView } from "@/server/sla/sla-policy.schemas";

type T = (key: string, values?: Record<string, string | number>) => string;

export const PRIORITIES = ["urgent", "high", "normal", "low"] as const;
export const CHANNELS = ["email", "form", "portal", "phone", "chat", "api", "social"] as const;
export const METRICS = ["firstResponseMinutes", "nextResponseMinutes", "resolutionMinutes"] as const;
export type Metric = (typeof METRICS)[number];

/** `ts` is the settings namespace, `tt` the tickets one (channel, priority names). */
export function conditionsSummary(ts: T, tt: T, conditions: SlaPolicyView["conditions"], areaLabel: (key: string) => string, list: (items: string[]) => string): string {
  const parts: string[] = [];
  if (conditions.channels?.length) parts.push(list(conditions.channels.map((c) => tt(`channel.${c.toUpperCase()}`))));
  if (conditions.priorities?.length) {
    // Most urgent first, whatever order they were stored in.
    const ordered = PRIORITIES.filter((p) => conditions.priorities?.includes(p));
    parts.push(list(ordered.map((p) => tt(`priority.${p.toUpperCase()}`))));
  }
  if (conditions.areas?.length) parts.push(list(conditions.areas.map(areaLabel)));
  if (conditions.tags?.length) parts.push(ts("slaPolicies.summary.tags", { count: conditions.tags.length, list: list(conditions.tags) }));
  if (conditions.emailDomains?.length) parts.push(ts("slaPolicies.summary.domains", { count: conditions.emailDomains.length, list: list(conditions.emailDomains) }));
  return parts.length ? parts.join(" · ") : ts("slaPolicies.summary.allTickets");
}

const METRIC_KEY: Record<Metric, string> = { firstResponseMinutes: "firstResponse", nextResponseMinutes: "nextResponse", resolutionMinutes: "resolution" };

/** One line per priority that has targets, most urgent first. */
export function targetsSummary(ts: T, tt: T, targets: SlaPolicyView["targets"], locale: string): string[] {
  return PRIORITIES.flatMap((priority) => {
    const target = targets[priority];
    if (!target) return [];
    const times = METRICS.flatMap((m) => {
      const minutes = target[m];
      return minutes === undefined ? [] : [ts(`slaPolicies.summary.${METRIC_KEY[m]}`, { duration: formatMinutes(minutes, locale) })];
    });
    return [
      ts("slaPolicies.summary.target", {
        priority: tt(`priority.${priority.toUpperCase()}`),
        targets: times.join(" · "),
        clock: ts(target.businessHours ? "slaPolicies.summary.businessHours" : "slaPolicies.summary.calendarTime"),
      }),
    ];
  });
}
