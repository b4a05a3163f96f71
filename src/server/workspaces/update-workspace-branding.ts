// An admin turns the public help center on or off and sets the public pages' accent colour and
// footer links (Settings > Help center & branding). The workspace is the ctx's.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { BRANDING_SELECT, brandingOf, type WorkspaceBranding } from "./workspace-branding";
import { UpdateWorkspaceBrandingInput } from "./workspace.schemas";

export async function updateWorkspaceBranding(ctx: Ctx, raw: UpdateWorkspaceBrandingInput): Promise<WorkspaceBranding> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(UpdateWorkspaceBrandingInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const before = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: BRANDING_SELECT });
    const saved = await db.workspace.update({
      where: { id: workspace.id },
      data: { helpCenterEnabled: input.helpCenterEnabled, brandAccentColor: input.accentColor, brandFooterLinks: input.footerLinks },
      select: BRANDING_SELECT,
    });
    const audited = (b: typeof saved) => ({ helpCenterEnabled: b.helpCenterEnabled, accentColor: b.brandAccentColor, footerLinks: b.brandFooterLinks });
    await recordAudit(db, ctx, { action: "workspace.branding.updated", target: { type: "workspace", id: workspace.id, label: workspace.name }, before: audited(before), after: audited(saved) });
    ctx.log.info(
      { workspaceId: workspace.id, helpCenterEnabled: saved.helpCenterEnabled, accentColor: saved.brandAccentColor, footerLinks: input.footerLinks.length },
      "workspace branding changed",
    );
    return brandingOf(saved);
  });
}
