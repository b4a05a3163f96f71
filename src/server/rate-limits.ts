// Limits that every web process counts against together: rate-limiter-flexible's PostgreSQL store
// (table rate_limits, on the auxiliary pool), one limiter per key prefix and process. What is over
// its limit is an AppError RATE_LIMITED that says when to try again (retryAfter, in seconds).
import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { pgPool } from "@/server/pg-pool";

export type Limit = { readonly points: number; readonly durationSeconds: number };

const globalForLimiters = globalThis as unknown as { shopdeskLimiters?: Map<string, RateLimiterPostgres> };

function limiter(keyPrefix: string, limit: Limit): RateLimiterPostgres {
  const limiters = (globalForLimiters.shopdeskLimiters ??= new Map());
  let found = limiters.get(keyPrefix);
  if (!found) {
    found = new RateLimiterPostgres({
      storeClient: pgPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points: limit.points,
      duration: limit.durationSeconds,
    });
    limiters.set(keyPrefix, found);
  }
  return found;
}

/** Counts one use of `key` under `keyPrefix`; throws RATE_LIMITED ("<what>; retry in N s") when over `limit`. */
export async function consumeOrLimit(keyPrefix: string, limit: Limit, key: string, what: string): Promise<void> {
  try {
    await limiter(keyPrefix, limit).consume(key);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new AppError("RATE_LIMITED", `${what}; retry in ${retryAfter} s`, { retryAfter });
  }
}
