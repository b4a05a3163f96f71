// The choices the ticket page's controls offer: members who may own tickets and the
// workspace's problem areas. Scoped to ctx.workspace.
import type { Ctx } from "@/server/context";

export type TicketFormOptions = {
  assignees: { memberId: string; name: string }[];
  areas: { key: string; name: string }[];
};

export async function getTicketFormOptions(ctx: Ctx): Promise<TicketFormOptions> {
  const [members, areas] = await Promise.all([
    ctx.db.member.findMany({
      where: { workspaceId: ctx.workspace.id, deactivatedAt: null, role: { in: ["ADMIN", "AGENT"] } },
      select: { id: true, user: { select: { name: true } } },
      orderBy: { user: { name: "asc" } },
    }),
    ctx.db.problemArea.findMany({
      where: { workspaceId: ctx.workspace.id, archivedAt: null },
      select: { key: true, name: true },
      orderBy: [{ position: "asc" }, { name: "asc" }],
    }),
  ]);
  return { assignees: members.map((m) => ({ memberId: m.id, name: m.user.name })), areas };
}
