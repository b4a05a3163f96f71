// An admin revokes an API token by name. The row is deleted, so the next request with the
// token finds nothing and is refused.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { RevokeApiTokenInput } from "./api-token.schemas";

export async function revokeApiToken(ctx: Ctx, raw: RevokeApiTokenInput): Promise<{ tokenId: string; name: string }> {
  requireRole(ctx, "ADMIN");
  const { name } = parseInput(RevokeApiTokenInput, raw);
  const workspaceId = ctx.workspace.id;
  try {
    const row = await inTransaction(ctx, async ({ db }) => {
      const deleted = await db.apiToken.delete({
        where: { workspaceId_name: { workspaceId, name } },
        select: { id: true, role: true, prefix: true },
      });
      await recordAudit(db, ctx, { action: "api_token.revoked", target: { type: "api_token", id: deleted.id, label: name }, before: { name, role: deleted.role, prefix: deleted.prefix } });
      return deleted;
    });
    ctx.log.info({ workspaceId, apiTokenId: row.id }, "api token revoked");
    return { tokenId: row.id, name };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2025") {
      throw new AppError("NOT_FOUND", `No API token named "${name}"`, { fields: { name: "not found" }, cause: e });
    }
    throw e;
  }
}
