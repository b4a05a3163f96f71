// Someone opens an invitation link and joins the workspace. Public: there is no member yet, so
// this takes the database and a logger rather than a ctx, and the invitation token is the only
// authority. A new address gets an account (name + password); an address that already has one
// proves it with that account's password (rate-limited like sign-in) and keeps its password.
//
// The slow work (argon2) happens before the transaction; inside it, the invitation row is locked
// and its state checked again, so a token is used at most once even under concurrent accepts.
import type { MemberRole } from "@/generated/prisma/enums";
import { PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import {
  checkSignInAllowed,
  recordSignInFailure,
  recordSignInSuccess,
  SignInRateLimited,
} from "@/server/auth/rate-limit";
import { Prisma, type Db, type DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import { invitationState } from "./get-invitation";
import { AcceptInvitationInput } from "./member.schemas";

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

function fieldError(field: string, code: string, message: string, bound?: number): AppError {
  return new AppError("VALIDATION", "Some fields are invalid", {
    fields: { [field]: message },
    fieldIssues: { [field]: { code, message, ...(bound !== undefined ? { bound } : {}) } },
  });
}

/** Checks the password of an existing account, counting failures like sign-in does. */
async function verifyAccountPassword(email: string, passwordHash: string, password: string): Promise<void> {
  try {
    await checkSignInAllowed(email, null);
  } catch (e) {
    if (e instanceof SignInRateLimited) {
      throw new AppError("RATE_LIMITED", "Too many attempts, try again later", { retryAfter: e.retryAfterSeconds, cause: e });
    }
    throw e;
  }
  if (!(await verifyPassword(passwordHash, password))) {
    await recordSignInFailure(email);
    throw fieldError("password", "incorrectPassword", "is not the password of this account");
  }
  await recordSignInSuccess(email);
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

export async function acceptInvitation(db: Db, log: Logger, raw: AcceptInvitationInput): Promise<AcceptedInvitation> {
  const input = parseInput(AcceptInvitationInput, raw);
  const tokenHash = sha256Hex(input.token);

  const preview = await db.invitation.findUnique({ where: { tokenHash }, select: INVITATION_SELECT });
  if (!preview) throw new AppError("NOT_FOUND", "Invitation not found");
  assertUsable(preview);

  const account = await db.user.findUnique({
    where: { email: preview.email },
    select: { id: true, passwordHash: true },
  });
  let newCredentials: { name: string; passwordHash: string } | null = null;
  if (account?.passwordHash) {
    await verifyAccountPassword(preview.email, account.passwordHash, input.password);
  } else {
    if (!input.name) throw fieldError("name", "required", "is required");
    if (input.password.length < PASSWORD_MIN_LENGTH) {
      throw fieldError("password", "tooShort", `must be at least ${PASSWORD_MIN_LENGTH} characters`, PASSWORD_MIN_LENGTH);
    }
    newCredentials = { name: input.name, passwordHash: await hashPassword(input.password) };
  }

  const result = await db.$transaction(async (tx) => {
    const invitation = await lockInvitation(tx, tokenHash);
    const { workspaceId, email, role } = invitation;
    const now = new Date();

    const current = await tx.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
    let userId: string;
    let createdUser = false;
    if (newCredentials) {
      // An account for this address appeared since the password check: its owner must prove it.
      if (current?.passwordHash) {
        throw new AppError("CONFLICT", "An account with this email now exists; try again", { fields: { email: "is taken" } });
      }
      // A password-less account that already belongs somewhere is not this link's to claim: whoever
      // holds an invitation (its admin saw the link) could otherwise set that account's password.
      if (current && (await tx.member.count({ where: { userId: current.id } })) > 0) {
        throw new AppError("CONFLICT", "This account has no password yet; ask an admin to reset it", {
          fields: { email: "has no password" },
        });
      }
      createdUser = !current;
      userId = current
        ? (await tx.user.update({ where: { id: current.id }, data: newCredentials, select: { id: true } })).id
        : (await tx.user.create({ data: { email, ...newCredentials }, select: { id: true } })).id;
    } else {
      if (!current || current.id !== account?.id) {
        throw new AppError("CONFLICT", "The account changed; try again", { fields: { email: "changed" } });
      }
      userId = current.id;
    }

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
