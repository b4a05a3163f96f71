// The REST API's reads of customers, scoped to ctx.workspace, newest first, keyset-paginated on
// (createdAt desc, id desc). Another workspace's customer id is simply not found.
import type { Ctx } from "@/server/context";
import { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import type { ApiCustomer, ListCustomersQuery } from "./api.schemas";
import { likePattern } from "@/server/search/search-tickets";
import { decodeCursor, encodeCursor } from "./cursor";
import { API_CUSTOMER_SELECT, serializeCustomer } from "./serializers";

export async function listApiCustomers(ctx: Ctx, f: ListCustomersQuery): Promise<{ data: ApiCustomer[]; nextCursor: string | null }> {
  const workspaceId = ctx.workspace.id;
  const where: Prisma.Sql[] = [Prisma.sql`c."workspaceId" = ${workspaceId}::uuid`];
  if (f.q) {
    const pattern = likePattern(f.q);
    where.push(Prisma.sql`(c."email" ILIKE ${pattern} ESCAPE '\\' OR c."name" ILIKE ${pattern} ESCAPE '\\')`);
  }
  if (f.cursor) {
    const after = decodeCursor(f.cursor);
    where.push(Prisma.sql`(c."createdAt", c."id") < (${after.at.toISOString()}::timestamptz, ${after.id}::uuid)`);
  }
  const page = await ctx.db.$queryRaw<Array<{ id: string; createdAt: Date }>>`
    SELECT c."id"::text AS "id", c."createdAt"
      FROM "Customer" c
     WHERE ${Prisma.join(where, " AND ")}
     ORDER BY c."createdAt" DESC, c."id" DESC
     LIMIT ${f.limit + 1}`;
  const keys = page.slice(0, f.limit);
  const rows = await ctx.db.customer.findMany({ where: { workspaceId, id: { in: keys.map((k) => k.id) } }, select: API_CUSTOMER_SELECT });
  const byId = new Map(rows.map((r) => [r.id, r]));
  const last = keys.at(-1);
  return {
    data: keys.flatMap((k) => (byId.has(k.id) ? [serializeCustomer(byId.get(k.id)!)] : [])),
    nextCursor: page.length > f.limit && last ? encodeCursor({ at: new Date(last.createdAt), id: last.id }) : null,
  };
}

export async function getApiCustomer(ctx: Ctx, id: string): Promise<ApiCustomer> {
  const row = await ctx.db.customer.findFirst({ where: { id, workspaceId: ctx.workspace.id }, select: API_CUSTOMER_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "Customer not found");
  return serializeCustomer(row);
}
