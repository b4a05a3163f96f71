// Per-token rate limit of the REST API, in the same PostgreSQL store (table rate_limits) as the
// sign-in limits, so every web process counts against one budget per token.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { pgPool } from "@/server/pg-pool";

export type ApiRateLimit = { points: number; durationSeconds: number };

export const DEFAULT_API_RATE_LIMIT: ApiRateLimit = { points: 600, durationSeconds: 60 };

let config: ApiRateLimit = DEFAULT_API_RATE_LIMIT;
let limiter: RateLimiterPostgres | undefined;

/** Changes the limit of this process (operators' tuning, and tests that need a tiny one). */
export function configureApiRateLimit(next: ApiRateLimit = DEFAULT_API_RATE_LIMIT): void {
  config = next;
  limiter = undefined;
}

function apiLimiter(): RateLimiterPostgres {
  limiter ??= new RateLimiterPostgres({
    storeClient: pgPool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: `api_token_${config.points}_${config.durationSeconds}`,
    points: config.points,
    duration: config.durationSeconds,
  });
  return limiter;
}

export type RateLimitState = { limit: number; remaining: number; resetSeconds: number };

export function rateLimitHeaders(s: RateLimitState): Record<string, string> {
  return {
    "X-RateLimit-Limit": String(s.limit),
    "X-RateLimit-Remaining": String(s.remaining),
    "X-RateLimit-Reset": String(s.resetSeconds),
  };
}

/** Counts one request of the token; throws RATE_LIMITED (with retryAfter and the state) when over. */
export async function consumeApiRequest(tokenId: string): Promise<RateLimitState> {
  const limit = config.points;
  try {
    const res = await apiLimiter().consume(tokenId);
    return { limit, remaining: res.remainingPoints, resetSeconds: Math.ceil(res.msBeforeNext / 1000) };
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
    const retryAfter = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
    throw new RateLimitedError(retryAfter, { limit, remaining: 0, resetSeconds: retryAfter });
  }
}

export class RateLimitedError extends AppError {
  constructor(
    retryAfter: number,
    readonly state: RateLimitState,
  ) {
    super("RATE_LIMITED", `Too many requests for this token; retry in ${retryAfter} s`, undefined, retryAfter);
  }
}
