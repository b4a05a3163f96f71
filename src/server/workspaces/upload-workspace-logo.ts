// An admin sets the logo of the public pages: the bytes go to blob storage (one copy per workspace
// whatever the number of uploads of the same file), the WorkspaceLogo row points at them, and the
// logo's URL changes with its bytes.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { sniffLogoType } from "@/lib/brand";
import { putBlob } from "@/server/storage/blob-store";
import { parseInput } from "@/server/validate";
import { logoPath } from "./workspace-branding";
import { UploadWorkspaceLogoInput } from "./workspace.schemas";

export async function uploadWorkspaceLogo(ctx: Ctx, raw: UploadWorkspaceLogoInput): Promise<{ logoUrl: string }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(UploadWorkspaceLogoInput, raw);
  // The schema refused anything else.
  const contentType = sniffLogoType(input.logo)!;
  return inTransaction(ctx, async ({ db, workspace }) => {
    const blob = await putBlob(db, workspace.id, input.logo);
    const fields = { blobId: blob.id, contentType, sha256: blob.sha256 };
    const previous = await db.workspaceLogo.findUnique({ where: { workspaceId: workspace.id }, select: { contentType: true, sha256: true } });
    await recordAudit(db, ctx, {
      action: "workspace.logo.updated",
      target: { type: "workspace", id: workspace.id, label: workspace.name },
      before: previous ? { contentType: previous.contentType, sha256: previous.sha256 } : null,
      after: { contentType, sha256: blob.sha256 },
    });
    await db.workspaceLogo.upsert({ where: { workspaceId: workspace.id }, create: { workspaceId: workspace.id, ...fields }, update: fields });
    ctx.log.info({ workspaceId: workspace.id, blobId: blob.id, contentType, byteSize: blob.byteSize }, "workspace logo set");
    return { logoUrl: logoPath(workspace.slug, blob.sha256) };
  });
}
