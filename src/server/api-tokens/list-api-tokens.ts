// The workspace's API tokens for the settings page: names, display prefixes, last use, who
// made them and whether they still work (see token-status.ts), never the hashes.
import { requireRole, type Ctx } from "@/server/context";
import type { ApiTokenRole } from "@/generated/prisma/enums";
import { apiTokenStatus, type ApiTokenStatus } from "./token-status";

export type ApiTokenListItem = {
  tokenId: string;
  name: string;
  prefix: string;
  role: ApiTokenRole;
  createdAt: Date;
  lastUsedAt: Date | null;
  /** Null for a token of the operator CLI. */
  createdByName: string | null;
  status: ApiTokenStatus;
};

export async function listApiTokens(ctx: Ctx, _input: Record<string, never> = {}): Promise<ApiTokenListItem[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.apiToken.findMany({
    where: { workspaceId: ctx.workspace.id },
    select: {
      id: true,
      name: true,
      prefix: true,
      role: true,
      createdAt: true,
      lastUsedAt: true,
      createdById: true,
      createdBy: { select: { role: true, deactivatedAt: true, user: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((t) => ({
    tokenId: t.id,
    name: t.name,
    prefix: t.prefix,
    role: t.role,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    createdByName: t.createdBy?.user.name ?? null,
    status: apiTokenStatus(t.createdById, t.createdBy),
  }));
}
