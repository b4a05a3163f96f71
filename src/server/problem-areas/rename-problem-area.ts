// An admin sets an area's names per language. The key stays (tickets, views and API clients use
// it); the `name` column follows the default language's name so lists without a reader's
// language (CSV, logs) show the admins' name.
import { flatAreaNames, primaryAreaName, storedAreaNames, type AreaNames } from "@/lib/problem-area-names";
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { checkAreaNames, lockWorkspaceAreas } from "./area-names-check";
import { lockProblemArea } from "./problem-area.queries";
import { RenameProblemAreaInput } from "./problem-area.schemas";

export async function renameProblemArea(ctx: Ctx, raw: RenameProblemAreaInput): Promise<{ id: string; names: AreaNames }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(RenameProblemAreaInput, raw);
  const names = input.names as AreaNames;
  return inTransaction(ctx, async ({ db, workspace }) => {
    await lockWorkspaceAreas(db, workspace.id);
    const area = await lockProblemArea(db, workspace.id, input.areaId);
    await checkAreaNames(db, workspace.id, names, area.id);
    const name = primaryAreaName(names, workspace.defaultLocale)!;
    await db.problemArea.update({ where: { id: area.id }, data: { names, name } });
    await recordAudit(db, ctx, {
      action: "problem_area.renamed",
      target: { type: "problem_area", id: area.id, label: name },
      before: flatAreaNames(storedAreaNames(area.names)),
      after: flatAreaNames(names),
    });
    return { id: area.id, names };
  });
}
