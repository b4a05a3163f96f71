// Sign-in throttling, shared by every web process through PostgreSQL (table rate_limits,
// created by the migrations). Limits apply to any email, known or not, so a limit
// never tells an attacker whether an account exists.
//
// Every attempt reserves its points atomically *before* the password is checked (one
// INSERT … ON CONFLICT … RETURNING per counter), so parallel requests cannot all slip in
// under the limit; a successful sign-in gives its points back.
//
// Lockout: failures lock an (email, client address) pair, not the account. Once an account has
// seen `perEmail.points` failures from anywhere, an address that already failed on it gets no
// more tries, but an address with no recent failure on it still gets its attempt evaluated, so
// the owner's right password keeps working and nobody can lock an admin out from elsewhere.
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { pgPool } from "@/server/pg-pool";

export const SIGN_IN_LIMITS = {
  /**
   * Failed attempts per email from one client address before that pair is locked for
   * `blockSeconds`; once the email has this many failures from all addresses together, an
   * address that failed on it once is refused until the window ends.
   */
  perEmail: { points: 5, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
  /**
   * Failed attempts per client address, whatever the email (password spraying). Successful
   * sign-ins never count: a shop's whole team may sign in from one office address each morning.
   */
  perIp: { points: 30, durationSeconds: 15 * 60, blockSeconds: 15 * 60 },
} as const;

type Limiters = { email: RateLimiterPostgres; pair: RateLimiterPostgres; ip: RateLimiterPostgres };
const globalForLimiters = globalThis as unknown as { shopdeskSignInLimiters?: Limiters };

function limiters(): Limiters {
  const make = (keyPrefix: string, l: { points: number; durationSeconds: number; blockSeconds: number }, block = true) =>
    new RateLimiterPostgres({
      storeClient: pgPool(),
      storeType: "pool",
      tableName: "rate_limits",
      tableCreated: true,
      keyPrefix,
      points: l.points,
      duration: l.durationSeconds,
      blockDuration: block ? l.blockSeconds : 0,
    });
  globalForLimiters.shopdeskSignInLimiters ??= {
    // Counts every failure on the email within the window; never blocks on its own.
    email: make("signin_email", SIGN_IN_LIMITS.perEmail, false),
    pair: make("signin_pair", SIGN_IN_LIMITS.perEmail),
    ip: make("signin_ip", SIGN_IN_LIMITS.perIp),
  };
  return globalForLimiters.shopdeskSignInLimiters;
}

export class SignInRateLimited extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("RATE_LIMITED");
  }
}

function retryAfter(res: RateLimiterRes): number {
  return Math.max(1, Math.ceil(res.msBeforeNext / 1000));
}

/** Consumes one point; a refusal comes back as the limiter's state instead of a throw. */
async function consume(limiter: RateLimiterPostgres, key: string): Promise<{ ok: boolean; res: RateLimiterRes }> {
  try {
    return { ok: true, res: await limiter.consume(key) };
  } catch (e) {
    if (e instanceof RateLimiterRes) return { ok: false, res: e };
    throw e;
  }
}

const pairKey = (email: string, ip: string | null) => `${email}|${ip ?? "unknown"}`;

/** A reserved attempt: call `succeeded()` when the password was right; a failure keeps its points. */
export type SignInAttempt = { succeeded(): Promise<void> };

/**
 * Reserves one attempt for this email from this address, or throws SignInRateLimited.
 * Call before verifying the password; the reservation counts as a failure unless
 * `succeeded()` is called.
 */
export async function reserveSignInAttempt(email: string, ip: string | null): Promise<SignInAttempt> {
  const l = limiters();
  if (ip) {
    const perIp = await consume(l.ip, ip);
    if (!perIp.ok) throw new SignInRateLimited(retryAfter(perIp.res));
  }
  const pair = await consume(l.pair, pairKey(email, ip));
  if (!pair.ok) throw new SignInRateLimited(retryAfter(pair.res));
  const account = await consume(l.email, email);
  // The account is under attack: only an address with no earlier failure on it may still try.
  if (!account.ok && pair.res.consumedPoints > 1) throw new SignInRateLimited(retryAfter(account.res));
  return {
    async succeeded() {
      await Promise.all([
        l.pair.delete(pairKey(email, ip)),
        l.email.delete(email),
        // Successful sign-ins never count against the address.
        ip ? l.ip.reward(ip, 1) : undefined,
      ]);
    },
  };
}
