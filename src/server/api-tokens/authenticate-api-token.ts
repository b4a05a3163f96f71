// Resolves a bearer token to the Ctx of its workspace, or null. The lookup is by sha256, so no
// secret is compared character by character. `lastUsedAt` is written at most once a minute per
// token (a guarded update), so busy integrations do not turn every request into a write.
// A token whose creator is no longer an active admin resolves to null (see token-status.ts).
import { type Ctx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { DbTx } from "@/server/db";
import type { Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";
import { API_TOKEN_PATTERN } from "./api-token.schemas";
import { apiTokenStatus, TOKEN_CREATOR_SELECT } from "./token-status";

const LAST_USED_RESOLUTION_MS = 60_000;

/** Accepts the token itself or a whole `Authorization` header value (`Bearer sd_...`). */
export async function authenticateApiToken(db: DbTx, log: Logger, bearer: string): Promise<Ctx | null> {
  const token = bearer.trim().replace(/^Bearer\s+/i, "");
  if (!API_TOKEN_PATTERN.test(token)) return null;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: sha256Hex(token) },
    select: {
      id: true,
      name: true,
      role: true,
      lastUsedAt: true,
      createdById: true,
      createdBy: TOKEN_CREATOR_SELECT,
      workspace: { select: WORKSPACE_REF_SELECT },
    },
  });
  if (!row || apiTokenStatus(row.createdById, row.createdBy) !== "active") return null;

  const now = new Date();
  const cutoff = new Date(now.getTime() - LAST_USED_RESOLUTION_MS);
  if (!row.lastUsedAt || row.lastUsedAt < cutoff) {
    await db.apiToken.updateMany({
      where: { id: row.id, workspaceId: row.workspace.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: cutoff } }] },
      data: { lastUsedAt: now },
    });
  }
  return {
    workspace: row.workspace,
    actor: { type: "api", tokenId: row.id, tokenName: row.name, role: row.role },
    db,
    log: log.child({ workspaceId: row.workspace.id, apiTokenId: row.id }),
  };
}
