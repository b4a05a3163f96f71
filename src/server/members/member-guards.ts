// Shared by the use cases that change who may administer a workspace.
import type { DbTx } from "@/server/db";
import type { MemberRole } from "@/generated/prisma/enums";
import { AppError } from "@/server/errors";

export type MemberRow = { id: string; userId: string; role: MemberRole; deactivatedAt: Date | null; user: { name: string; email: string } };

/** How the audit log names a member: as it was at the time of the change. */
export function memberTarget(member: MemberRow) {
  return { type: "member" as const, id: member.id, label: member.user.name ? `${member.user.name} <${member.user.email}>` : member.user.email };
}

/** The member with this id in this workspace; a foreign or unknown id is NOT_FOUND. */
export async function getMemberInWorkspace(db: DbTx, workspaceId: string, memberId: string): Promise<MemberRow> {
  const member = await db.member.findFirst({
    where: { id: memberId, workspaceId },
    select: { id: true, userId: true, role: true, deactivatedAt: true, user: { select: { name: true, email: true } } },
  });
  if (!member) throw new AppError("NOT_FOUND", "Member not found");
  return member;
}

/**
 * Locks the rows of the workspace's active admins until the transaction ends and returns their ids.
 * Two admins demoting each other at the same moment queue here; the second then sees the first's
 * change (READ COMMITTED re-checks the WHERE after the wait) and is refused as the last admin.
 */
export async function lockActiveAdmins(db: DbTx, workspaceId: string): Promise<string[]> {
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    SELECT "id"::text AS "id"
      FROM "Member"
     WHERE "workspaceId" = ${workspaceId}::uuid
       AND "role" = 'ADMIN'
       AND "deactivatedAt" IS NULL
       FOR UPDATE`;
  return rows.map((r) => r.id);
}

/** Throws CONFLICT when `member` is the only active admin left. */
export async function ensureNotLastAdmin(db: DbTx, workspaceId: string, member: MemberRow): Promise<void> {
  if (member.role !== "ADMIN" || member.deactivatedAt) return;
  const admins = await lockActiveAdmins(db, workspaceId);
  if (admins.length <= 1 && admins.includes(member.id)) {
    throw new AppError("CONFLICT", "A workspace needs at least one active admin", {
      fields: { memberId: "is the last active admin" },
      fieldIssues: { memberId: { code: "lastAdmin", message: "is the last active admin" } },
    });
  }
}
