// What Settings > Problem areas reads: every area of the workspace, archived ones too, in the
// order admins gave them, with the names admins stored per language and each area's ticket count.
import { storedAreaNames, type AreaNames } from "@/lib/problem-area-names";
import { requireRole, type Ctx } from "@/server/context";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";

export type ProblemAreaRow = { id: string; key: string; name: string; names: AreaNames; position: number; archived: boolean; tickets: number };

/** Display order: position, then age (the built-in areas share none, but older data may). */
export const AREA_ORDER = [{ position: "asc" }, { createdAt: "asc" }, { id: "asc" }] as const;

export async function listProblemAreasForSettings(ctx: Ctx): Promise<ProblemAreaRow[]> {
  requireRole(ctx, "ADMIN");
  const workspaceId = ctx.workspace.id;
  const [areas, counts] = await Promise.all([
    ctx.db.problemArea.findMany({
      where: { workspaceId },
      select: { id: true, key: true, name: true, names: true, position: true, archivedAt: true },
      orderBy: [...AREA_ORDER],
    }),
    ctx.db.ticket.groupBy({ by: ["problemAreaId"], where: { workspaceId, problemAreaId: { not: null } }, _count: { _all: true } }),
  ]);
  const byArea = new Map(counts.map((c) => [c.problemAreaId, c._count._all]));
  return areas.map((a) => ({
    id: a.id,
    key: a.key,
    name: a.name,
    names: storedAreaNames(a.names),
    position: a.position,
    archived: a.archivedAt !== null,
    tickets: byArea.get(a.id) ?? 0,
  }));
}

/** The area with this id in the workspace, locked for the change; NOT_FOUND for another's. */
export async function lockProblemArea(db: DbTx, workspaceId: string, areaId: string) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "ProblemArea" WHERE "id" = ${areaId}::uuid AND "workspaceId" = ${workspaceId}::uuid FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND");
  return db.problemArea.findUniqueOrThrow({
    where: { id: areaId },
    select: { id: true, key: true, name: true, names: true, position: true, archivedAt: true },
  });
}
