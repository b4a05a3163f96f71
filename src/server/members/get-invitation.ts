// What the invitation page shows before anyone signs in: whose workspace, for which address and
// role, and whether the link still works. Found by the token's hash; the hash never leaves.
import type { MemberRole } from "@/generated/prisma/enums";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { sha256Hex } from "@/server/tokens";
import { GetInvitationInput } from "./member.schemas";

export type InvitationState = "valid" | "expired" | "used" | "revoked";

export type InvitationView = {
  workspaceName: string;
  workspaceSlug: string;
  email: string;
  role: MemberRole;
  expiresAt: Date;
  state: InvitationState;
  // Deliberately nothing about whether the address has an account: whoever holds the link
  // (the inviting admin saw it) must not learn that an address is used in another workspace.
};

export function invitationState(
  i: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date = new Date(),
): InvitationState {
  if (i.acceptedAt) return "used";
  if (i.revokedAt) return "revoked";
  if (i.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

export async function getInvitation(db: DbTx, raw: GetInvitationInput): Promise<InvitationView> {
  const parsed = GetInvitationInput.safeParse(raw);
  // A malformed token is just another unknown token.
  if (!parsed.success) throw new AppError("NOT_FOUND", "Invitation not found");
  const { token } = parsed.data;
  const invitation = await db.invitation.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      email: true,
      role: true,
      expiresAt: true,
      acceptedAt: true,
      revokedAt: true,
      workspace: { select: { name: true, slug: true } },
    },
  });
  if (!invitation) throw new AppError("NOT_FOUND", "Invitation not found");
  return {
    workspaceName: invitation.workspace.name,
    workspaceSlug: invitation.workspace.slug,
    email: invitation.email,
    role: invitation.role,
    expiresAt: invitation.expiresAt,
    state: invitationState(invitation),
  };
}
