// An admin changes the workspace's name, time zone and default language (Settings > Workspace).
// Its own use case beside update-workspace-settings: a separate form, saved on its own, so
// saving one never writes back the other's fields from a stale page. The workspace is the ctx's.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { parseInput } from "@/server/validate";
import { UpdateWorkspaceGeneralInput } from "./workspace.schemas";

export type WorkspaceGeneral = { name: string; timeZone: string; defaultLocale: string };

export const WORKSPACE_GENERAL_SELECT = { name: true, timeZone: true, defaultLocale: true } as const;

export async function updateWorkspaceGeneral(ctx: Ctx, raw: UpdateWorkspaceGeneralInput): Promise<WorkspaceGeneral> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(UpdateWorkspaceGeneralInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const before = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select: WORKSPACE_GENERAL_SELECT });
    const saved = await db.workspace.update({
      where: { id: workspace.id },
      data: { name: input.name, timeZone: input.timeZone, defaultLocale: input.defaultLocale },
      select: WORKSPACE_GENERAL_SELECT,
    });
    await recordAudit(db, ctx, { action: "workspace.general.updated", target: { type: "workspace", id: workspace.id, label: saved.name }, before, after: saved });
    ctx.log.info({ workspaceId: workspace.id }, "workspace general settings changed");
    return saved;
  });
}
