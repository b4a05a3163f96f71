// Sign-in throttling, shared by every web process through PostgreSQL (table rate_limits,
// created by the migrations). Limits apply to any email, known or not, so a limit
// never tells an attacker whether an account exists.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pgPool } from "@/server/pg-pool";

export const SIGN_IN_LIMITS = {
  /** Failed attempts per email address before it is locked for `blockSeconds`. */
  perEmail: { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /**
   * Failed attempts per client address, whatever the email (password spraying). Successful
   * sign-ins never count: a shop's whole team may sign in from one office address each morning.
   */
  perIp: { points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

type Limiters = { email: RateLimiterPostgres; ip: RateLimiterPostgres };
const globalForLimiters = globalThis as unknown as { shopdeskSignInLimiters?: Limiters };

function limiters(): Limiters {
  const make = (keyPrefix: string, l: { points: number; durationSeconds: number; blockSeconds: number }) =>
    new RateLimiterPostgres({
      storeClient: pgPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points: l.points,
      duration: l.durationSeconds,
      blockDuration: l.blockSeconds,
    });
  globalForLimiters.shopdeskSignInLimiters ??= {
    email: make("signin_email", SIGN_IN_LIMITS.perEmail),
    ip: make("signin_ip", SIGN_IN_LIMITS.perIp),
  };
  return globalForLimiters.shopdeskSignInLimiters;
}

export class SignInRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED");
  }
}

function retryAfter(res: unknown): number {
  return res instanceof RateLimiterRes ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 60;
}

/** Throws SignInRateLimited when this email or address has failed too often to try now. */
export async function checkSignInAllowed(email: string, ip: string | null): Promise<void> {
  const l = limiters();
  const [emailState, ipState] = await Promise.all([l.email.get(email), ip ? l.ip.get(ip) : null]);
  if (emailState && emailState.consumedPoints >= SIGN_IN_LIMITS.perEmail.points) {
    throw new SignInRateLimited(retryAfter(emailState));
  }
  if (ipState && ipState.consumedPoints >= SIGN_IN_LIMITS.perIp.points) {
    throw new SignInRateLimited(retryAfter(ipState));
  }
}

/** Counts a failed attempt against the email and the client address. */
export async function recordSignInFailure(email: string, ip: string | null = null): Promise<void> {
  const l = limiters();
  const consume = async (limiter: RateLimiterPostgres, key: string) => {
    try {
      await limiter.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
    }
  };
  await Promise.all([consume(l.email, email), ip ? consume(l.ip, ip) : undefined]);
}

/** A successful sign-in clears the email's failure count. */
export async function recordSignInSuccess(email: string): Promise<void> {
  await limiters().email.delete(email);
}

/** The client's address: the right-most X-Forwarded-For entry, which Next.js or the reverse proxy set. */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string | null {
  const get = (name: string): string | undefined => {
    if (headers instanceof Headers) return headers.get(name) ?? undefined;
    const v = headers[name];
    return Array.isArray(v) ? v.join(",") : v;
  };
  const xff = get("x-forwarded-for");
  const last = xff?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ?? get("x-real-ip")?.trim() ?? null;
}
