"use server";
// The account menu's "Sign out everywhere". The browser then signs out as usual, which clears
// its cookie.
import { runAction, type ActionResult } from "@/server/action";
import { getSessionUser } from "@/server/auth/session";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { signOutEverywhere } from "./sign-out-everywhere";

export async function signOutEverywhereAction(): Promise<ActionResult<null>> {
  return runAction(async (requestId) => {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    await signOutEverywhere(db(), user.id);
    logger.child({ requestId }).info({ userId: user.id }, "signed out everywhere");
    return null;
  });
}
