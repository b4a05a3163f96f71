// An admin replaces a mailbox's inbound secret (the Bearer secret of raw MIME posts): the old one
// stops working at once, the new one is returned this once and only its sha256 is kept.
import { recordAudit } from "@/server/audit/record-audit";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MailboxIdInput } from "./mailbox.schemas";
import { getMailboxRow, newInboundSecret } from "./mailbox.queries";
import { mailboxTarget } from "./mailbox-audit";

export async function rotateInboundSecret(ctx: Ctx, raw: MailboxIdInput): Promise<{ mailboxId: string; inboundSecret: string }> {
  requireRole(ctx, "ADMIN");
  const { mailboxId } = parseInput(MailboxIdInput, raw);
  const { secret, hash } = newInboundSecret();
  await inTransaction(ctx, async (tx) => {
    const row = await getMailboxRow(tx, mailboxId);
    await tx.db.mailbox.update({ where: { id: mailboxId, workspaceId: ctx.workspace.id }, data: { inboundSecretHash: hash } });
    await recordAudit(tx.db, ctx, { action: "mailbox.inbound_secret_rotated", target: mailboxTarget(row), secrets: { inboundSecret: { before: true, after: true } } });
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, mailboxId }, "mailbox inbound secret rotated");
  return { mailboxId, inboundSecret: secret };
}
