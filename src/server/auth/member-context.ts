// Resolves (user, workspace slug) to a member Ctx. Kept apart from session.ts so tests
// and the API can build member contexts without next-auth.
import { SLUG_PATTERN } from "@/lib/validation";
import type { DbTx } from "@/server/db";
import { type Ctx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { Logger } from "@/server/logger";

export type SessionUser = { id: string; email: string; name: string; locale: string | null; sessionVersion: number };

export async function loadMemberContext(
  db: DbTx,
  log: Logger,
  user: Pick<SessionUser, "id" | "email" | "name">,
  slug: string,
): Promise<Ctx | null> {
  // Straight from the URL: anything that cannot be a slug (a NUL would be a database error) is no workspace.
  if (typeof slug !== "string" || slug.length > 48 || !SLUG_PATTERN.test(slug)) return null;
  const member = await db.member.findFirst({
    where: { userId: user.id, deactivatedAt: null, workspace: { slug } },
    select: {
      id: true,
      role: true,
      workspace: { select: WORKSPACE_REF_SELECT },
    },
  });
  if (!member) return null;
  return {
    workspace: member.workspace,
    actor: { type: "member", memberId: member.id, userId: user.id, role: member.role, name: user.name, email: user.email },
    db,
    log: log.child({ workspaceId: member.workspace.id, memberId: member.id }),
  };
}

/** The workspaces a user can switch between. */
export async function listUserWorkspaces(db: DbTx, userId: string) {
  return db.member.findMany({
    where: { userId, deactivatedAt: null },
    select: { role: true, workspace: { select: { slug: true, name: true } } },
    orderBy: { workspace: { name: "asc" } },
  });
}
