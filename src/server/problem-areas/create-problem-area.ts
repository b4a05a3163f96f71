// An admin adds a problem area with its names per language. Its key is made from the name
// (area-key.ts) and never changes; it goes last in the order.
import { flatAreaNames, primaryAreaName, type AreaNames } from "@/lib/problem-area-names";
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { freeAreaKey } from "./area-key";
import { checkAreaNames, lockWorkspaceAreas } from "./area-names-check";
import { CreateProblemAreaInput } from "./problem-area.schemas";

export async function createProblemArea(ctx: Ctx, raw: CreateProblemAreaInput): Promise<{ id: string; key: string }> {
  requireRole(ctx, "ADMIN");
  const { names } = parseInput(CreateProblemAreaInput, raw) as { names: AreaNames };
  return inTransaction(ctx, async ({ db, workspace }) => {
    await lockWorkspaceAreas(db, workspace.id);
    await checkAreaNames(db, workspace.id, names);
    const name = primaryAreaName(names, workspace.defaultLocale)!;
    const key = await freeAreaKey(db, workspace.id, names.en ?? name);
    const last = await db.problemArea.aggregate({ where: { workspaceId: workspace.id }, _max: { position: true } });
    const area = await db.problemArea.create({
      data: { workspaceId: workspace.id, key, name, names, position: (last._max.position ?? -1) + 1 },
      select: { id: true, key: true, position: true },
    });
    await recordAudit(db, ctx, { action: "problem_area.created", target: { type: "problem_area", id: area.id, label: name }, after: { key, ...Object.fromEntries(Object.entries(flatAreaNames(names)).filter(([, n]) => n !== null)) } });
    return { id: area.id, key: area.key };
  });
}
