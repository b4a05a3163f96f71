// What Settings > Tags reads: the workspace's tags by name with how many tickets have each, one
// grouped query per page of TAG_PAGE (keyset on the name, which is unique per workspace).
import { requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { Prisma, type DbTx } from "@/server/db";
import { parseInput } from "@/server/validate";
import { ListTagsInput } from "./tag.schemas";

export const TAG_PAGE = 100;

export type TagRow = { id: string; name: string; tickets: number };
export type TagPage = { tags: TagRow[]; nextAfter: string | null };

/** `LIKE` pattern for names starting with `q`, its wildcards taken literally. */
function prefixPattern(q: string): string {
  return `${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

export async function listTagsForSettings(ctx: Ctx, raw: ListTagsInput = {}): Promise<TagPage> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(ListTagsInput, raw);
  const ws = Prisma.sql`${ctx.workspace.id}::uuid`;
  const where = [Prisma.sql`g."workspaceId" = ${ws}`];
  if (input.after) where.push(Prisma.sql`g."name" COLLATE "C" > ${input.after}`);
  if (input.q) where.push(Prisma.sql`g."name" LIKE ${prefixPattern(input.q)}`);
  const rows = await ctx.db.$queryRaw<{ id: string; name: string; tickets: number }[]>`
    SELECT g."id"::text AS "id", g."name", count(tt."ticketId")::int AS "tickets"
      FROM "Tag" g
      LEFT JOIN "TicketTag" tt ON tt."tagId" = g."id" AND tt."workspaceId" = ${ws}
     WHERE ${Prisma.join(where, " AND ")}
     GROUP BY g."id", g."name"
     ORDER BY g."name" COLLATE "C"
     LIMIT ${TAG_PAGE + 1}`;
  const tags = rows.slice(0, TAG_PAGE);
  return { tags, nextAfter: rows.length > TAG_PAGE ? tags[tags.length - 1]!.name : null };
}

/** The tag with this id in the workspace, locked for the change; NOT_FOUND for another's. */
export async function lockTag(db: DbTx, workspaceId: string, tagId: string): Promise<{ id: string; name: string }> {
  const rows = await db.$queryRaw<{ id: string; name: string }[]>`
    SELECT "id"::text AS "id", "name" FROM "Tag" WHERE "id" = ${tagId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return rows[0]!;
}

export async function countTagTickets(db: DbTx, workspaceId: string, tagId: string): Promise<number> {
  return db.ticketTag.count({ where: { workspaceId, tagId } });
}
