"use server";
// The account page's session actions: "Sign out everywhere" (the browser then signs out as
// usual, which clears its cookie) and "Change password" (every other session ends; this browser
// gets a fresh session cookie and stays signed in).
import { headers } from "next/headers";
import { runAction, type ActionResult } from "@/server/action";
import { getSessionUser } from "@/server/auth/session";
import { issueSessionCookie } from "@/server/auth/session-cookie";
import { clientIp } from "@/server/http/client-address";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { changePassword, type ChangePasswordInput } from "./change-password";
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

export async function changePasswordAction(input: ChangePasswordInput): Promise<ActionResult<null>> {
  return runAction(async (requestId) => {
    const user = await getSessionUser();
    if (!user) throw new AppError("UNAUTHENTICATED");
    const ip = clientIp(await headers());
    const session = await changePassword(db(), logger.child({ requestId }), user, input, ip);
    await issueSessionCookie({ uid: user.id, name: user.name, email: user.email, sv: session.sessionVersion, sid: session.sessionId });
    return null;
  });
}
