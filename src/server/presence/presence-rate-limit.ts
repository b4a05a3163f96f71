// A ceiling on presence signals per member, in the same PostgreSQL store (table rate_limits)
// as the sign-in and API limits, so every web process counts against one budget. A page sends
// one signal per 10 s plus one per state change, so a member with a dozen ticket tabs stays far
// below it; a tab stuck in a loop does not flood every process's live streams.
import "server-only";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { pgPool } from "@/server/pg-pool";

export const PRESENCE_LIMIT = { points: 240, durationSeconds: 60 } as const;

const globalForLimiter = globalThis as unknown as { shopdeskPresenceLimiter?: RateLimiterPostgres };

function limiter(): RateLimiterPostgres {
  globalForLimiter.shopdeskPresenceLimiter ??= new RateLimiterPostgres({
    storeClient: pgPool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: "presence",
    points: PRESENCE_LIMIT.points,
    duration: PRESENCE_LIMIT.durationSeconds,
  });
  return globalForLimiter.shopdeskPresenceLimiter;
}

/** Counts one signal of the member; throws RATE_LIMITED (with retryAfter) when over. */
export async function consumePresenceSignal(memberId: string): Promise<void> {
  try {
    await limiter().consume(memberId);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new AppError("RATE_LIMITED", `Too many presence signals; retry in ${retryAfter} s`, { retryAfter });
  }
}
