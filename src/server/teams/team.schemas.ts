// Teams (issue 17, assignment): what admins send to create or change one (the settings form) and
// what they get back. Routing conditions pick the team of a new ticket: every list given must
// hold (any value of a list will do); a team without any list catches no ticket by itself.
import { z } from "zod";
import { text } from "@/lib/validation";
import type { Channel } from "@/generated/prisma/enums";
import { AreaKeySchema, ChannelSchema } from "@/server/tickets/ticket.schemas";

export const AssignmentModeSchema = z.enum(["MANUAL", "ROUND_ROBIN"]);
export type AssignmentMode = z.output<typeof AssignmentModeSchema>;

export const MAX_TEAM_CAPACITY = 1_000;
export const MAX_TEAM_MEMBERS = 200;

/** An empty list (no box ticked in the form) is the same as no condition on that field. */
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(50)
    .optional()
    .transform((v) => (v && v.length > 0 ? [...new Set(v)] : undefined));

export type TeamConditions = { channels?: Channel[]; areas?: string[]; mailboxIds?: string[] };

export const TeamConditionsSchema = z
  .object({
    channels: list(ChannelSchema),
    areas: list(AreaKeySchema),
    mailboxIds: list(z.uuid()),
  })
  .transform((c): TeamConditions => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== undefined)));

const TeamFields = {
  name: text().trim().min(1).max(80),
  assignmentMode: AssignmentModeSchema,
  /** At most this many OPEN and PENDING tickets per member from round-robin; null: no limit. */
  maxOpenPerAgent: z.int().min(1).max(MAX_TEAM_CAPACITY).nullable(),
  conditions: TeamConditionsSchema,
  /** Teams are tried in this order (then by id) when a new ticket is routed. */
  position: z.int().min(0).max(10_000),
  memberIds: z
    .array(z.uuid())
    .max(MAX_TEAM_MEMBERS)
    .transform((ids) => [...new Set(ids)]),
};

export const CreateTeamInput = z.object({
  name: TeamFields.name,
  assignmentMode: TeamFields.assignmentMode.default("MANUAL"),
  maxOpenPerAgent: TeamFields.maxOpenPerAgent.default(null),
  conditions: TeamFields.conditions.default({}),
  /** Absent: after the last team. */
  position: TeamFields.position.optional(),
  memberIds: TeamFields.memberIds.default([]),
});
export type CreateTeamInput = z.input<typeof CreateTeamInput>;

/** Any field; conditions and members replace the stored ones when sent. */
export const UpdateTeamInput = z
  .object({
    teamId: z.uuid(),
    name: TeamFields.name.optional(),
    assignmentMode: TeamFields.assignmentMode.optional(),
    maxOpenPerAgent: TeamFields.maxOpenPerAgent.optional(),
    conditions: TeamFields.conditions.optional(),
    position: TeamFields.position.optional(),
    memberIds: TeamFields.memberIds.optional(),
  })
  .strict();
export type UpdateTeamInput = z.input<typeof UpdateTeamInput>;

export const SetTeamMembersInput = z.object({ teamId: z.uuid(), memberIds: TeamFields.memberIds });
export type SetTeamMembersInput = z.input<typeof SetTeamMembersInput>;

export const TeamIdInput = z.object({ teamId: z.uuid() });
export type TeamIdInput = z.input<typeof TeamIdInput>;

/** A team as the settings page shows it. */
export type TeamView = {
  id: string;
  name: string;
  assignmentMode: AssignmentMode;
  maxOpenPerAgent: number | null;
  conditions: TeamConditions;
  position: number;
  /** Sorted, so comparing two views compares their members. */
  memberIds: string[];
  createdAt: string;
  updatedAt: string;
};
