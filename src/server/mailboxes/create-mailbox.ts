// An admin adds a mailbox: the shop's address, optional IMAP and SMTP settings (passwords sealed),
// a random forwarding address, and an inbound secret shown once. The workspace's first mailbox
// is its default.
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import { recordAudit } from "@/server/audit/record-audit";
import { Prisma } from "@/server/db";
import { mailboxAuditFields, mailboxSecrets, mailboxTarget } from "./mailbox-audit";
import { parseInput } from "@/server/validate";
import { CreateMailboxInput, type CreatedMailboxView } from "./mailbox.schemas";
import { imapColumns, smtpColumns } from "./mailbox-settings";
import {
  addressTaken,
  assertAddressFree,
  lockWorkspaceMailboxes,
  MAILBOX_SELECT,
  newForwardingKey,
  newInboundSecret,
  notifyMailboxesChanged,
  toMailboxView,
} from "./mailbox.queries";

export async function createMailbox(ctx: Ctx, raw: CreateMailboxInput): Promise<CreatedMailboxView> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(CreateMailboxInput, raw);
  const workspaceId = ctx.workspace.id;
  const [imap, smtp] = await Promise.all([imapColumns(input.imap), smtpColumns(input.smtp)]);
  const inbound = newInboundSecret();
  try {
    const row = await inTransaction(ctx, async (tx) => {
      await lockWorkspaceMailboxes(tx.db, workspaceId);
      await assertAddressFree(tx.db, workspaceId, input.address);
      const first = (await tx.db.mailbox.count({ where: { workspaceId } })) === 0;
      await notifyMailboxesChanged(tx.db);
      const created = await tx.db.mailbox.create({
        data: {
          workspaceId,
          name: input.name,
          address: input.address,
          forwardingKey: newForwardingKey(),
          inboundSecretHash: inbound.hash,
          isDefault: first,
          autoAcknowledge: input.autoAcknowledge ?? false,
          ...(input.autoAcknowledgeTemplates && Object.keys(input.autoAcknowledgeTemplates).length > 0
            ? { autoAcknowledgeTemplates: input.autoAcknowledgeTemplates }
            : {}),
          ...imap,
          ...smtp,
        },
        select: MAILBOX_SELECT,
      });
      await recordAudit(tx.db, ctx, { action: "mailbox.created", target: mailboxTarget(created), after: mailboxAuditFields(created), secrets: mailboxSecrets(null, created) });
      return created;
    });
    ctx.log.info({ workspaceId, mailboxId: row.id, isDefault: row.isDefault }, "mailbox created");
    return { ...toMailboxView(row), inboundSecret: inbound.secret };
  } catch (e) {
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") addressTaken(e);
    throw e;
  }
}
