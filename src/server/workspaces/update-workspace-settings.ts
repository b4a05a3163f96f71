// An admin changes the workspace's behaviour switches (Settings > Workspace). The workspace is
// the ctx's, never one named in the input.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { forgetContactFormOrigins } from "@/server/contact/embed-origins";
import { parseInput } from "@/server/validate";
import type { WorkspaceSettings } from "./workspace-settings";
import { UpdateWorkspaceSettingsInput } from "./workspace.schemas";

export async function updateWorkspaceSettings(ctx: Ctx, raw: UpdateWorkspaceSettingsInput): Promise<WorkspaceSettings> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(UpdateWorkspaceSettingsInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const select = { assignOnFirstReply: true, blockedSenders: true, contactFormOrigins: true } as const;
    const before = await db.workspace.findUniqueOrThrow({ where: { id: workspace.id }, select });
    const saved = await db.workspace.update({
      where: { id: workspace.id },
      data: {
        assignOnFirstReply: input.assignOnFirstReply,
        ...(input.blockedSenders ? { blockedSenders: [...new Set(input.blockedSenders)].sort() } : {}),
        ...(input.contactFormOrigins ? { contactFormOrigins: [...new Set(input.contactFormOrigins)].sort() } : {}),
      },
      select,
    });
    await recordAudit(db, ctx, { action: "workspace.settings.updated", target: { type: "workspace", id: workspace.id, label: workspace.name }, before, after: saved });
    // This process frames the form for the new list at once; others within ORIGINS_TTL_MS.
    forgetContactFormOrigins(workspace.slug);
    ctx.log.info(
      { workspaceId: workspace.id, assignOnFirstReply: saved.assignOnFirstReply, blockedSenders: saved.blockedSenders.length, contactFormOrigins: saved.contactFormOrigins.length },
      "workspace settings changed",
    );
    return saved;
  });
}
