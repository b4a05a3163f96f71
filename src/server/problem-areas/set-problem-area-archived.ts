// An admin archives an area (or brings it back). An archived area stays on the tickets that have
// it, in inbox filters by key and in reports, but is offered for no new choice: the ticket
// selects, the contact form, help-center articles and the API refuse it (archivedAt: null in
// their queries).
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { lockProblemArea } from "./problem-area.queries";
import { SetProblemAreaArchivedInput } from "./problem-area.schemas";
import { checkAreaNames, lockWorkspaceAreas } from "./area-names-check";
import { storedAreaNames } from "@/lib/problem-area-names";

export async function setProblemAreaArchived(ctx: Ctx, raw: SetProblemAreaArchivedInput): Promise<{ id: string; archived: boolean }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(SetProblemAreaArchivedInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    await lockWorkspaceAreas(db, workspace.id);
    const area = await lockProblemArea(db, workspace.id, input.areaId);
    const archived = area.archivedAt !== null;
    if (archived === input.archived) return { id: area.id, archived };
    // Back in use only if no active area took one of its names meanwhile (built-ins without
    // names of their own have none to clash).
    const names = storedAreaNames(area.names);
    if (!input.archived && Object.keys(names).length > 0) await checkAreaNames(db, workspace.id, names, area.id);
    await db.problemArea.update({ where: { id: area.id }, data: { archivedAt: input.archived ? new Date() : null } });
    await recordAudit(db, ctx, {
      action: input.archived ? "problem_area.archived" : "problem_area.unarchived",
      target: { type: "problem_area", id: area.id, label: area.name },
      before: { archived },
      after: { archived: input.archived },
    });
    return { id: area.id, archived: input.archived };
  });
}
