// An agent corrects a customer's name, email, phone or language (what a caller said on the phone,
// a typo in an address). Agents and admins only; another workspace's customer is NOT_FOUND. The
// email stays unique per workspace and lower-cased, since inbound mail finds the customer by it.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { UpdateCustomerInput } from "./customer.schemas";

export type UpdateCustomerResult = { customerId: string; name: string | null; email: string; phone: string | null; locale: string | null };

/** `cause`: the unique-constraint error, when the write itself found the address taken. */
const emailTaken = (cause?: unknown) =>
  new AppError("VALIDATION", "Some fields are invalid", {
    fields: { email: "already used by another customer" },
    fieldIssues: { email: { code: "taken", message: "already used by another customer" } },
    cause,
  });

export async function updateCustomer(ctx: Ctx, raw: UpdateCustomerInput): Promise<UpdateCustomerResult> {
  requireRole(ctx, "AGENT");
  const { customerId, ...changes } = parseInput(UpdateCustomerInput, raw);
  return inTransaction(ctx, async ({ db, workspace }) => {
    const workspaceId = workspace.id;
    const customer = await db.customer.findFirst({ where: { id: customerId, workspaceId }, select: { id: true, email: true } });
    if (!customer) throw new AppError("NOT_FOUND", "Customer not found");
    if (changes.email !== undefined && changes.email !== customer.email) {
      const other = await db.customer.findFirst({ where: { workspaceId, email: changes.email, id: { not: customer.id } }, select: { id: true } });
      if (other) throw emailTaken();
    }
    try {
      const updated = await db.customer.update({
        where: { id: customer.id, workspaceId },
        data: changes,
        select: { id: true, name: true, email: true, phone: true, locale: true },
      });
      ctx.log.info({ customerId: customer.id, fields: Object.keys(changes) }, "customer updated");
      return { customerId: updated.id, name: updated.name, email: updated.email, phone: updated.phone, locale: updated.locale };
    } catch (e) {
      // A concurrent change took the address between the check and the write.
      if (e && typeof e === "object" && "code" in e && e.code === "P2002") throw emailTaken(e);
      throw e;
    }
  });
}
