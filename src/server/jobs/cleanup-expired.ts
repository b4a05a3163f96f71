// Maintenance: deletes rows nobody can use any more. Run by the worker every 15 minutes.
// This is a system sweep over every workspace, the one kind of code that may touch tenant
// rows without a workspaceId filter: it reads no content and acts on no one's behalf.
import type { DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";

/** Expired, accepted or revoked invitations are kept this long (for "why did my link not work?"). */
export const INVITATION_RETENTION_DAYS = 30;

/**
 * Searches made on the public help centers are kept this long: enough for the admins' measures
 * over half a year, and what a visitor typed (an order number, an email address) goes after that.
 */
export const HELP_SEARCH_RETENTION_DAYS = 180;

/** Rate-limit rows are deleted in batches so a sweep never holds many row locks at once. */
const RATE_LIMIT_BATCH = 5000;

/** Workspace mail that failed is kept this long (content already dropped) for "why no mail?". */
export const FAILED_MAIL_RETENTION_DAYS = 30;

export type CleanupResult = { invitations: number; rateLimits: number; helpSearches: number; portal: number };

export async function cleanupExpired(db: DbTx, log: Logger, now: Date = new Date()): Promise<CleanupResult> {
  const cutoff = new Date(now.getTime() - INVITATION_RETENTION_DAYS * 24 * 60 * 60 * 1000);

  const invitations = await db.invitation.deleteMany({
    where: {
      OR: [{ expiresAt: { lt: cutoff } }, { acceptedAt: { lt: cutoff } }, { revokedAt: { lt: cutoff } }],
    },
  });

  // rate-limiter-flexible keeps `expire` as a millisecond epoch; null means "never expires".
  // SKIP LOCKED leaves rows alone that a sign-in is updating right now; the next sweep gets them.
  const nowMs = BigInt(now.getTime());
  let rateLimits = 0;
  for (;;) {
    const deleted = await db.$executeRaw`
      WITH doomed AS (
        SELECT key FROM rate_limits
        WHERE expire < ${nowMs}
        LIMIT ${RATE_LIMIT_BATCH}
        FOR UPDATE SKIP LOCKED
      )
      DELETE FROM rate_limits r USING doomed WHERE r.key = doomed.key`;
    rateLimits += deleted;
    if (deleted < RATE_LIMIT_BATCH) break;
  }

  const helpSearches = await db.helpSearch.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - HELP_SEARCH_RETENTION_DAYS * 24 * 60 * 60 * 1000) } } });

  // Portal sign-in links once expired (used or not), sessions past their end (30 days at most; an
  // idle one is refused after 7 and goes at its absolute end), failed workspace mail after a while.
  const links = await db.portalLink.deleteMany({ where: { expiresAt: { lt: now } } });
  const sessions = await db.portalSession.deleteMany({ where: { expiresAt: { lt: now } } });
  const failedMail = await db.outboundMail.deleteMany({ where: { status: "FAILED", createdAt: { lt: new Date(now.getTime() - FAILED_MAIL_RETENTION_DAYS * 24 * 60 * 60 * 1000) } } });
  const portal = links.count + sessions.count + failedMail.count;

  log.info({ invitations: invitations.count, rateLimits, helpSearches: helpSearches.count, portal, cutoff: cutoff.toISOString() }, "expired rows deleted");
  return { invitations: invitations.count, rateLimits, helpSearches: helpSearches.count, portal };
}
