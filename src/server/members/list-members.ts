// The members of the workspace for the settings page: active ones first, then by name.
import type { MemberRole } from "@/generated/prisma/enums";
import { requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { ListMembersInput } from "./member.schemas";

export type MemberListItem = {
  memberId: string;
  userId: string;
  name: string;
  email: string;
  role: MemberRole;
  deactivatedAt: Date | null;
  /** Set while the member is away (no new tickets from the assignment rule). */
  awayAt: Date | null;
  lastSignInAt: Date | null;
  joinedAt: Date;
  /** The member is the actor: the page hides "deactivate" for them. */
  isSelf: boolean;
};

export async function listMembers(ctx: Ctx, raw: ListMembersInput = {}): Promise<MemberListItem[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const { status } = parseInput(ListMembersInput, raw);
  const rows = await ctx.db.member.findMany({
    where: {
      workspaceId: ctx.workspace.id,
      ...(status === "active" ? { deactivatedAt: null } : status === "deactivated" ? { deactivatedAt: { not: null } } : {}),
    },
    select: {
      id: true,
      role: true,
      deactivatedAt: true,
      awayAt: true,
      createdAt: true,
      user: { select: { id: true, name: true, email: true, lastSignInAt: true } },
    },
    orderBy: [{ user: { name: "asc" } }, { id: "asc" }],
  });
  const selfId = ctx.actor.type === "member" ? ctx.actor.memberId : null;
  return rows
    .map((m) => ({
      memberId: m.id,
      userId: m.user.id,
      name: m.user.name,
      email: m.user.email,
      role: m.role,
      deactivatedAt: m.deactivatedAt,
      awayAt: m.awayAt,
      lastSignInAt: m.user.lastSignInAt,
      joinedAt: m.createdAt,
      isSelf: m.id === selfId,
    }))
    .sort((a, b) => Number(a.deactivatedAt !== null) - Number(b.deactivatedAt !== null));
}
