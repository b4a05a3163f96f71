// The inbox filters resolved against the workspace (area key, team, tag name and "me" become ids) and
// turned into SQL conditions on `t` ("Ticket"). A reference that names nothing in the workspace
// (an unknown area or tag, "me" for an actor who is not a member) makes the whole list empty
// rather than being ignored, so a stale saved view never silently widens to every ticket.
import type { Ctx } from "@/server/context";
import { actorMemberId } from "@/server/context";
import { Prisma } from "@/server/db";
import type { InboxFilters } from "./inbox.schemas";

export type ResolvedInboxFilters = {
  status?: InboxFilters["status"];
  priority?: InboxFilters["priority"];
  channel?: InboxFilters["channel"];
  /** A member id, or null for unassigned tickets. */
  assigneeId?: string | null;
  problemAreaId?: string;
  teamId?: string;
  tagId?: string;
  customerId?: string;
  /** Only tickets with a mention of this member. */
  mentionedMemberId?: string;
};

/** The filters with their references as ids, or null when one names nothing (no ticket matches). */
export async function resolveInboxFilters(ctx: Ctx, f: InboxFilters): Promise<ResolvedInboxFilters | null> {
  const workspaceId = ctx.workspace.id;
  const me = actorMemberId(ctx.actor);
  if ((f.assignee === "me" || f.mentionsMe) && !me) return null;
  const [area, tag, team] = await Promise.all([
    f.area ? ctx.db.problemArea.findFirst({ where: { workspaceId, key: f.area }, select: { id: true } }) : undefined,
    f.tag ? ctx.db.tag.findFirst({ where: { workspaceId, name: f.tag }, select: { id: true } }) : undefined,
    f.team ? ctx.db.team.findFirst({ where: { workspaceId, id: f.team }, select: { id: true } }) : undefined,
  ]);
  if (area === null || tag === null || team === null) return null;
  const assigneeId = f.assignee === "me" ? me : f.assignee === "none" ? null : f.assignee;
  return {
    ...(f.status ? { status: f.status } : {}),
    ...(f.priority ? { priority: f.priority } : {}),
    ...(f.channel ? { channel: f.channel } : {}),
    ...(f.assignee !== undefined ? { assigneeId } : {}),
    ...(area ? { problemAreaId: area.id } : {}),
    ...(team ? { teamId: team.id } : {}),
    ...(tag ? { tagId: tag.id } : {}),
    ...(f.customerId ? { customerId: f.customerId } : {}),
    ...(f.mentionsMe && me ? { mentionedMemberId: me } : {}),
  };
}

/** Conditions on `t`, the first always the workspace. */
export function inboxFilterConditions(workspaceId: string, f: ResolvedInboxFilters): Prisma.Sql[] {
  const ws = Prisma.sql`${workspaceId}::uuid`;
  const where: Prisma.Sql[] = [Prisma.sql`t."workspaceId" = ${ws}`];
  // `= ANY(array::enum[])` rather than a text comparison, so the enum column's indexes apply.
  if (f.status) where.push(Prisma.sql`t."status" = ANY(${f.status}::"TicketStatus"[])`);
  if (f.priority) where.push(Prisma.sql`t."priority" = ANY(${f.priority}::"TicketPriority"[])`);
  if (f.channel) where.push(Prisma.sql`t."channel" = ANY(${f.channel}::"Channel"[])`);
  if (f.assigneeId === null) where.push(Prisma.sql`t."assigneeId" IS NULL`);
  else if (f.assigneeId !== undefined) where.push(Prisma.sql`t."assigneeId" = ${f.assigneeId}::uuid`);
  if (f.problemAreaId) where.push(Prisma.sql`t."problemAreaId" = ${f.problemAreaId}::uuid`);
  if (f.teamId) where.push(Prisma.sql`t."teamId" = ${f.teamId}::uuid`);
  if (f.customerId) where.push(Prisma.sql`t."customerId" = ${f.customerId}::uuid`);
  if (f.tagId) {
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM "TicketTag" tt
      WHERE tt."ticketId" = t."id" AND tt."tagId" = ${f.tagId}::uuid AND tt."workspaceId" = ${ws})`);
  }
  if (f.mentionedMemberId) where.push(mentionedCondition(ws, f.mentionedMemberId));
  return where;
}

/**
 * The tickets with a mention of the member, as `t."id" = ANY(ARRAY(...))`: the member's mentions
 * come from the Mention(workspaceId, memberId, createdAt) index and each message's ticket from its
 * primary key, so the cost follows the member's mentions, not the workspace's tickets or messages
 * (as EXISTS, PostgreSQL probed every ticket of a long status range, or hashed every message).
 */
export function mentionedCondition(ws: Prisma.Sql, memberId: string): Prisma.Sql {
  return Prisma.sql`t."id" = ANY(ARRAY(${mentionedTicketIds(ws, memberId)}))`;
}

/** The ticket id of each of the member's mentions (repeats when a ticket has several). */
export function mentionedTicketIds(ws: Prisma.Sql, memberId: string, onlyUnseen = false): Prisma.Sql {
  const unseen = onlyUnseen ? Prisma.sql`AND mn."seenAt" IS NULL` : Prisma.empty;
  return Prisma.sql`SELECT (SELECT mm."ticketId" FROM "Message" mm WHERE mm."id" = mn."messageId" AND mm."workspaceId" = ${ws}) AS "ticketId"
      FROM "Mention" mn WHERE mn."workspaceId" = ${ws} AND mn."memberId" = ${memberId}::uuid ${unseen}`;
}
