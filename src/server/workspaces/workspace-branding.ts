// A workspace's help center switch and branding of its public pages: what the settings page shows
// and what the public pages (help center, contact form, later the portal) read through the frame.
import type { Ctx } from "@/server/context";
import type { DbTx } from "@/server/db";
import { storedFooterLinks, type WorkspaceBrand } from "@/lib/brand";

export type { WorkspaceBrand };

export type WorkspaceBranding = WorkspaceBrand & { helpCenterEnabled: boolean };

/** The select that reads a WorkspaceBranding from the Workspace table (with `brandOf`). */
export const BRANDING_SELECT = {
  slug: true,
  helpCenterEnabled: true,
  brandAccentColor: true,
  brandFooterLinks: true,
  logo: { select: { sha256: true } },
} as const;

type BrandingRow = { slug: string; helpCenterEnabled: boolean; brandAccentColor: string | null; brandFooterLinks: unknown; logo: { sha256: string } | null };

/** The logo's public address: its version (the bytes' hash) in the URL, so a new logo is a new URL. */
export function logoPath(slug: string, sha256: string): string {
  return `/${slug}/brand/logo?v=${sha256.slice(0, 16)}`;
}

export function brandingOf(row: BrandingRow): WorkspaceBranding {
  return {
    helpCenterEnabled: row.helpCenterEnabled,
    accentColor: row.brandAccentColor,
    footerLinks: storedFooterLinks(row.brandFooterLinks),
    logoUrl: row.logo ? logoPath(row.slug, row.logo.sha256) : null,
  };
}

export async function readWorkspaceBranding(db: DbTx, workspaceId: string): Promise<WorkspaceBranding> {
  return brandingOf(await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: BRANDING_SELECT }));
}

/** For the settings page (admins; the page checks the role before it reads). */
export async function getWorkspaceBranding(ctx: Ctx): Promise<WorkspaceBranding> {
  return readWorkspaceBranding(ctx.db, ctx.workspace.id);
}
