// The choices the ticket page's controls offer: members who may own tickets, members who can be
// @mentioned in notes, the workspace's problem areas and its tags. Scoped to ctx.workspace.
import type { Ctx } from "@/server/context";
import { displayAreaNames, type AreaNames } from "@/lib/problem-area-names";

export type TicketFormOptions = {
  assignees: { memberId: string; name: string }[];
  /** Every active member, light agents too (they read and write notes). */
  mentionable: { id: string; name: string; email: string }[];
  /** Active areas only: an archived one is offered for no new choice. */
  areas: { key: string; name: string; names: AreaNames }[];
  tags: string[];
  /** The workspace's teams, by name. */
  teams: { id: string; name: string }[];
};

/** The most tags offered as suggestions; typing finds any other (it is free text). */
const TAG_SUGGESTIONS = 200;

export async function getTicketFormOptions(ctx: Ctx): Promise<TicketFormOptions> {
  const workspaceId = ctx.workspace.id;
  const [members, areas, tags, teams] = await Promise.all([
    ctx.db.member.findMany({
      where: { workspaceId, deactivatedAt: null },
      select: { id: true, role: true, user: { select: { name: true, email: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    ctx.db.problemArea.findMany({
      where: { workspaceId, archivedAt: null },
      select: { key: true, name: true, names: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
    ctx.db.tag.findMany({ where: { workspaceId }, select: { name: true }, orderBy: { name: "asc" }, take: TAG_SUGGESTIONS }),
    ctx.db.team.findMany({ where: { workspaceId }, select: { id: true, name: true }, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  ]);
  return {
    assignees: members.filter((m) => m.role !== "LIGHT_AGENT").map((m) => ({ memberId: m.id, name: m.user.name })),
    mentionable: members.map((m) => ({ id: m.id, name: m.user.name, email: m.user.email })),
    areas: areas.map((a) => ({ key: a.key, name: a.name, names: displayAreaNames(a.names, ctx.workspace.defaultLocale) })),
    tags: tags.map((t) => t.name),
    teams,
  };
}
