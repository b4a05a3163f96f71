// Reading SLA policies (issue 17): for admins (list, get) and for the SLA clocks (every policy of
// a workspace as the matcher takes it, with its calendar as business-time arithmetic takes it).
import { AppError } from "@/server/errors";
import { requireRole, type Ctx } from "@/server/context";
import { db as defaultDb, type DbTx, type Prisma } from "@/server/db";
import { parseInput } from "@/server/validate";
import type { BusinessCalendar } from "./business-time";
import { toBusinessCalendar } from "./calendar.queries";
import type { MatchablePolicy } from "./sla-policy";
import { SlaConditionsSchema, SlaPolicyIdInput, SlaTargetsByPriority, type SlaPolicyView } from "./sla-policy.schemas";

export const SLA_POLICY_SELECT = {
  id: true,
  name: true,
  position: true,
  calendarId: true,
  conditions: true,
  targets: true,
  warnBeforeMinutes: true,
  createdAt: true,
  updatedAt: true,
} as const satisfies Prisma.SlaPolicySelect;

export type SlaPolicyRow = Prisma.SlaPolicyGetPayload<{ select: typeof SLA_POLICY_SELECT }>;

/** A stored policy read back through the schemas that wrote it. */
function stored(row: Pick<SlaPolicyRow, "conditions" | "targets">) {
  return { conditions: SlaConditionsSchema.parse(row.conditions), targets: SlaTargetsByPriority.parse(row.targets) };
}

export function toSlaPolicyView(row: SlaPolicyRow): SlaPolicyView {
  const { conditions, targets } = stored(row);
  return { id: row.id, name: row.name, position: row.position, calendarId: row.calendarId, conditions, targets, warnBeforeMinutes: row.warnBeforeMinutes, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString() };
}

/** What the audit log keeps of a policy. */
export function slaPolicyAudit(row: SlaPolicyRow): { target: { type: "sla_policy"; id: string; label: string }; fields: Record<string, unknown> } {
  return {
    target: { type: "sla_policy", id: row.id, label: row.name },
    fields: { name: row.name, position: row.position, calendarId: row.calendarId, conditions: row.conditions, targets: row.targets, warnBeforeMinutes: row.warnBeforeMinutes },
  };
}

export async function getSlaPolicyRow(ctx: Pick<Ctx, "db" | "workspace">, policyId: string): Promise<SlaPolicyRow> {
  const row = await ctx.db.slaPolicy.findFirst({ where: { id: policyId, workspaceId: ctx.workspace.id }, select: SLA_POLICY_SELECT });
  if (!row) throw new AppError("NOT_FOUND", "No such SLA policy in this workspace");
  return row;
}

/** Admins: the workspace's policies in the order they are tried. */
export async function listSlaPolicies(ctx: Ctx): Promise<SlaPolicyView[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.slaPolicy.findMany({ where: { workspaceId: ctx.workspace.id }, orderBy: [{ position: "asc" }, { id: "asc" }], select: SLA_POLICY_SELECT });
  return rows.map(toSlaPolicyView);
}

export async function getSlaPolicy(ctx: Ctx, raw: SlaPolicyIdInput): Promise<SlaPolicyView> {
  requireRole(ctx, "ADMIN");
  const { policyId } = parseInput(SlaPolicyIdInput, raw);
  return toSlaPolicyView(await getSlaPolicyRow(ctx, policyId));
}

export type LoadedSlaPolicy = MatchablePolicy & { name: string; calendar: BusinessCalendar; warnBeforeMinutes: number[] };

/** Every policy of a workspace as the SLA clocks use it (no role: the clocks run for everyone). */
export async function loadSlaPolicies(workspaceId: string, db: DbTx = defaultDb()): Promise<LoadedSlaPolicy[]> {
  const rows = await db.slaPolicy.findMany({
    where: { workspaceId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { ...SLA_POLICY_SELECT, calendar: { select: { timeZone: true, hours: true, holidays: true } } },
  });
  return rows.map((row) => ({ id: row.id, name: row.name, position: row.position, ...stored(row), warnBeforeMinutes: row.warnBeforeMinutes, calendar: toBusinessCalendar(row.calendar) }));
}
