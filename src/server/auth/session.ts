// Who is signed in, and as which member of the workspace in the URL. Pages, server actions
// and route handlers get their Ctx from here, never from request input.
import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { authOptions } from "@/server/auth/options";
import { db } from "@/server/db";
import type { Ctx } from "@/server/context";
import { logger } from "@/server/logger";
import { AppError } from "@/server/errors";
import { listUserWorkspaces, loadMemberContext, type SessionUser } from "@/server/auth/member-context";
import { resolveSessionUser } from "@/server/auth/user-sessions";
import { clientIp } from "@/server/http/client-address";

/**
 * The signed-in user, or null. A session that was signed out, or whose version is stale (signed
 * out everywhere), counts as signed out, whatever the cookie says.
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions());
  if (!session?.user?.id) return null;
  return resolveSessionUser(db(), { uid: session.user.id, sv: session.sv, sid: session.sid });
});

/** For pages: the signed-in user, or a redirect to the sign-in page that comes back here after. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const here = (await headers()).get("x-pathname");
    redirect(here && here !== "/" ? `/login?callbackUrl=${encodeURIComponent(here)}` : "/login");
  }
  return user;
}

/** For pages: the Ctx of the signed-in member of `slug`, or 404 when not a member (never a hint). */
export async function requireMemberPage(slug: string): Promise<Ctx> {
  const user = await requireUser();
  const ctx = await loadMemberContext(db(), logger, user, slug);
  if (!ctx) notFound();
  return ctx;
}

/** For server actions and route handlers: like requireMemberPage, but throws AppErrors. */
export async function requireMemberAction(slug: string): Promise<Ctx> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");
  const ctx = await loadMemberContext(db(), logger, user, slug);
  if (!ctx) throw new AppError("NOT_FOUND");
  // The audit log records where a change came from.
  return { ...ctx, ip: clientIp(await headers()) };
}

/** The workspaces the signed-in user can switch between (for the header's switcher). */
export async function listMyWorkspaces(userId: string) {
  const rows = await listUserWorkspaces(db(), userId);
  return rows.map((r) => ({ slug: r.workspace.slug, name: r.workspace.name, role: r.role }));
}

/** The signed-in user's preferred UI language, if they chose one. Never throws. */
export async function getSessionLocale(): Promise<string | null> {
  try {
    return (await getSessionUser())?.locale ?? null;
  } catch {
    return null;
  }
}
