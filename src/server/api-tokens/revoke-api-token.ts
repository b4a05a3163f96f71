// An admin revokes an API token by name. The row is deleted, so the next request with the
// token finds nothing and is refused.
import { requireRole, type Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { RevokeApiTokenInput } from "./api-token.schemas";

export async function revokeApiToken(ctx: Ctx, raw: RevokeApiTokenInput): Promise<{ tokenId: string; name: string }> {
  requireRole(ctx, "ADMIN");
  const { name } = parseInput(RevokeApiTokenInput, raw);
  const workspaceId = ctx.workspace.id;
  try {
    const row = await ctx.db.apiToken.delete({
      where: { workspaceId_name: { workspaceId, name } },
      select: { id: true },
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
