// An admin deletes an SLA policy; tickets it applied to fall to the next policy that matches
// (the sweep recomputes them).
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { markSlaStale } from "./refresh-ticket-sla";
import { SlaPolicyIdInput } from "./sla-policy.schemas";
import { getSlaPolicyRow, slaPolicyAudit } from "./sla-policy.queries";

export async function deleteSlaPolicy(ctx: Ctx, raw: SlaPolicyIdInput): Promise<{ id: string }> {
  requireRole(ctx, "ADMIN");
  const { policyId } = parseInput(SlaPolicyIdInput, raw);
  await inTransaction(ctx, async (tx) => {
    const row = await getSlaPolicyRow(tx, policyId);
    await tx.db.slaPolicy.delete({ where: { id: policyId, workspaceId: ctx.workspace.id } });
    const audit = slaPolicyAudit(row);
    await recordAudit(tx.db, ctx, { action: "sla_policy.deleted", target: audit.target, before: audit.fields });
    await markSlaStale(tx.db, ctx.workspace.id);
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, policyId }, "SLA policy deleted");
  return { id: policyId };
}
