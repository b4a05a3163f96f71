// SLA policies (issue 17): what an admin sends (the API's body, also the settings form's) and which
// policy a ticket falls under. A policy has conditions (channel, priority, problem area, tag,
// customer email domain: every one given must hold, any value of a list will do) and targets per
// priority (first response, next response, resolution, in business or calendar minutes). The first
// policy by position whose conditions hold applies; its targets for the ticket's priority are the
// clocks' targets (sla-clock.ts), so a priority change swaps them.
import { z } from "zod";
import { text } from "@/lib/validation";
import { ApiChannel, ApiPriority } from "@/server/api/api.schemas";
import { AreaKeySchema, TagNameSchema } from "@/server/tickets/ticket.schemas";
import type { SlaTargets } from "./sla-clock";

/** A target of at most a year: longer is a typing mistake, not a promise to a customer. */
const Minutes = z.int().min(1).max(366 * 24 * 60);

export const SlaTargetsSchema = z
  .object({
    firstResponseMinutes: Minutes.optional(),
    nextResponseMinutes: Minutes.optional(),
    resolutionMinutes: Minutes.optional(),
    businessHours: z.boolean(),
  })
  .refine((t) => t.firstResponseMinutes !== undefined || t.nextResponseMinutes !== undefined || t.resolutionMinutes !== undefined, {
    message: "give at least one target",
    params: { code: "noTarget" },
  });

/** An email domain as customers' addresses end: lower case, no @, at least one dot. */
const DOMAIN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
const EmailDomainSchema = text()
  .trim()
  .toLowerCase()
  .max(254)
  .transform((d) => d.replace(/^@/, ""))
  .refine((d) => DOMAIN.test(d), { message: "is not a domain such as example.com", params: { code: "invalidDomain" } });

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(50).optional();

export const SlaConditionsSchema = z.object({
  channels: list(ApiChannel),
  priorities: list(ApiPriority),
  areas: list(AreaKeySchema),
  tags: list(TagNameSchema),
  emailDomains: list(EmailDomainSchema),
});

export const SlaPolicyInput = z.object({
  name: text().trim().min(1).max(120),
  position: z.int().min(0).max(10_000),
  calendarId: z.uuid(),
  conditions: SlaConditionsSchema.default({}),
  targets: z
    .object({ urgent: SlaTargetsSchema.optional(), high: SlaTargetsSchema.optional(), normal: SlaTargetsSchema.optional(), low: SlaTargetsSchema.optional() })
    .refine((t) => Object.values(t).some(Boolean), { message: "give targets for at least one priority", params: { code: "noTarget" } }),
});
export type SlaPolicyInput = z.input<typeof SlaPolicyInput>;
export type SlaConditions = z.output<typeof SlaConditionsSchema>;
export type SlaPriority = z.output<typeof ApiPriority>;

/** What a policy's conditions look at, as the API names it. */
export type SlaTicketFacts = {
  channel: z.output<typeof ApiChannel>;
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
