// The internal note that tells agents a mail of ours did not reach the customer (the sender gave
// up, or a bounce came back), in the workspace's language, written by Shopdesk on the message's
// ticket; the note bumps the ticket's version and announces the change, so it shows live.
import type { Ctx } from "@/server/context";
import { addSystemNote } from "@/server/tickets/add-system-note";
import { mailTranslator, pickLocale } from "./mail-texts";

export async function addDeliveryFailedNote(ctx: Ctx, input: { messageId: string; reason: string }): Promise<void> {
  const message = await ctx.db.message.findFirst({
    where: { id: input.messageId, workspaceId: ctx.workspace.id },
    select: { kind: true, ticketId: true, ticket: { select: { customer: { select: { email: true } } } } },
  });
  if (!message) return;
  const t = mailTranslator(pickLocale(ctx.workspace.defaultLocale));
  const values = { recipient: message.ticket.customer.email, reason: input.reason };
  const text = message.kind === "AUTO_REPLY" ? t("acknowledgementFailedNote", values) : t("deliveryFailedNote", values);
  await addSystemNote(ctx, { ticketId: message.ticketId, text });
}
