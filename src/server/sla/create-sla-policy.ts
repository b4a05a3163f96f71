// An admin adds an SLA policy: its calendar must be one of the workspace's.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";
import { markSlaStale } from "./refresh-ticket-sla";
import { SlaPolicyInput, type SlaPolicyView } from "./sla-policy.schemas";
import { SLA_POLICY_SELECT, slaPolicyAudit, toSlaPolicyView } from "./sla-policy.queries";

export async function createSlaPolicy(ctx: Ctx, raw: SlaPolicyInput): Promise<SlaPolicyView> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(SlaPolicyInput, raw);
  const workspaceId = ctx.workspace.id;
  const row = await inTransaction(ctx, async (tx) => {
    await requireCalendar(tx, input.calendarId);
    const created = await tx.db.slaPolicy.create({
      data: { workspaceId, name: input.name, position: input.position, calendarId: input.calendarId, conditions: input.conditions, targets: input.targets, warnBeforeMinutes: input.warnBeforeMinutes },
      select: SLA_POLICY_SELECT,
    });
    const audit = slaPolicyAudit(created);
    await recordAudit(tx.db, ctx, { action: "sla_policy.created", target: audit.target, after: audit.fields });
    await markSlaStale(tx.db, workspaceId);
    return created;
  });
  ctx.log.info({ workspaceId, policyId: row.id }, "SLA policy created");
  return toSlaPolicyView(row);
}

/** VALIDATION on calendarId unless it names a calendar of the caller's workspace. */
export async function requireCalendar(ctx: Pick<Ctx, "db" | "workspace">, calendarId: string): Promise<void> {
  const found = await ctx.db.businessCalendar.count({ where: { id: calendarId, workspaceId: ctx.workspace.id } });
  if (found === 0) throw fieldError("calendarId", "unknownCalendar", "is not a calendar of this workspace");
}
