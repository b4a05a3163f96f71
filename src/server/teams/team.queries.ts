// Reading teams (issue 17): for admins (the settings page), for every member (the ticket
// sidebar's and the inbox's team choices) and for the checks the use cases share.
import { requireRole, type Ctx } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { fieldError } from "@/server/validate";
import { TeamConditionsSchema, type TeamConditions, type TeamView } from "./team.schemas";

export const TEAM_SELECT = {
  id: true,
  name: true,
  assignmentMode: true,
  maxOpenPerAgent: true,
  conditions: true,
  position: true,
  createdAt: true,
  updatedAt: true,
  members: { select: { memberId: true } },
} as const satisfies Prisma.TeamSelect;

export type TeamRow = Prisma.TeamGetPayload<{ select: typeof TEAM_SELECT }>;

/** Stored conditions read back through the schema that wrote them (anything unreadable: none). */
export function storedConditions(value: unknown): TeamConditions {
  const parsed = TeamConditionsSchema.safeParse(value);
  return parsed.success ? parsed.data : {};
}

export function toTeamView(row: TeamRow): TeamView {
  return {
    id: row.id,
    name: row.name,
    assignmentMode: row.assignmentMode,
    maxOpenPerAgent: row.maxOpenPerAgent,
    conditions: storedConditions(row.conditions),
    position: row.position,
    memberIds: row.members.map((m) => m.memberId).sort(),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a team's settings (its members are logged as their own action). */
export function teamAudit(row: TeamRow): { target: { type: "team"; id: string; label: string }; fields: Record<string, unknown> } {
  const view = toTeamView(row);
  return {
    target: { type: "team", id: row.id, label: row.name },
    fields: { name: view.name, assignmentMode: view.assignmentMode, maxOpenPerAgent: view.maxOpenPerAgent, conditions: view.conditions, position: view.position },
  };
}

/** The team with this id in the caller's workspace; a foreign or unknown id is NOT_FOUND. */
export async function getTeamRow(ctx: Pick<Ctx, "db" | "workspace">, teamId: string): Promise<TeamRow> {
  const row = await ctx.db.team.findFirst({ where: { id: teamId, workspaceId: ctx.workspace.id }, select: TEAM_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "No such team in this workspace");
  return row;
}

/** Admins: the workspace's teams in the order routing tries them. */
export async function listTeams(ctx: Ctx): Promise<TeamView[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.team.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: TEAM_SELECT });
  return rows.map(toTeamView);
}

export type TeamOption = { id: string; name: string };

/** Every member: the teams a ticket can be given to (sidebar, inbox filter), by name. */
export async function listTeamOptions(ctx: Ctx): Promise<TeamOption[]> {
  requireRole(ctx, "LIGHT_AGENT");
  return ctx.db.team.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true } });
}

/**
 * A team of the workspace, for a ticket's `team` field; another workspace's id reads exactly like
 * an unknown one (VALIDATION on the field, as an unknown assignee does).
 */
export async function resolveTeam(db: DbTx, workspaceId: string, teamId: string, field = "team"): Promise<string> {
  const team = await db.team.findFirst({ where: { id: teamId, workspaceId }, select: { id: true } });
  if (!team) throw fieldError(field, "unknownTeam", "is not a team of this workspace");
  return team.id;
}

/** VALIDATION unless every id is an active member of the workspace who may own tickets. */
export async function checkTeamMembers(db: DbTx, workspaceId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  const found = await db.member.findMany({
    where: { id: { in: [...memberIds] }, workspaceId, deactivatedAt: null, role: { in: ["AGENT", "ADMIN"] } },
    select: { id: true },
  });
  if (found.length !== memberIds.length) throw fieldError("memberIds", "notTeamMember", "names someone who is not an active agent or admin of this workspace");
}

/** VALIDATION unless the conditions name only the workspace's problem areas and mailboxes. */
export async function checkTeamConditions(db: DbTx, workspaceId: string, c: TeamConditions): Promise<void> {
  if (c.areas) {
    const found = await db.problemArea.count({ where: { workspaceId, key: { in: c.areas } } });
    if (found !== c.areas.length) throw fieldError("conditions.areas", "unknownArea", "names a problem area this workspace does not have");
  }
  if (c.mailboxIds) {
    const found = await db.mailbox.count({ where: { workspaceId, id: { in: c.mailboxIds } } });
    if (found !== c.mailboxIds.length) throw fieldError("conditions.mailboxIds", "unknownMailbox", "names a mailbox this workspace does not have");
  }
}

/** CONFLICT on `name` when another team of the workspace has it (in any letter case). */
export async function checkTeamName(db: DbTx, workspaceId: string, name: string, exceptId?: string): Promise<void> {
  const taken = await db.team.count({ where: { workspaceId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) } });
  if (taken > 0) throw teamNameTaken(name);
}

export function teamNameTaken(name: string, cause?: unknown): AppError {
  return new AppError("CONFLICT", `A team named "${name}" already exists`, {
    fields: { name: "is already taken" },
    fieldIssues: { name: { code: "taken", message: "is already taken" } },
    ...(cause ? { cause } : {}),
  });
}

/** Admins: the mailboxes a team's conditions can name, for the settings form. */
export async function listTeamMailboxChoices(ctx: Ctx): Promise<Array<{ id: string; label: string }>> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.mailbox.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ name: "asc" }, { id: "asc" }], select: { id: true, name: true, address: true } });
  return rows.map((m) => ({ id: m.id, label: `${m.name} <${m.address}>` }));
}
