// Whether live streams opened by members may go on: each still an active member of the workspace
// and still signed in with the same session version (a password change or deactivation bumps it).
// Asked for every stream of the process at once (live-registry.ts), so a thousand streams cost one query.
import "server-only";
import type { DbTx } from "@/server/db";
import { viewerKey } from "@/server/live/live-registry";

export type LiveViewer = { memberId: string; userId: string; workspaceId: string; sessionVersion: number };

/** Which of these viewers may still watch, as viewerKey()s: one query for every stream of the process. */
export async function allowedLiveViewers(db: DbTx, viewers: LiveViewer[]): Promise<Set<string>> {
  if (viewers.length === 0) return new Set();
  const rows = await db.member.findMany({
    where: { id: { in: [...new Set(viewers.map((v) => v.memberId))] }, deactivatedAt: null },
    select: { id: true, userId: true, workspaceId: true, user: { select: { sessionVersion: true } } },
  });
  const current = new Map(rows.map((r) => [r.id, r]));
  const allowed = new Set<string>();
  for (const v of viewers) {
    const row = current.get(v.memberId);
    if (row && row.userId === v.userId && row.workspaceId === v.workspaceId && row.user.sessionVersion === v.sessionVersion) {
      allowed.add(viewerKey(v));
    }
  }
  return allowed;
}
