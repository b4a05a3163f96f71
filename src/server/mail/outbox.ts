// The outbox's write side: a delivery row in the caller's transaction, and for mail a pg_notify
// (delivered on commit only) that wakes the worker's sender, so a reply leaves within moments and
// never before the transaction that wrote it has committed. The sender's every-minute schedule
// covers a wake-up lost while no worker listened.
import type { Channel } from "@/generated/prisma/enums";
import type { DbTx } from "@/server/db";

/** Channel of the pg_notify that wakes the mail sender (src/worker/mail-listener.ts). */
export const OUTBOUND_MAIL_CHANNEL = "shopdesk_outbound_mail";

/** Queues the delivery of a REPLY or AUTO_REPLY message; only the mail sender ever sends it. */
export async function queueDelivery(db: DbTx, input: { workspaceId: string; messageId: string; channel: Channel; now: Date }): Promise<void> {
  await db.messageDelivery.create({
    data: { workspaceId: input.workspaceId, messageId: input.messageId, channel: input.channel, createdAt: input.now, nextAttemptAt: input.now },
  });
  if (input.channel === "EMAIL") await wakeMailSender(db);
}

/** Wakes the sender once the caller's transaction commits (a re-queued delivery, a retry). */
export async function wakeMailSender(db: DbTx): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${OUTBOUND_MAIL_CHANNEL}, '')`;
}
