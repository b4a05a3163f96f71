// The health check behind GET /api/health: the process answers and its database does too.
// Used by the launcher's readiness poll, container healthchecks and load balancers.
import { db } from "@/server/db";
import { logger } from "@/server/logger";

/** A database that does not answer within this time counts as down. */
const DB_TIMEOUT_MS = 3000;

export type Health = { ok: true } | { ok: false; reason: string };

export async function checkHealth(): Promise<Health> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${DB_TIMEOUT_MS} ms`)), DB_TIMEOUT_MS);
      }),
    ]);
    return { ok: true };
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    logger.warn({ reason }, "health check: database unavailable");
    return { ok: false, reason };
  } finally {
    clearTimeout(timer);
  }
}
