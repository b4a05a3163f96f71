// "Change password" on the account page. The current password is checked under the sign-in
// limits (a stolen session cannot try passwords faster than the sign-in form allows), then the new
// hash is stored and every session of the user ends, on every device, with their live streams
// (sessionVersion is bumped). The browser that changed it gets a fresh session in the same
// transaction, whose id the caller puts into a new cookie (session-cookie.ts), so the person at
// the keyboard stays signed in and a copy of any earlier cookie opens nothing.
import { z } from "zod";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { text } from "@/lib/validation";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { reserveSignInAttempt, SignInRateLimited } from "@/server/auth/rate-limit";
import { endAllUserSessions, startUserSession } from "@/server/auth/user-sessions";
import type { Db } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { fieldError, parseInput } from "@/server/validate";

export const ChangePasswordInput = z.object({
  currentPassword: text().max(PASSWORD_MAX_LENGTH),
  newPassword: text().max(PASSWORD_MAX_LENGTH),
  confirmPassword: text().max(PASSWORD_MAX_LENGTH),
});
export type ChangePasswordInput = z.input<typeof ChangePasswordInput>;

/** The session that replaces this browser's: its row id and the user's new session version. */
export type ReplacementSession = { sessionId: string; sessionVersion: number };

export async function changePassword(
  db: Db,
  log: Logger,
  user: { id: string; email: string },
  raw: ChangePasswordInput,
  ip: string | null,
): Promise<ReplacementSession> {
  const input = parseInput(ChangePasswordInput, raw);
  if (!input.currentPassword) throw fieldError("currentPassword", "required", "is required");
  if (input.newPassword.length < PASSWORD_MIN_LENGTH) {
    throw fieldError("newPassword", "tooShort", `must be at least ${PASSWORD_MIN_LENGTH} characters`, PASSWORD_MIN_LENGTH);
  }
  if (input.confirmPassword !== input.newPassword) throw fieldError("confirmPassword", "mismatch", "does not match the new password");

  let attempt;
  try {
    attempt = await reserveSignInAttempt(user.email, ip);
  } catch (e) {
    if (e instanceof SignInRateLimited) {
      throw new AppError("RATE_LIMITED", "Too many attempts; try again later", { retryAfter: e.retryAfterSeconds });
    }
    throw e;
  }
  const row = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!row?.passwordHash || !(await verifyPassword(row.passwordHash, input.currentPassword))) {
    log.info({ userId: user.id, ip }, "password change refused: wrong current password");
    throw fieldError("currentPassword", "wrong", "is not your current password");
  }
  await attempt.succeeded();
  if (input.newPassword === input.currentPassword) throw fieldError("newPassword", "unchanged", "is your current password");

  const passwordHash = await hashPassword(input.newPassword);
  const session = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await endAllUserSessions(tx, user.id);
    const sessionId = await startUserSession(tx, user.id);
    const { sessionVersion } = await tx.user.findUniqueOrThrow({ where: { id: user.id }, select: { sessionVersion: true } });
    return { sessionId, sessionVersion };
  });
  log.info({ userId: user.id }, "password changed; every other session ended");
  return session;
}
