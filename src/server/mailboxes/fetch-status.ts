// A mailbox's fetch health, as settings and the inbox show it (toMailboxView's `status`): a failed
// fetch records its closed code, the server's words, how many failures in a row and when the
// fetcher tries again (exponential back-off with jitter); a successful one clears all of it.
import type { Db } from "@/server/db";
import { connectionFailureMessage, type ConnectionFailureCode } from "./connection-failure";

export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_MS = 60 * 60_000;

/**
 * How long to wait after the `failures`-th failure in a row: 1 minute doubling up to 1 hour,
 * times 0.8 to 1.2 (`random` in [0, 1)) so mailboxes that failed together do not retry together.
 */
export function retryDelayMs(failures: number, random: number = Math.random()): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.min(MAX_RETRY_MS, Math.round(base * (0.8 + 0.4 * random)));
}

type MailboxKey = { id: string; workspaceId: string };

/** Records a failed fetch; returns when the fetcher tries again. */
export async function recordFetchFailure(db: Db, mailbox: MailboxKey, code: ConnectionFailureCode, err: unknown, now = new Date()): Promise<{ retryAt: Date; failureCount: number }> {
  // One statement, so two processes recording at once both count.
  const { failureCount } = await db.mailbox.update({
    where: { id: mailbox.id, workspaceId: mailbox.workspaceId },
    data: { failureCount: { increment: 1 } },
    select: { failureCount: true },
  });
  const retryAt = new Date(now.getTime() + retryDelayMs(failureCount));
  await db.mailbox.update({
    where: { id: mailbox.id, workspaceId: mailbox.workspaceId },
    data: { lastErrorCode: code, lastError: connectionFailureMessage(err), lastErrorAt: now, retryAt },
  });
  return { retryAt, failureCount };
}

/** Records a successful fetch: the mailbox is ok again. */
export async function recordFetchSuccess(db: Db, mailbox: MailboxKey, now = new Date()): Promise<void> {
  await db.mailbox.updateMany({
    where: { id: mailbox.id, workspaceId: mailbox.workspaceId },
    data: { lastFetchAt: now, lastErrorCode: null, lastError: null, lastErrorAt: null, failureCount: 0, retryAt: null },
  });
}
