// The workspace's API tokens for the settings page: names, display prefixes and last use,
// never the hashes.
import { requireRole, type Ctx } from "@/server/context";

export type ApiTokenListItem = {
  tokenId: string;
  name: string;
  prefix: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  createdByName: string | null;
};

export async function listApiTokens(ctx: Ctx, _input: Record<string, never> = {}): Promise<ApiTokenListItem[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.apiToken.findMany({
    where: { workspaceId: ctx.workspace.id },
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      createdBy: { select: { user: { select: { name: true } } } },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows.map((t) => ({
    tokenId: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: t.createdAt,
    lastUsedAt: t.lastUsedAt,
    createdByName: t.createdBy?.user.name ?? null,
  }));
}
