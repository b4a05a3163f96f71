// SLA policies (issue 17): which policy a ticket falls under (the body admins send is
// sla-policy.schemas.ts). A policy has conditions (channel, priority, problem area, tag,
// customer email domain: every one given must hold, any value of a list will do) and targets per
// priority (first response, next response, resolution, in business or calendar minutes). The first
// policy by position whose conditions hold applies; its targets for the ticket's priority are the
// clocks' targets (sla-clock.ts), so a priority change swaps them.
import type { SlaTargets } from "./sla-clock";
import type { SlaChannel, SlaConditions, SlaPriority } from "./sla-policy.schemas";

export type { SlaConditions, SlaPriority } from "./sla-policy.schemas";

/** What a policy's conditions look at, as the API names it. */
export type SlaTicketFacts = {
  channel: SlaChannel;
  priority: SlaPriority;
  /** The problem area's key, or null. */
  area: string | null;
  tags: readonly string[];
  customerEmail: string | null;
};

export type MatchablePolicy = { id: string; position: number; conditions: SlaConditions; targets: Partial<Record<SlaPriority, SlaTargets>> };

/** Whether every condition given holds for the ticket. */
export function conditionsHold(c: SlaConditions, t: SlaTicketFacts): boolean {
  if (c.channels && !c.channels.includes(t.channel)) return false;
  if (c.priorities && !c.priorities.includes(t.priority)) return false;
  if (c.areas && (t.area === null || !c.areas.includes(t.area))) return false;
  if (c.tags && !c.tags.some((tag) => t.tags.includes(tag))) return false;
  if (c.emailDomains) {
    const domain = t.customerEmail?.split("@").pop()?.toLowerCase();
    // A domain names itself and its subdomains: "example.com" holds for "mail.example.com".
    if (!domain || !c.emailDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) return false;
  }
  return true;
}

/**
 * The policy that applies to a ticket (the first by position, then by id, whose conditions hold),
 * and its targets for the ticket's priority; null when none applies or it sets none for that priority.
 */
export function applicablePolicy<P extends MatchablePolicy>(policies: readonly P[], ticket: SlaTicketFacts): { policy: P; targets: SlaTargets } | null {
  const ordered = [...policies].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const policy = ordered.find((p) => conditionsHold(p.conditions, ticket));
  const targets = policy?.targets[ticket.priority];
  return policy && targets ? { policy, targets } : null;
}
