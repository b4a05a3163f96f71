// An admin moves an SLA policy up or down the order policies are tried in: it swaps places with
// its neighbour, through the update use case (so each change is audited like any other) and in one
// transaction, so no reader ever sees the two at the same place or one of them moved alone.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MoveSlaPolicyInput } from "./sla-policy.schemas";
import { getSlaPolicyRow } from "./sla-policy.queries";
import { updateSlaPolicy } from "./update-sla-policy";

export async function moveSlaPolicy(ctx: Ctx, raw: MoveSlaPolicyInput): Promise<{ moved: boolean }> {
  requireRole(ctx, "ADMIN");
  const { policyId, direction } = parseInput(MoveSlaPolicyInput, raw);
  const moved = await inTransaction(ctx, async (tx) => {
    // Serialises concurrent moves in this workspace: each reads the order the previous one left.
    await tx.db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`shopdesk:sla-policy-order:${ctx.workspace.id}`}, 0))`;
    await getSlaPolicyRow(tx, policyId);
    const order = await tx.db.slaPolicy.findMany({
      where: { workspaceId: ctx.workspace.id },
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: { id: true, position: true },
    });
    const from = order.findIndex((p) => p.id === policyId);
    const to = direction === "up" ? from - 1 : from + 1;
    const self = order[from];
    const other = order[to];
    if (!self || !other) return false; // already first (or last): nothing to do
    if (self.position !== other.position) {
      await updateSlaPolicy(tx, { policyId: self.id, position: other.position });
      await updateSlaPolicy(tx, { policyId: other.id, position: self.position });
      return true;
    }
    // The same position (the API allows it; the id breaks the tie): number them all 0, 1, 2... in
    // the new order, changing only those whose position differs.
    [order[from], order[to]] = [other, self];
    for (const [index, policy] of order.entries()) {
      if (policy.position !== index) await updateSlaPolicy(tx, { policyId: policy.id, position: index });
    }
    return true;
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, policyId, direction, moved }, "SLA policy moved");
  return { moved };
}
