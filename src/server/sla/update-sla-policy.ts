// An admin changes an SLA policy: any field; conditions and targets are replaced whole when sent.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { requireCalendar } from "./create-sla-policy";
import { markSlaStale } from "./refresh-ticket-sla";
import { UpdateSlaPolicyInput, type SlaPolicyView } from "./sla-policy.schemas";
import { getSlaPolicyRow, SLA_POLICY_SELECT, slaPolicyAudit, toSlaPolicyView } from "./sla-policy.queries";

export async function updateSlaPolicy(ctx: Ctx, raw: UpdateSlaPolicyInput): Promise<SlaPolicyView> {
  requireRole(ctx, "ADMIN");
  const { policyId, ...fields } = parseInput(UpdateSlaPolicyInput, raw);
  const workspaceId = ctx.workspace.id;
  const row = await inTransaction(ctx, async (tx) => {
    const current = await getSlaPolicyRow(tx, policyId);
    if (fields.calendarId !== undefined) await requireCalendar(tx, fields.calendarId);
    const updated = await tx.db.slaPolicy.update({
      where: { id: policyId, workspaceId },
      data: {
        ...(fields.name !== undefined ? { name: fields.name } : {}),
        ...(fields.position !== undefined ? { position: fields.position } : {}),
        ...(fields.calendarId !== undefined ? { calendarId: fields.calendarId } : {}),
        ...(fields.conditions !== undefined ? { conditions: fields.conditions } : {}),
        ...(fields.targets !== undefined ? { targets: fields.targets } : {}),
        ...(fields.warnBeforeMinutes !== undefined ? { warnBeforeMinutes: fields.warnBeforeMinutes } : {}),
      },
      select: SLA_POLICY_SELECT,
    });
    await recordAudit(tx.db, ctx, { action: "sla_policy.updated", target: slaPolicyAudit(updated).target, before: slaPolicyAudit(current).fields, after: slaPolicyAudit(updated).fields });
    await markSlaStale(tx.db, workspaceId);
    return updated;
  });
  ctx.log.info({ workspaceId, policyId }, "SLA policy updated");
  return toSlaPolicyView(row);
}
