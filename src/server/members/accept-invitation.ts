// Someone opens an invitation link and joins the workspace. There is no member yet, so this
// takes the database and a logger rather than a ctx. A new address gets an account (name +
// password) on the invitation page, with the token as the only authority. An address that
// already has an account joins only once its owner has signed in normally (joinWithInvitation):
// the invitation page never asks for an existing account's password, so whoever holds the link
// (the inviting admin saw it) cannot guess that password there.
//
// The slow work (argon2) happens before the transaction; inside it, the invitation row is locked
// and its state checked again, so a token is used at most once even under concurrent accepts.
import type { MemberRole } from "@/generated/prisma/enums";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { hashPassword } from "@/server/auth/password";
import { Prisma, type Db, type DbTx } from "@/server/db";
import { recordAudit } from "@/server/audit/record-audit";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";
import { fieldError, parseInput } from "@/server/validate";
import { invitationState } from "./get-invitation";
import { AcceptInvitationInput, JoinWithInvitationInput } from "./member.schemas";

export type AcceptedInvitation = {
  email: string;
  workspaceSlug: string;
  userId: string;
  memberId: string;
  role: MemberRole;
  createdUser: boolean;
};

type InvitationRow = { id: string; email: string; acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

const INVITATION_SELECT = { id: true, email: true, acceptedAt: true, revokedAt: true, expiresAt: true } as const;

/** CONFLICT with `{ token: "used" | "expired" | "revoked" }`, which the invitation page translates. */
function assertUsable(invitation: InvitationRow): void {
  const state = invitationState(invitation);
  if (state === "valid") return;
  const message = {
    used: "This invitation has already been used",
    expired: "This invitation has expired",
    revoked: "This invitation has been revoked",
  }[state];
  throw new AppError("CONFLICT", message, { fields: { token: state }, fieldIssues: { token: { code: state, message } } });
}

function signInToAccept(): AppError {
  const message = "This address already has an account: sign in to accept the invitation";
  return new AppError("CONFLICT", message, {
    fields: { email: message },
    fieldIssues: { email: { code: "signInToAccept", message } },
  });
}

type LockedInvitation = InvitationRow & { workspaceId: string; role: MemberRole; workspaceSlug: string };

/** Locks the invitation's row until the transaction ends and checks it can still be used. */
async function lockInvitation(tx: DbTx, tokenHash: string): Promise<LockedInvitation> {
  const locked = await tx.$queryRaw<Array<{ id: string }>>`
    SELECT "id"::text AS "id" FROM "Invitation" WHERE "tokenHash" = ${tokenHash} FOR UPDATE`;
  const id = locked[0]?.id;
  const invitation = id
    ? await tx.invitation.findUnique({
        where: { id },
        select: { ...INVITATION_SELECT, workspaceId: true, role: true, workspace: { select: { slug: true } } },
      })
    : null;
  if (!invitation) throw new AppError("NOT_FOUND", "Invitation not found");
  assertUsable(invitation);
  return { ...invitation, workspaceSlug: invitation.workspace.slug };
}

/** `ip`: the client's address, for the audit log. */
export async function acceptInvitation(db: Db, log: Logger, raw: AcceptInvitationInput, ip: string | null = null): Promise<AcceptedInvitation> {
  const input = parseInput(AcceptInvitationInput, raw);
  const tokenHash = sha256Hex(input.token);

  const preview = await db.invitation.findUnique({ where: { tokenHash }, select: INVITATION_SELECT });
  if (!preview) throw new AppError("NOT_FOUND", "Invitation not found");
  assertUsable(preview);

  // The password typed here is never checked against an existing account's.
  const account = await db.user.findUnique({ where: { email: preview.email }, select: { passwordHash: true } });
  if (account?.passwordHash) throw signInToAccept();
  if (!input.name) throw fieldError("name", "required", "is required");
  if (input.password.length < PASSWORD_MIN_LENGTH) {
    throw fieldError("password", "tooShort", `must be at least ${PASSWORD_MIN_LENGTH} characters`, PASSWORD_MIN_LENGTH);
  }
  const newCredentials = { name: input.name, passwordHash: await hashPassword(input.password) };

  return join(db, log, tokenHash, ip, async (tx, email) => {
    const current = await tx.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
    // An account for this address appeared since the check above: its owner signs in to accept.
    if (current?.passwordHash) throw signInToAccept();
      // A password-less account that already belongs somewhere is not this link's to claim: whoever
      // holds an invitation (its admin saw the link) could otherwise set that account's password.
      if (current && (await tx.member.count({ where: { userId: current.id } })) > 0) {
        throw new AppError("CONFLICT", "This account has no password yet; ask an admin to reset it", {
          fields: { email: "has no password" },
        });
      }
    const userId = current
      ? (await tx.user.update({ where: { id: current.id }, data: newCredentials, select: { id: true } })).id
      : (await tx.user.create({ data: { email, ...newCredentials }, select: { id: true } })).id;
    return { userId, createdUser: !current };
  });
}

/**
 * The signed-in user accepts an invitation to their own address (compared case-insensitively;
 * addresses are stored lower-case). Another account gets FORBIDDEN, and the link stays usable.
 */
export async function joinWithInvitation(
  db: Db,
  log: Logger,
  raw: JoinWithInvitationInput,
  user: { id: string; email: string },
  ip: string | null = null,
): Promise<AcceptedInvitation> {
  const input = parseInput(JoinWithInvitationInput, raw);
  return join(db, log, sha256Hex(input.token), ip, async (_tx, email) => {
    if (email !== user.email.toLowerCase()) {
      const message = "This invitation is for another address";
      throw new AppError("FORBIDDEN", message, { fields: { email: message }, fieldIssues: { email: { code: "otherAccount", message } } });
    }
    return { userId: user.id, createdUser: false };
  });
}

/**
 * Locks the invitation, lets `claim` name the user who joins (creating it if need be), then makes
 * or reactivates the membership and uses up the invitation, all in one transaction.
 */
async function join(
  db: Db,
  log: Logger,
  tokenHash: string,
  ip: string | null,
  claim: (tx: DbTx, email: string) => Promise<{ userId: string; createdUser: boolean }>,
): Promise<AcceptedInvitation> {
  const result = await db.$transaction(async (tx) => {
    const invitation = await lockInvitation(tx, tokenHash);
    const { workspaceId, email, role } = invitation;
    const now = new Date();
    const { userId, createdUser } = await claim(tx, email);

    const existing = await tx.member.findUnique({
      where: { workspaceId_userId: { workspaceId, userId } },
      select: { id: true, deactivatedAt: true },
    });
    if (existing && !existing.deactivatedAt) {
      throw new AppError("CONFLICT", "You are already a member of this workspace", {
        fields: { email: "is already a member" },
        fieldIssues: { email: { code: "alreadyMember", message: "is already a member" } },
      });
    }
    // A deactivated member who is invited again comes back with the invited role.
    const member = existing
      ? await tx.member.update({ where: { id: existing.id }, data: { role, deactivatedAt: null }, select: { id: true } })
      : await tx.member.create({ data: { workspaceId, userId, role }, select: { id: true } });

    await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
    // The new member is the actor: nobody else made this change.
    const joined = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { name: true, email: true } });
    await recordAudit(tx, {
      workspace: { id: workspaceId },
      actor: { type: "member", memberId: member.id, userId, role, name: joined.name, email: joined.email },
      ip,
    }, {
      action: "member.joined",
      target: { type: "member", id: member.id, label: joined.name ? `${joined.name} <${joined.email}>` : joined.email },
      after: { email: joined.email, role, invitationId: invitation.id },
    });
    await tx.invitation.updateMany({
      where: { workspaceId, email, acceptedAt: null, revokedAt: null, id: { not: invitation.id } },
      data: { revokedAt: now },
    });
    return {
      email,
      workspaceSlug: invitation.workspaceSlug,
      workspaceId,
      invitationId: invitation.id,
      userId,
      memberId: member.id,
      role,
      createdUser,
    };
  }).catch((e: unknown) => {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", "An account with this email was just created; try again", {
        fields: { email: "is taken" },
        cause: e,
      });
    }
    throw e;
  });

  log.info(
    {
      workspaceId: result.workspaceId,
      invitationId: result.invitationId,
      memberId: result.memberId,
      createdUser: result.createdUser,
    },
    "invitation accepted",
  );
  return {
    email: result.email,
    workspaceSlug: result.workspaceSlug,
    userId: result.userId,
    memberId: result.memberId,
    role: result.role,
    createdUser: result.createdUser,
  };
}
