// An admin changes a mailbox: any of its fields, IMAP/SMTP settings merged over the stored ones
// (a password replaced only when given, null removes the settings), the acknowledgement texts
// merged by language (null goes back to the built-in text), or makes it the default,
// which the old default stops being in the same transaction.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { Prisma } from "@/server/db";
import { mailboxAuditFields, mailboxSecrets, mailboxTarget } from "./mailbox-audit";
import { mergeTemplates } from "@/server/mail/auto-acknowledge-templates";
import { parseInput } from "@/server/validate";
import { UpdateMailboxInput, type MailboxView } from "./mailbox.schemas";
import { mergedImapColumns, mergedSmtpColumns } from "./mailbox-settings";
import { addressTaken, assertAddressFree, getMailboxRow, lockWorkspaceMailboxes, MAILBOX_SELECT, notifyMailboxesChanged, toMailboxView } from "./mailbox.queries";

export async function updateMailbox(ctx: Ctx, raw: UpdateMailboxInput): Promise<MailboxView> {
  requireRole(ctx, "ADMIN");
  const { mailboxId, imap, smtp, isDefault, autoAcknowledgeTemplates, ...fields } = parseInput(UpdateMailboxInput, raw);
  const workspaceId = ctx.workspace.id;
  try {
    const row = await inTransaction(ctx, async (tx) => {
      await lockWorkspaceMailboxes(tx.db, workspaceId);
      const current = await getMailboxRow(tx, mailboxId);
      if (fields.address !== undefined) await assertAddressFree(tx.db, workspaceId, fields.address, mailboxId);
      const [imapCols, smtpCols] = await Promise.all([mergedImapColumns(current, imap), mergedSmtpColumns(current, smtp)]);
      await notifyMailboxesChanged(tx.db);
      if (isDefault && !current.isDefault) {
        await tx.db.mailbox.updateMany({ where: { workspaceId, isDefault: true }, data: { isDefault: false } });
      }
      const saved = await tx.db.mailbox.update({
        where: { id: mailboxId, workspaceId },
        data: {
          ...(fields.name !== undefined ? { name: fields.name } : {}),
          ...(fields.address !== undefined ? { address: fields.address } : {}),
          ...(fields.autoAcknowledge !== undefined ? { autoAcknowledge: fields.autoAcknowledge } : {}),
          ...(autoAcknowledgeTemplates !== undefined
            ? { autoAcknowledgeTemplates: mergeTemplates(current.autoAcknowledgeTemplates, autoAcknowledgeTemplates) ?? Prisma.DbNull }
            : {}),
          ...(isDefault ? { isDefault: true } : {}),
          ...imapCols,
          ...smtpCols,
        },
        select: MAILBOX_SELECT,
      });
      await recordAudit(tx.db, ctx, {
        action: "mailbox.updated",
        target: mailboxTarget(saved),
        before: mailboxAuditFields(current),
        after: mailboxAuditFields(saved),
        secrets: mailboxSecrets(current, saved),
      });
      return saved;
    });
    ctx.log.info({ workspaceId, mailboxId }, "mailbox updated");
    return toMailboxView(row);
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") addressTaken(e);
    throw e;
  }
}
