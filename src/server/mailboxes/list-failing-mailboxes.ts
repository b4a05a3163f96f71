// The workspace's mailboxes whose last fetch or send failed, for the inbox's banner: every member
// should know when mail may not be arriving; only admins get the link to fix it.
import type { Ctx } from "@/server/context";

export async function listFailingMailboxes(ctx: Ctx): Promise<{ id: string; name: string; address: string }[]> {
  return ctx.db.mailbox.findMany({
    where: { workspaceId: ctx.workspace.id, lastErrorCode: { not: null } },
    select: { id: true, name: true, address: true },
    orderBy: { address: "asc" },
  });
}
