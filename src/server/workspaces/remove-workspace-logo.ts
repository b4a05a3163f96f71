// An admin removes the public pages' logo: the frame shows the shop's name alone again.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { RemoveWorkspaceLogoInput } from "./workspace.schemas";

/** The blob stays: blobs are shared by hash (an attachment may be the same bytes) and not deleted here. */
export async function removeWorkspaceLogo(ctx: Ctx, raw: RemoveWorkspaceLogoInput): Promise<{ logoUrl: null }> {
  requireRole(ctx, "ADMIN");
  parseInput(RemoveWorkspaceLogoInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const { count } = await db.workspaceLogo.deleteMany({ where: { workspaceId: workspace.id } });
    // Removing no logo changes nothing: no event.
    if (count > 0) await recordAudit(db, ctx, { action: "workspace.logo.removed", target: { type: "workspace", id: workspace.id, label: workspace.name } });
    ctx.log.info({ workspaceId: workspace.id }, "workspace logo removed");
    return { logoUrl: null };
  });
}
