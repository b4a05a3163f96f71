// "A reply leaves the ticket unassigned" (issue 18): a member's reply to a ticket nobody owns
// makes them its owner, as in Zendesk and Help Scout, unless an admin turned the workspace's
// assignOnFirstReply off. Only members own tickets: a reply through an API token (an
// integration, not a person) or by the system assigns no one. Light agents cannot reply at all.
import type { Actor } from "@/server/context";
import type { DbTx } from "@/server/db";
import { readWorkspaceSettings } from "@/server/workspaces/workspace-settings";

/** The member the reply should assign the ticket to, or null to leave the assignee alone. */
export async function firstReplyAssignee(
  db: DbTx,
  workspaceId: string,
  actor: Actor,
  ticket: { assigneeId: string | null },
): Promise<string | null> {
  if (ticket.assigneeId !== null || actor.type !== "member" || actor.role === "LIGHT_AGENT") return null;
  const { assignOnFirstReply } = await readWorkspaceSettings(db, workspaceId);
  return assignOnFirstReply ? actor.memberId : null;
}
