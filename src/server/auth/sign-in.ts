// Verifies a sign-in attempt. Never tells whether the email exists: unknown emails cost
// the same password check and the same rate-limit accounting as wrong passwords.
import { z } from "zod";
import { text } from "@/lib/validation";
import type { DbTx } from "@/server/db";
import { dummyPasswordHash, verifyPassword } from "@/server/auth/password";
import { reserveSignInAttempt } from "@/server/auth/rate-limit";
import type { Logger } from "@/server/logger";

const Credentials = z.object({
  email: text().trim().toLowerCase().min(1).max(254),
  password: text().min(1).max(1000),
});

export type SignedInUser = { id: string; email: string; name: string; sessionVersion: number };

export async function signInWithPassword(
  db: DbTx,
  log: Logger,
  raw: unknown,
  ip: string | null,
): Promise<SignedInUser | null> {
  const parsed = Credentials.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;

  // Reserved before the password is checked, so parallel attempts cannot all pass the limit.
  const attempt = await reserveSignInAttempt(email, ip);

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, passwordHash: true, sessionVersion: true },
  });
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user || !user.passwordHash || !ok) {
    log.info({ ip }, "sign-in failed");
    return null;
  }
  await attempt.succeeded();
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  log.info({ userId: user.id }, "signed in");
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
