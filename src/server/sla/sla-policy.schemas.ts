// SLA policies' input and output (issue 17): the body admins send to the REST API (also the
// settings form's) and what they get back. Conditions on channel, priority, problem area, tag and
// customer email domain; targets per priority in business or calendar minutes.
import { z } from "zod";
import { text } from "@/lib/validation";
import { ApiChannel, ApiPriority } from "@/server/api/api.schemas";
import { AreaKeySchema, TagNameSchema } from "@/server/tickets/ticket.schemas";

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

/**
 * Warnings before a deadline, in minutes (at most 5, each up to a week): `[60, 15]` warns an hour
 * and a quarter before. Kept distinct, longest first.
 */
export const WarnBeforeMinutesSchema = z
  .array(z.int().min(1).max(7 * 24 * 60))
  .max(5)
  .transform((m) => [...new Set(m)].sort((a, b) => b - a));

const list = <T extends z.ZodType>(item: T) => z.array(item).min(1).max(50).optional();

export const SlaConditionsSchema = z.object({
  channels: list(ApiChannel),
  priorities: list(ApiPriority),
  areas: list(AreaKeySchema),
  tags: list(TagNameSchema),
  emailDomains: list(EmailDomainSchema),
});

export const SlaTargetsByPriority = z
  .object({ urgent: SlaTargetsSchema.optional(), high: SlaTargetsSchema.optional(), normal: SlaTargetsSchema.optional(), low: SlaTargetsSchema.optional() })
  .refine((t) => Object.values(t).some(Boolean), { message: "give targets for at least one priority", params: { code: "noTarget" } });

export const SlaPolicyInput = z.object({
  name: text().trim().min(1).max(120),
  position: z.int().min(0).max(10_000),
  calendarId: z.uuid(),
  conditions: SlaConditionsSchema.default({}),
  targets: SlaTargetsByPriority,
  warnBeforeMinutes: WarnBeforeMinutesSchema.default([]),
});
export type SlaPolicyInput = z.input<typeof SlaPolicyInput>;
export type SlaConditions = z.output<typeof SlaConditionsSchema>;
export type SlaPriority = z.output<typeof ApiPriority>;
export type SlaChannel = z.output<typeof ApiChannel>;
export type SlaTargetsByPriority = z.output<typeof SlaTargetsByPriority>;

/** A change: any field of the body; conditions and targets replace the stored ones when sent. */
export const UpdateSlaPolicyBody = z
  .object({
    name: SlaPolicyInput.shape.name.optional(),
    position: SlaPolicyInput.shape.position.optional(),
    calendarId: SlaPolicyInput.shape.calendarId.optional(),
    conditions: SlaConditionsSchema.optional(),
    targets: SlaTargetsByPriority.optional(),
    warnBeforeMinutes: WarnBeforeMinutesSchema.optional(),
  })
  .strict();
export type UpdateSlaPolicyBody = z.input<typeof UpdateSlaPolicyBody>;
export const UpdateSlaPolicyInput = UpdateSlaPolicyBody.extend({ policyId: z.uuid() });
export type UpdateSlaPolicyInput = z.input<typeof UpdateSlaPolicyInput>;
export const SlaPolicyIdInput = z.object({ policyId: z.uuid() });
export type SlaPolicyIdInput = z.input<typeof SlaPolicyIdInput>;

const TargetsView = z.object({
  firstResponseMinutes: z.int().optional(),
  nextResponseMinutes: z.int().optional(),
  resolutionMinutes: z.int().optional(),
  businessHours: z.boolean(),
});

/** A policy as the API and the settings page show it. */
export const SlaPolicyView = z.object({
  id: z.uuid(),
  name: text(),
  position: z.int(),
  calendarId: z.uuid(),
  conditions: z.object({
    channels: z.array(ApiChannel).optional(),
    priorities: z.array(ApiPriority).optional(),
    areas: z.array(text()).optional(),
    tags: z.array(text()).optional(),
    emailDomains: z.array(text()).optional(),
  }),
  targets: z.object({ urgent: TargetsView.optional(), high: TargetsView.optional(), normal: TargetsView.optional(), low: TargetsView.optional() }),
  warnBeforeMinutes: z.array(z.int()),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type SlaPolicyView = z.output<typeof SlaPolicyView>;

/** The settings page's move up/down: the policy swaps places with its neighbour in the order tried. */
export const MoveSlaPolicyInput = z.object({ policyId: z.uuid(), direction: z.enum(["up", "down"]) });
export type MoveSlaPolicyInput = z.input<typeof MoveSlaPolicyInput>;
