// The portal's session cookie: a random token (portal-sessions.ts), httpOnly, SameSite=Lax,
// Secure when the app is served over https, limited to /<workspace>/portal so each workspace's
// portal has its own session and no other page of the app ever receives it.
import "server-only";
import { cookies } from "next/headers";
import { appUrl } from "@/env";
import type { WorkspaceRef } from "@/server/context";
import type { Logger } from "@/server/logger";
import { db } from "@/server/db";
import { AppError } from "@/server/errors";
import { logger } from "@/server/logger";
import { endPortalSession, portalCtx, resolvePortalSession, SESSION_MAX_DAYS, type PortalCtx, type PortalCustomer } from "./portal-sessions";
import { findPortalWorkspace } from "./portal.queries";

export const PORTAL_COOKIE = "shopdesk_portal";

function cookiePath(workspace: { slug: string }): string {
  return `/${workspace.slug}/portal`;
}

/** The signed-in customer of this workspace's portal, or null. */
export async function currentPortalCustomer(workspace: WorkspaceRef): Promise<PortalCustomer | null> {
  const token = (await cookies()).get(PORTAL_COOKIE)?.value;
  return token ? resolvePortalSession(db(), workspace.id, token) : null;
}

/** The ctx of the signed-in customer of the portal `slug`: NOT_FOUND for no workspace, UNAUTHENTICATED when signed out. */
export async function requirePortalCtx(slug: string): Promise<{ ctx: PortalCtx; customer: PortalCustomer }> {
  const workspace = await findPortalWorkspace(slug);
  if (!workspace) throw new AppError("NOT_FOUND");
  const customer = await currentPortalCustomer(workspace);
  if (!customer) throw new AppError("UNAUTHENTICATED");
  return { ctx: portalCtx(db(), workspace, customer.id, logger), customer };
}

/** The ctx of a customer whose session was resolved (portal pages), on the app's database. */
export function portalCtxFor(workspace: WorkspaceRef, customerId: string, log: Logger): PortalCtx {
  return portalCtx(db(), workspace, customerId, log);
}

export async function setPortalCookie(workspace: { slug: string }, token: string): Promise<void> {
  (await cookies()).set(PORTAL_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: appUrl().startsWith("https://"),
    path: cookiePath(workspace),
    maxAge: SESSION_MAX_DAYS * 24 * 60 * 60,
  });
}

/** Ends the browser's session of this workspace's portal and drops its cookie. */
export async function signOutOfPortal(workspace: WorkspaceRef): Promise<void> {
  const jar = await cookies();
  const token = jar.get(PORTAL_COOKIE)?.value;
  if (token) await endPortalSession(db(), workspace.id, token);
  jar.set(PORTAL_COOKIE, "", { httpOnly: true, sameSite: "lax", secure: appUrl().startsWith("https://"), path: cookiePath(workspace), maxAge: 0 });
}
