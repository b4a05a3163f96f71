// Reads of customers for the agent pages. Scoped to ctx.workspace.
import type { Ctx } from "@/server/context";
import { requireRole } from "@/server/context";
import { Prisma } from "@/server/db";
import { parseInput } from "@/server/validate";
import { likePattern } from "@/server/search/search-tickets";
import { SearchCustomersInput } from "./customer.schemas";

export type CustomerOption = { id: string; name: string | null; email: string; phone: string | null };

export const CUSTOMER_SEARCH_LIMIT = 10;

/**
 * Customers whose name or email contains `q` (pg_trgm GIN indexes serve the ILIKE), the
 * most recently created first; at most 10. An empty query lists the newest customers.
 */
export async function searchCustomers(ctx: Ctx, raw: SearchCustomersInput): Promise<CustomerOption[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const { q } = parseInput(SearchCustomersInput, raw);
  const ws = ctx.workspace.id;
  const like = q ? likePattern(q) : null;
  const match = like ? Prisma.sql`AND ("email" ILIKE ${like} OR "name" ILIKE ${like})` : Prisma.empty;
  return ctx.db.$queryRaw<CustomerOption[]>`
    SELECT "id"::text AS "id", "name", "email", "phone" FROM "Customer"
     WHERE "workspaceId" = ${ws}::uuid ${match}
     ORDER BY "createdAt" DESC, "id" DESC
     LIMIT ${CUSTOMER_SEARCH_LIMIT}`;
}
