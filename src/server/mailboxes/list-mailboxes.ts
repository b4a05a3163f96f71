// The workspace's mailboxes for admins, the default first, then by address.
import { requireRole, type Ctx } from "@/server/context";
import { parseInput } from "@/server/validate";
import { MailboxIdInput, type MailboxView } from "./mailbox.schemas";
import { getMailboxRow, MAILBOX_SELECT, toMailboxView } from "./mailbox.queries";

export async function listMailboxes(ctx: Ctx, _input: Record<string, never> = {}): Promise<MailboxView[]> {
  requireRole(ctx, "ADMIN");
  const rows = await ctx.db.mailbox.findMany({
    where: { workspaceId: ctx.workspace.id },
    select: MAILBOX_SELECT,
    orderBy: [{ isDefault: "desc" }, { address: "asc" }],
  });
  return rows.map(toMailboxView);
}

export async function getMailbox(ctx: Ctx, raw: MailboxIdInput): Promise<MailboxView> {
  requireRole(ctx, "ADMIN");
  const { mailboxId } = parseInput(MailboxIdInput, raw);
  return toMailboxView(await getMailboxRow(ctx, mailboxId));
}
