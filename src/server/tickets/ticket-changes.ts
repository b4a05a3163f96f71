// The field changes updateTicket and bulkUpdateTickets share: checking the referenced member,
// problem area and team, and applying status, priority, assignee, area, team and tag changes to locked tickets
// with one TicketEvent per changed field, one version bump and one notification per ticket.
//
// lastActivityAt is left alone: it is the inbox's "last message" sort key (creation or the
// latest message), while field changes show in `updatedAt`. Triaging a page of tickets thus
// does not reshuffle the inbox under the agent's cursor (Help Scout and Front sort the same way).
import type { Actor } from "@/server/context";
import { eventActor } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { LockedTicket } from "./lock-ticket";
import { notifyTicketsChanged, type TicketChange, type TicketChangeKind } from "./notify-ticket-changed";
import type { TicketChanges } from "./ticket.schemas";
import { ensureTags } from "./ticket-tags";
import { resolveTeam } from "@/server/teams/team.queries";

/** The member, area and team the changes name, checked against the workspace. */
export type ResolvedRefs = { assigneeId?: string | null; area?: { id: string; key: string } | null; teamId?: string | null };

/** An active member of the workspace who may own tickets (not a light agent), or VALIDATION on `field`. */
export async function resolveAssignee(db: DbTx, workspaceId: string, memberId: string, field = "assignee"): Promise<string> {
  const member = await db.member.findFirst({
    where: { id: memberId, workspaceId, deactivatedAt: null },
    select: { id: true, role: true },
  });
  // Another workspace's member id reads exactly like an unknown one.
  if (!member) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { [field]: "is not an active member of this workspace" } });
  if (member.role === "LIGHT_AGENT") throw new AppError("VALIDATION", "Some fields are invalid", { fields: { [field]: "light agents cannot be assigned tickets" } });
  return member.id;
}

/** A problem area of the workspace (not archived) by key, or VALIDATION on `field`. */
export async function resolveArea(db: DbTx, workspaceId: string, key: string, field = "area"): Promise<{ id: string; key: string }> {
  const area = await db.problemArea.findFirst({ where: { workspaceId, key, archivedAt: null }, select: { id: true, key: true } });
  if (!area) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { [field]: "is not a problem area of this workspace" } });
  return area;
}

export async function resolveRefs(db: DbTx, workspaceId: string, changes: TicketChanges): Promise<ResolvedRefs> {
  const refs: ResolvedRefs = {};
  if (changes.assignee !== undefined) {
    refs.assigneeId = changes.assignee === null ? null : await resolveAssignee(db, workspaceId, changes.assignee);
  }
  if (changes.area !== undefined) refs.area = changes.area === null ? null : await resolveArea(db, workspaceId, changes.area);
  if (changes.team !== undefined) refs.teamId = changes.team === null ? null : await resolveTeam(db, workspaceId, changes.team);
  return refs;
}

/**
 * What changed on one ticket. `undo` holds the changes that put the changed fields back as they
 * were (previous status, priority, assignee, area; tags added are removed and vice versa), to be
 * sent back with `expectedVersion: version` so an undo never overwrites a later change.
 */
export type AppliedChange = { ticketId: string; number: number; version: number; changed: TicketChangeKind[]; undo: TicketChanges };

type EventRow = Prisma.TicketEventCreateManyInput;

/** Tag names each ticket has among `names`. */
async function currentTags(db: DbTx, workspaceId: string, ticketIds: string[], names: string[]): Promise<Map<string, Map<string, string>>> {
  const byTicket = new Map<string, Map<string, string>>(ticketIds.map((id) => [id, new Map()]));
  if (names.length === 0) return byTicket;
  const links = await db.ticketTag.findMany({
    where: { workspaceId, ticketId: { in: ticketIds }, tag: { workspaceId, name: { in: names } } },
    select: { ticketId: true, tag: { select: { id: true, name: true } } },
  });
  for (const l of links) byTicket.get(l.ticketId)!.set(l.tag.name, l.tag.id);
  return byTicket;
}

/**
 * Applies `changes` to tickets the caller has locked; a ticket where nothing changes is left
 * untouched (no event, no version bump, no notification). Returns what changed per ticket.
 */
export async function applyTicketChanges(
  db: DbTx,
  workspaceId: string,
  actor: Actor,
  tickets: LockedTicket[],
  changes: TicketChanges,
  refs: ResolvedRefs,
  now: Date = new Date(),
): Promise<AppliedChange[]> {
  const add = changes.addTags ?? [];
  const remove = changes.removeTags ?? [];
  const ids = tickets.map((t) => t.id);
  const tagsNow = await currentTags(db, workspaceId, ids, [...add, ...remove]);
  const adds = new Map(tickets.map((t) => [t.id, add.filter((n) => !tagsNow.get(t.id)!.has(n))]));
  const tagIds = await ensureTags(db, workspaceId, [...new Set([...adds.values()].flat())]);

  const who = eventActor(actor);
  const events: EventRow[] = [];
  const links: Prisma.TicketTagCreateManyInput[] = [];
  const unlinks: Array<{ ticketId: string; tagId: string }> = [];
  const notifications: TicketChange[] = [];
  const applied: AppliedChange[] = [];

  for (const t of tickets) {
    const version = t.version + 1;
    const event = (type: EventRow["type"], data: Prisma.InputJsonValue) =>
      events.push({ workspaceId, ticketId: t.id, type, ...who, data, ticketVersion: version, createdAt: now });
    const data: Prisma.TicketUncheckedUpdateInput = {};
    const changed: TicketChangeKind[] = [];
    const undo: TicketChanges = {};

    if (changes.status !== undefined && changes.status !== t.status) {
      event("STATUS_CHANGED", { from: t.status, to: changes.status });
      data.status = changes.status;
      // Closing stamps closedAt, reopening clears it; any manual status change ends a snooze.
      data.closedAt = changes.status === "CLOSED" ? now : null;
      data.snoozedUntil = null;
      changed.push("status");
      undo.status = t.status;
    }
    if (changes.priority !== undefined && changes.priority !== t.priority) {
      event("PRIORITY_CHANGED", { from: t.priority, to: changes.priority });
      data.priority = changes.priority;
      changed.push("priority");
      undo.priority = t.priority;
    }
    if (refs.assigneeId !== undefined && refs.assigneeId !== t.assigneeId) {
      event("ASSIGNEE_CHANGED", { from: t.assigneeId, to: refs.assigneeId });
      data.assigneeId = refs.assigneeId;
      changed.push("assignee");
      undo.assignee = t.assigneeId;
    }
    if (refs.area !== undefined && (refs.area?.id ?? null) !== t.problemAreaId) {
      event("AREA_CHANGED", { from: t.areaKey, to: refs.area?.key ?? null });
      data.problemAreaId = refs.area?.id ?? null;
      changed.push("area");
      undo.area = t.areaKey;
    }
    if (refs.teamId !== undefined && refs.teamId !== t.teamId) {
      event("TEAM_CHANGED", { from: t.teamId, to: refs.teamId });
      data.teamId = refs.teamId;
      changed.push("team");
      undo.team = t.teamId;
    }
    const tagAdds = adds.get(t.id)!;
    const tagRemoves = remove.filter((n) => tagsNow.get(t.id)!.has(n));
    for (const name of tagAdds) {
      event("TAG_ADDED", { tag: name });
      links.push({ workspaceId, ticketId: t.id, tagId: tagIds.get(name)!, createdAt: now });
    }
    for (const name of tagRemoves) {
      event("TAG_REMOVED", { tag: name });
      unlinks.push({ ticketId: t.id, tagId: tagsNow.get(t.id)!.get(name)! });
    }
    if (tagAdds.length + tagRemoves.length > 0) changed.push("tags");
    if (tagAdds.length > 0) undo.removeTags = tagAdds;
    if (tagRemoves.length > 0) undo.addTags = tagRemoves;
    if (changed.length === 0) continue;

    await db.ticket.update({ where: { id: t.id, workspaceId }, data: { ...data, version } });
    notifications.push({ workspaceId, ticketId: t.id, number: t.number, version, kind: changed.length === 1 ? changed[0]! : "updated" });
    applied.push({ ticketId: t.id, number: t.number, version, changed, undo });
  }

  if (links.length > 0) await db.ticketTag.createMany({ data: links, skipDuplicates: true });
  if (unlinks.length > 0) await db.ticketTag.deleteMany({ where: { workspaceId, OR: unlinks } });
  if (events.length > 0) await db.ticketEvent.createMany({ data: events });
  await notifyTicketsChanged(db, notifications);
  return applied;
}
