// Per-token rate limit of the REST API, in the same PostgreSQL store (table rate_limits) as the
// sign-in limits, so every web process counts against one budget per token.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { AppError } from "@/server/errors";
import { pgPool } from "@/server/pg-pool";
import { env } from "@/env";

export type ApiRateLimit = { points: number; durationSeconds: number };

/** The operator's limit: API_RATE_LIMIT_PER_MINUTE (default 600) requests per token per minute. */
export function defaultApiRateLimit(): ApiRateLimit {
  return { points: env().API_RATE_LIMIT_PER_MINUTE, durationSeconds: 60 };
}

let configured: ApiRateLimit | undefined;
let limiter: RateLimiterPostgres | undefined;

/** Changes the limit of this process (tests that need a tiny one); no argument restores the default. */
export function configureApiRateLimit(next?: ApiRateLimit): void {
  configured = next;
  limiter = undefined;
}

function apiLimiter(): RateLimiterPostgres {
  const config = configured ?? defaultApiRateLimit();
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
  const limit = (configured ?? defaultApiRateLimit()).points;
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
    super("RATE_LIMITED", `Too many requests for this token; retry in ${retryAfter} s`, { retryAfter });
  }
}

// ---- Failed token authentications per client address ---------------------------------------
// Guessing tokens costs nothing but requests, so an address that keeps sending invalid ones is
// blocked for a while: it then gets 429 for every request, with any token, until the block ends.
// Only failures count; an integration that authenticates never uses up anything here.

export type ApiAuthFailureLimit = { points: number; durationSeconds: number; blockSeconds: number };

/** 30 failed authentications per address in 10 minutes block the address for 15 minutes. */
export const API_AUTH_FAILURE_LIMIT: ApiAuthFailureLimit = { points: 30, durationSeconds: 10 * 60, blockSeconds: 15 * 60 };

let failureConfig: ApiAuthFailureLimit | undefined;
let failureLimiter: RateLimiterPostgres | undefined;

/** Changes the limit of this process (tests that need a tiny one); no argument restores the default. */
export function configureApiAuthFailureLimit(next?: ApiAuthFailureLimit): void {
  failureConfig = next;
  failureLimiter = undefined;
}

function authFailureLimiter(): RateLimiterPostgres {
  const config = failureConfig ?? API_AUTH_FAILURE_LIMIT;
  failureLimiter ??= new RateLimiterPostgres({
    storeClient: pgPool(),
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    keyPrefix: `api_auth_fail_${config.points}_${config.durationSeconds}_${config.blockSeconds}`,
    points: config.points,
    duration: config.durationSeconds,
    blockDuration: config.blockSeconds,
  });
  return failureLimiter;
}

/** Throws RATE_LIMITED (with retryAfter) when the address has failed to authenticate too often. */
export async function checkApiAuthAllowed(ip: string | null): Promise<void> {
  if (!ip) return;
  const state = await authFailureLimiter().get(ip);
  if (state && state.consumedPoints >= (failureConfig ?? API_AUTH_FAILURE_LIMIT).points) {
    const retryAfter = Math.max(1, Math.ceil(state.msBeforeNext / 1000));
    throw new AppError("RATE_LIMITED", `Too many invalid API tokens from this address; retry in ${retryAfter} s`, { retryAfter });
  }
}

/** Counts one failed authentication against the address. */
export async function recordApiAuthFailure(ip: string | null): Promise<void> {
  if (!ip) return;
  try {
    await authFailureLimiter().consume(ip);
  } catch (e) {
    if (!(e instanceof RateLimiterRes)) throw e;
  }
}
