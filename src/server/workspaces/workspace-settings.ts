// The workspace's behaviour switches, as the settings page and the use cases read them.
import { requireRole, type Ctx } from "@/server/context";
import { WORKSPACE_GENERAL_SELECT, type WorkspaceGeneral } from "./update-workspace-general";
import type { DbTx } from "@/server/db";

export type WorkspaceSettings = { assignOnFirstReply: boolean; blockedSenders: string[]; contactFormOrigins: string[] };

export async function readWorkspaceSettings(db: DbTx, workspaceId: string): Promise<WorkspaceSettings> {
  return db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { assignOnFirstReply: true, blockedSenders: true, contactFormOrigins: true } });
}

export async function getWorkspaceSettings(ctx: Ctx): Promise<WorkspaceSettings> {
  return readWorkspaceSettings(ctx.db, ctx.workspace.id);
}

/** The general settings form's fields (Settings > Workspace): admins only. */
export async function getWorkspaceGeneral(ctx: Ctx): Promise<WorkspaceGeneral> {
  requireRole(ctx, "ADMIN");
  return ctx.db.workspace.findUniqueOrThrow({ where: { id: ctx.workspace.id }, select: WORKSPACE_GENERAL_SELECT });
}
