// Sign-in: passwords checked with argon2, limits per email and per address kept in PostgreSQL
// (shared by every web process), and no answer that tells whether an email has an account.
import pino from "pino";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { makeMember, makeWorkspace, FACTORY_PASSWORD, type MadeMember } from "@/server/demo/factories";
import { signInWithPassword } from "@/server/auth/sign-in";
import { SIGN_IN_LIMITS, SignInRateLimited } from "@/server/auth/rate-limit";

const log = pino({ level: "silent" });
const ip = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function attempt(email: string, password: string, from: string | null) {
  try {
    return { user: await signInWithPassword(db(), log, { email, password }, from) };
  } catch (e) {
    if (e instanceof SignInRateLimited) return { limited: e.retryAfterSeconds };
    throw e;
  }
}

describe("sign-in", () => {
  let member: MadeMember;

  beforeAll(async () => {
    const ws = await makeWorkspace(db());
    member = await makeMember(db(), ws, { role: "AGENT", email: `signin-${randomUUID()}@example.com` });
  });

  it("accepts the right password, case-insensitively on the email", async () => {
    const r = await attempt(member.email.toUpperCase(), FACTORY_PASSWORD, ip());
    expect(r.user?.id).toBe(member.userId);
    const user = await db().user.findUniqueOrThrow({ where: { id: member.userId } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
  });

  it("refuses a wrong password with the same answer as an unknown email", async () => {
    expect(await attempt(member.email, "wrong-password", ip())).toEqual({ user: null });
    expect(await attempt(`nobody-${randomUUID()}@example.com`, "wrong-password", ip())).toEqual({ user: null });
  });

  it("locks an address out of an account after repeated failures, even for the right password, and only that account", async () => {
    const ws = await makeWorkspace(db());
    const victim = await makeMember(db(), ws, { role: "AGENT", email: `victim-${randomUUID()}@example.com` });
    const attacker = ip();
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) {
      expect(await attempt(victim.email, `guess-${i}`, attacker)).toEqual({ user: null });
    }
    const locked = await attempt(victim.email, FACTORY_PASSWORD, attacker);
    expect(locked.limited).toBeGreaterThan(60);
    // An unknown email is limited the same way, so the limit reveals nothing.
    const ghost = `ghost-${randomUUID()}@example.com`;
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) await attempt(ghost, "x", attacker);
    expect((await attempt(ghost, "x", attacker)).limited).toBeGreaterThan(0);
    // Others can still sign in, from the same address too.
    expect((await attempt(member.email, FACTORY_PASSWORD, attacker)).user?.id).toBe(member.userId);
    // The counters live in PostgreSQL, not in this process.
    const rows = await db().rateLimit.count({ where: { key: { startsWith: "signin_email" } } });
    expect(rows).toBeGreaterThanOrEqual(2);
  });

  it("keeps the right password working from an address with no failures while others are locked out", async () => {
    const ws = await makeWorkspace(db());
    const admin = await makeMember(db(), ws, { role: "ADMIN", email: `admin-${randomUUID()}@example.com` });
    // Failures from many addresses, more than the limit in total.
    const attackers = Array.from({ length: SIGN_IN_LIMITS.perEmail.points + 2 }, () => ip());
    for (const from of attackers) expect(await attempt(admin.email, "guess", from)).toEqual({ user: null });
    // Each attacking address that failed is refused now that the account is under attack...
    expect((await attempt(admin.email, "guess-again", attackers[0]!)).limited).toBeGreaterThan(0);
    expect((await attempt(admin.email, FACTORY_PASSWORD, attackers[1]!)).limited).toBeGreaterThan(0);
    // ...but the admin, from an address that never failed on this account, signs in.
    expect((await attempt(admin.email, FACTORY_PASSWORD, ip())).user?.id).toBe(admin.userId);
  });

  it("limits attempts per account when the client address is unknown", async () => {
    const ws = await makeWorkspace(db());
    const target = await makeMember(db(), ws, { role: "AGENT", email: `noip-${randomUUID()}@example.com` });
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => attempt(target.email, `wrong-${i}`, null)));
    expect(results.filter((r) => "user" in r).length).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail.points);
    expect((await attempt(target.email, FACTORY_PASSWORD, null)).limited).toBeGreaterThan(0);
  });

  it("evaluates at most the limit of attempts for one account when they arrive all at once", async () => {
    const ws = await makeWorkspace(db());
    const target = await makeMember(db(), ws, { role: "AGENT", email: `burst-${randomUUID()}@example.com` });
    const from = ip();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => attempt(target.email, `wrong-${i}`, from)),
    );
    const evaluated = results.filter((r) => "user" in r);
    expect(evaluated.length).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail.points);
    expect(results.filter((r) => "limited" in r).length).toBeGreaterThanOrEqual(50 - SIGN_IN_LIMITS.perEmail.points);
    // The right password, sent after the burst from the same address, gets no session either.
    expect((await attempt(target.email, FACTORY_PASSWORD, from)).limited).toBeGreaterThan(0);
  });

  it("lets the right password in when it races 59 wrong ones only if it was among the first attempts", async () => {
    const ws = await makeWorkspace(db());
    const target = await makeMember(db(), ws, { role: "AGENT", email: `race-${randomUUID()}@example.com` });
    const from = ip();
    const passwords = Array.from({ length: 60 }, (_, i) => (i === 59 ? FACTORY_PASSWORD : `wrong-${i}`));
    const results = await Promise.all(passwords.map((p) => attempt(target.email, p, from)));
    expect(results.filter((r) => "user" in r).length).toBeLessThanOrEqual(SIGN_IN_LIMITS.perEmail.points);
  });

  it("never limits an address for its successful sign-ins (a whole team behind one office address)", async () => {
    const office = ip();
    for (let i = 0; i <= SIGN_IN_LIMITS.perIp.points + 5; i++) {
      expect((await attempt(member.email, FACTORY_PASSWORD, office)).user?.id, `sign-in ${i}`).toBe(member.userId);
    }
  });

  it("limits failed attempts per client address across emails", async () => {
    const from = ip();
    const results = [];
    for (let i = 0; i <= SIGN_IN_LIMITS.perIp.points; i++) {
      results.push(await attempt(`spray-${i}-${randomUUID()}@example.com`, "x", from));
    }
    expect(results.slice(0, SIGN_IN_LIMITS.perIp.points).every((r) => "user" in r)).toBe(true);
    expect(results.at(-1)?.limited).toBeGreaterThan(0);
    // Another address is unaffected.
    expect((await attempt(member.email, FACTORY_PASSWORD, ip())).user?.id).toBe(member.userId);
  });
});
