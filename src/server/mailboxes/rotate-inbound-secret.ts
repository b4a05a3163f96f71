// An admin replaces a mailbox's inbound secret (the Bearer secret of raw MIME posts): the old one
// stops working at once, the new one is returned this once and only its sha256 is kept.
import { requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MailboxIdInput } from "./mailbox.schemas";
import { getMailboxRow, newInboundSecret } from "./mailbox.queries";

export async function rotateInboundSecret(ctx: Ctx, raw: MailboxIdInput): Promise<{ mailboxId: string; inboundSecret: string }> {
  requireRole(ctx, "ADMIN");
  const { mailboxId } = parseInput(MailboxIdInput, raw);
  await getMailboxRow(ctx, mailboxId);
  const { secret, hash } = newInboundSecret();
  await ctx.db.mailbox.update({ where: { id: mailboxId, workspaceId: ctx.workspace.id }, data: { inboundSecretHash: hash } });
  ctx.log.info({ workspaceId: ctx.workspace.id, mailboxId }, "mailbox inbound secret rotated");
  return { mailboxId, inboundSecret: secret };
}
