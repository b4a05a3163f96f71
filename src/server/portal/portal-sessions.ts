// Portal sessions: a signed-in customer's browser in one workspace's portal. The cookie holds a
// random token; the database only its sha256. A session ends after SESSION_IDLE_DAYS without use
// or SESSION_MAX_DAYS after sign-in, whichever comes first, or at sign-out (row deleted).
import type { Ctx, WorkspaceRef } from "@/server/context";
import type { DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { randomToken, sha256Hex } from "@/server/tokens";

export const SESSION_IDLE_DAYS = 7;
export const SESSION_MAX_DAYS = 30;
/** lastSeenAt is written at most this often, so reading pages does not write on every request. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A portal ctx: the customer acts, within the workspace whose portal they signed in to. */
export type PortalCtx = Ctx & { actor: { type: "customer"; customerId: string } };
export type PortalCustomer = { id: string; email: string; name: string | null; locale: string | null };

/** Starts a session for the customer; returns the token for the cookie (shown once, never stored). */
export async function startPortalSession(db: DbTx, workspaceId: string, customerId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + SESSION_MAX_DAYS * DAY_MS);
  await db.portalSession.create({ data: { workspaceId, customerId, tokenHash: sha256Hex(token), createdAt: now, lastSeenAt: now, expiresAt } });
  return { token, expiresAt };
}

/** The customer whose live session of this workspace the token names, or null. */
export async function resolvePortalSession(db: DbTx, workspaceId: string, token: string, now = new Date()): Promise<PortalCustomer | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const session = await db.portalSession.findFirst({
    where: { tokenHash: sha256Hex(token), workspaceId, expiresAt: { gt: now }, lastSeenAt: { gt: new Date(now.getTime() - SESSION_IDLE_DAYS * DAY_MS) } },
    select: { id: true, lastSeenAt: true, customer: { select: { id: true, email: true, name: true, locale: true } } },
  });
  if (!session) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.portalSession.updateMany({ where: { id: session.id, workspaceId }, data: { lastSeenAt: now } });
  }
  return session.customer;
}

/** Signs the browser out: its session row goes. */
export async function endPortalSession(db: DbTx, workspaceId: string, token: string): Promise<void> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return;
  await db.portalSession.deleteMany({ where: { tokenHash: sha256Hex(token), workspaceId } });
}

export function portalCtx(db: DbTx, workspace: WorkspaceRef, customerId: string, log: Logger): PortalCtx {
  return { workspace, actor: { type: "customer", customerId }, db, log: log.child({ customerId }) };
}
