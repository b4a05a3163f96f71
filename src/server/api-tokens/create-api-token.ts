// An admin creates a named API token for the workspace. The token is returned once; the
// database keeps its sha256 and a short prefix that lists show to tell tokens apart.
import { recordAudit } from "@/server/audit/record-audit";
import { actorMemberId, inTransaction, requireRole, type Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { randomToken, sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import type { ApiTokenRole } from "@/generated/prisma/enums";
import { CreateApiTokenInput } from "./api-token.schemas";

export const API_TOKEN_PREFIX = "sd_";
/** Characters of the token kept for display: `sd_` and 7 random characters (42 bits, not enough to matter). */
const DISPLAY_PREFIX_LENGTH = 10;

export type CreatedApiToken = { tokenId: string; name: string; prefix: string; role: ApiTokenRole; token: string };

export async function createApiToken(ctx: Ctx, raw: CreateApiTokenInput): Promise<CreatedApiToken> {
  requireRole(ctx, "ADMIN");
  const { name, role } = parseInput(CreateApiTokenInput, raw);
  const workspaceId = ctx.workspace.id;
  const token = `${API_TOKEN_PREFIX}${randomToken(32)}`;
  const prefix = token.slice(0, DISPLAY_PREFIX_LENGTH);
  try {
    const row = await inTransaction(ctx, async ({ db }) => {
      const created = await db.apiToken.create({
        data: { workspaceId, name, role, tokenHash: sha256Hex(token), prefix, createdById: actorMemberId(ctx.actor) },
        select: { id: true },
      });
      // The prefix only: the token itself is never logged.
      await recordAudit(db, ctx, { action: "api_token.created", target: { type: "api_token", id: created.id, label: name }, after: { name, role, prefix } });
      return created;
    });
    ctx.log.info({ workspaceId, apiTokenId: row.id, role }, "api token created");
    return { tokenId: row.id, name, prefix, role, token };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") {
      throw new AppError("CONFLICT", `An API token named "${name}" already exists`, {
        fields: { name: "is already taken" },
        fieldIssues: { name: { code: "taken", message: "is already taken" } },
        cause: e,
      });
    }
    throw e;
  }
}
