// Invitations not yet accepted or revoked, newest first, for the settings page. Expired ones
// stay listed (marked) so an admin sees who never joined and can invite them again.
import type { MemberRole } from "@/generated/prisma/enums";
import { requireRole, type Ctx } from "@/server/context";

export type InvitationListItem = {
  invitationId: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  createdAt: Date;
  state: "pending" | "expired";
  invitedByName: string | null;
};

const LIST_LIMIT = 200;

export async function listInvitations(ctx: Ctx, _input: Record<string, never> = {}): Promise<InvitationListItem[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.invitation.findMany({
    where: { workspaceId: ctx.workspace.id, acceptedAt: null, revokedAt: null },
    select: {
      id: true,
      email: true,
      role: true,
      expiresAt: true,
      createdAt: true,
      invitedBy: { select: { user: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: LIST_LIMIT,
  });
  const now = Date.now();
  return rows.map((i) => ({
    invitationId: i.id,
    email: i.email,
    role: i.role,
    expiresAt: i.expiresAt,
    createdAt: i.createdAt,
    state: i.expiresAt.getTime() <= now ? "expired" : "pending",
    invitedByName: i.invitedBy?.user.name ?? null,
  }));
}
