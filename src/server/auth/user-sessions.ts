// Server-side sessions. The cookie (a signed JWT) names a row of UserSession; signing out
// deletes that row, so a copy of the cookie taken earlier (stolen, or replayed from a shared
// computer) opens nothing afterwards, while the user's other browsers stay signed in. Ending
// every session of a user ("sign out everywhere", deactivation from their last workspace)
// deletes all their rows and bumps sessionVersion, which also ends their open live streams.
import { z } from "zod";
import { env } from "@/env";
import type { DbTx } from "@/server/db";
import type { SessionUser } from "./member-context";

/** What the session cookie carries: user id, session version at sign-in, session id. */
export type SessionClaims = { uid?: string; sv?: number; sid?: string };

const Claims = z.object({ uid: z.uuid(), sv: z.number().int(), sid: z.uuid() });

/** Sessions older than SESSION_MAX_AGE are over, whatever the cookie says. */
function oldestValidStart(now = new Date()): Date {
  return new Date(now.getTime() - env().SESSION_MAX_AGE * 1000);
}

/** Records a new session at sign-in and returns its id, which goes into the cookie. */
export async function startUserSession(db: DbTx, userId: string): Promise<string> {
  // The user's sessions that are over anyway go as they sign in again, so rows do not pile up.
  await db.userSession.deleteMany({ where: { userId, createdAt: { lt: oldestValidStart() } } });
  const row = await db.userSession.create({ data: { userId }, select: { id: true } });
  return row.id;
}

/** Signing out: this session ends; the user's other sessions go on. */
export async function endUserSession(db: DbTx, claims: SessionClaims): Promise<void> {
  const parsed = Claims.safeParse(claims);
  if (!parsed.success) return;
  await db.userSession.deleteMany({ where: { id: parsed.data.sid, userId: parsed.data.uid } });
}

/** Ends every session of the user, on every device, including open live streams. */
export async function endAllUserSessions(db: DbTx, userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
  await db.userSession.deleteMany({ where: { userId } });
}

/** The user behind a session cookie's claims, or null when that session has ended. */
export async function resolveSessionUser(db: DbTx, claims: SessionClaims): Promise<SessionUser | null> {
  const parsed = Claims.safeParse(claims);
  // Cookies from before sessions were recorded carry no session id: they count as signed out.
  if (!parsed.success) return null;
  const { uid, sv, sid } = parsed.data;
  const user = await db.user.findUnique({
    where: { id: uid },
    select: {
      id: true,
      email: true,
      name: true,
      locale: true,
      sessionVersion: true,
      sessions: { where: { id: sid, createdAt: { gte: oldestValidStart() } }, select: { id: true } },
    },
  });
  if (!user || user.sessionVersion !== sv || user.sessions.length === 0) return null;
  return { id: user.id, email: user.email, name: user.name, locale: user.locale, sessionVersion: user.sessionVersion };
}
