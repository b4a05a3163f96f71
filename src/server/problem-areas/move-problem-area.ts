// An admin moves an area one place up or down in the order the selects and the contact form
// show. Positions are renumbered 0..n-1 in the same transaction, so equal or sparse positions
// from older data sort out on the first move.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { lockWorkspaceAreas } from "./area-names-check";
import { AREA_ORDER } from "./problem-area.queries";
import { MoveProblemAreaInput } from "./problem-area.schemas";

export async function moveProblemArea(ctx: Ctx, raw: MoveProblemAreaInput): Promise<{ id: string; position: number }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(MoveProblemAreaInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    await lockWorkspaceAreas(db, workspace.id);
    const areas = await db.problemArea.findMany({ where: { workspaceId: workspace.id }, select: { id: true, name: true, position: true }, orderBy: [...AREA_ORDER] });
    const from = areas.findIndex((a) => a.id === input.areaId);
    if (from < 0) throw new AppError("NOT_FOUND");
    const to = input.direction === "up" ? from - 1 : from + 1;
    // Already first or last: nothing moves and nothing is logged.
    if (to < 0 || to >= areas.length) return { id: input.areaId, position: from };
    const order = [...areas];
    [order[from], order[to]] = [order[to]!, order[from]!];
    for (const [position, a] of order.entries()) {
      if (a.position !== position) await db.problemArea.update({ where: { id: a.id }, data: { position } });
    }
    const moved = areas[from]!;
    await recordAudit(db, ctx, { action: "problem_area.reordered", target: { type: "problem_area", id: moved.id, label: moved.name }, before: { position: from + 1 }, after: { position: to + 1 } });
    return { id: moved.id, position: to };
  });
}
