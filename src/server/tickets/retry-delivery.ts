// "Retry" on a reply (or an automatic mail) whose delivery FAILED: queues it again, due now, with
// a fresh set of attempts, and wakes the sender. It keeps its Message-ID, so the customer's
// client threads it as the same mail. Agents and admins may; light agents never send anything.
// A delivery that is not FAILED (queued, sent) is a CONFLICT: there is nothing to retry.
import type { Ctx } from "@/server/context";
import { inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { wakeMailSender } from "@/server/mail/outbox";
import { parseInput } from "@/server/validate";
import { lockTicketForUpdate } from "./lock-ticket";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { RetryDeliveryInput } from "./ticket.schemas";

export type RetryDeliveryResult = { messageId: string; ticketNumber: number };

export async function retryDelivery(ctx: Ctx, raw: RetryDeliveryInput): Promise<RetryDeliveryResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(RetryDeliveryInput, raw);
  return inTransaction(ctx, async ({ db, workspace, log }) => {
    const ticket = await lockTicketForUpdate(db, workspace.id, input.ticketNumber);
    const message = await db.message.findFirst({
      where: { id: input.messageId, workspaceId: workspace.id, ticketId: ticket.id },
      select: { id: true, kind: true, delivery: { select: { id: true, status: true } } },
    });
    if (!message) throw new AppError("NOT_FOUND", "Message not found");
    if (!message.delivery || (message.kind !== "REPLY" && message.kind !== "AUTO_REPLY")) {
      throw new AppError("CONFLICT", "Only a reply that could not be delivered can be retried");
    }
    if (message.delivery.status !== "FAILED") throw new AppError("CONFLICT", "This reply has not failed; there is nothing to retry");
    await db.messageDelivery.update({
      where: { id: message.delivery.id, workspaceId: workspace.id },
      data: { status: "QUEUED", attempts: 0, lastError: null, nextAttemptAt: new Date() },
    });
    await wakeMailSender(db);
    await notifyTicketChanged(db, { workspaceId: workspace.id, ticketId: ticket.id, number: ticket.number, version: ticket.version, kind: "delivery" });
    log.info({ ticketId: ticket.id, messageId: message.id }, "delivery queued again");
    return { messageId: message.id, ticketNumber: ticket.number };
  });
}
