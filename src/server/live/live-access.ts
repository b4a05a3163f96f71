// Whether a live stream opened by a member may go on: still an active member of the workspace
// and still signed in with the same session version (a password change or deactivation bumps it).
import "server-only";
import type { DbTx } from "@/server/db";

export type LiveViewer = { memberId: string; userId: string; workspaceId: string; sessionVersion: number };

export async function isLiveViewerAllowed(db: DbTx, viewer: LiveViewer): Promise<boolean> {
  const count = await db.member.count({
    where: {
      id: viewer.memberId,
      userId: viewer.userId,
      workspaceId: viewer.workspaceId,
      deactivatedAt: null,
      user: { sessionVersion: viewer.sessionVersion },
    },
  });
  return count > 0;
}
