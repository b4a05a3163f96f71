// An admin deletes a mailbox. Its tickets stay (they reply through the default mailbox from
// then on); when it was the default, the oldest remaining mailbox becomes the default.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { parseInput } from "@/server/validate";
import { mailboxAuditFields, mailboxTarget } from "./mailbox-audit";
import { MailboxIdInput } from "./mailbox.schemas";
import { getMailboxRow, lockWorkspaceMailboxes, notifyMailboxesChanged } from "./mailbox.queries";

export async function deleteMailbox(ctx: Ctx, raw: MailboxIdInput): Promise<{ id: string; newDefaultId: string | null }> {
  requireRole(ctx, "ADMIN");
  const { mailboxId } = parseInput(MailboxIdInput, raw);
  const workspaceId = ctx.workspace.id;
  const newDefaultId = await inTransaction(ctx, async (tx) => {
    await lockWorkspaceMailboxes(tx.db, workspaceId);
    const row = await getMailboxRow(tx, mailboxId);
    await tx.db.mailbox.delete({ where: { id: mailboxId, workspaceId } });
    await recordAudit(tx.db, ctx, { action: "mailbox.deleted", target: mailboxTarget(row), before: mailboxAuditFields(row) });
    await notifyMailboxesChanged(tx.db);
    if (!row.isDefault) return null;
    const next = await tx.db.mailbox.findFirst({
      where: { workspaceId },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (next) await tx.db.mailbox.update({ where: { id: next.id, workspaceId }, data: { isDefault: true } });
    return next?.id ?? null;
  });
  ctx.log.info({ workspaceId, mailboxId, newDefaultId }, "mailbox deleted");
  return { id: mailboxId, newDefaultId };
}
