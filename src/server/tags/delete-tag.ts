// An admin deletes a tag: it comes off every ticket that had it (the links cascade) and is no
// longer suggested. The audit event keeps its name and how many tickets had it.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { countTagTickets, lockTag } from "./tag.queries";
import { DeleteTagInput } from "./tag.schemas";

export async function deleteTag(ctx: Ctx, raw: DeleteTagInput): Promise<{ id: string; tickets: number }> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(DeleteTagInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const tag = await lockTag(db, workspace.id, input.tagId);
    const tickets = await countTagTickets(db, workspace.id, tag.id);
    await db.tag.delete({ where: { id: tag.id } });
    await recordAudit(db, ctx, { action: "tag.deleted", target: { type: "tag", id: tag.id, label: tag.name }, before: { name: tag.name, tickets } });
    return { id: tag.id, tickets };
  });
}
