// The customer portal's URL parameters: the workspace (by slug) and the language, or 404; and the
// signed-in customer of that workspace's portal, if any (one session lookup per request).
import { notFound } from "next/navigation";
import { cache } from "react";
import { isLocale, type Locale } from "@/i18n/config";
import type { WorkspaceRef } from "@/server/context";
import { findPublicWorkspace, type PublicWorkspace } from "@/server/help-center/help-center-pages.queries";
import { logger } from "@/server/logger";
import { currentPortalCustomer, portalCtxFor } from "@/server/portal/portal-auth";
import type { PortalCtx, PortalCustomer } from "@/server/portal/portal-sessions";

export type PortalParams = Promise<{ workspace: string; locale: string }>;

// The shop as its public pages show it (a WorkspaceRef with its branding): one lookup per request,
// shared by generateMetadata, the layout's frame and the page.
const workspaceBySlug = cache((slug: string) => findPublicWorkspace(slug));
const customerOf = cache((workspace: WorkspaceRef) => currentPortalCustomer(workspace));

export async function portalContext(params: PortalParams): Promise<{ workspace: PublicWorkspace; locale: Locale }> {
  const { workspace: slug, locale } = await params;
  if (!isLocale(locale)) notFound();
  const workspace = await workspaceBySlug(slug);
  if (!workspace) notFound();
  return { workspace, locale };
}

/** The signed-in customer and their ctx, or null when this browser is not signed in to this portal. */
export async function portalSession(workspace: WorkspaceRef): Promise<{ customer: PortalCustomer; ctx: PortalCtx } | null> {
  const customer = await customerOf(workspace);
  return customer ? { customer, ctx: portalCtxFor(workspace, customer.id, logger) } : null;
}

/** The path of a portal page. */
export function portalPath(workspace: { slug: string }, locale: Locale, rest = ""): string {
  return `/${workspace.slug}/portal/${locale}${rest}`;
}
