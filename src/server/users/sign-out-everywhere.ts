// "Sign out everywhere" on the account menu: every session of the signed-in user ends, on every
// device (a lost phone, a shared computer), this one included.
import type { Db } from "@/server/db";
import { endAllUserSessions } from "@/server/auth/user-sessions";

export async function signOutEverywhere(db: Db, userId: string): Promise<void> {
  await db.$transaction((tx) => endAllUserSessions(tx, userId));
}
