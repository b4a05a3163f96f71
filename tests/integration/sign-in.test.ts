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

async function attempt(email: string, password: string, from: string) {
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

  it("locks an email after repeated failures, even for the right password, and only that email", async () => {
    const ws = await makeWorkspace(db());
    const victim = await makeMember(db(), ws, { role: "AGENT", email: `victim-${randomUUID()}@example.com` });
    // Failures from many addresses: the per-email limit must not depend on the address.
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) {
      expect(await attempt(victim.email, `guess-${i}`, ip())).toEqual({ user: null });
    }
    const locked = await attempt(victim.email, FACTORY_PASSWORD, ip());
    expect(locked.limited).toBeGreaterThan(60);
    // An unknown email is limited the same way, so the limit reveals nothing.
    const ghost = `ghost-${randomUUID()}@example.com`;
    for (let i = 0; i < SIGN_IN_LIMITS.perEmail.points; i++) await attempt(ghost, "x", ip());
    expect((await attempt(ghost, "x", ip())).limited).toBeGreaterThan(0);
    // Others can still sign in.
    expect((await attempt(member.email, FACTORY_PASSWORD, ip())).user?.id).toBe(member.userId);
    // The counters live in PostgreSQL, not in this process.
    const rows = await db().rateLimit.count({ where: { key: { startsWith: "signin_email" } } });
    expect(rows).toBeGreaterThanOrEqual(2);
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
