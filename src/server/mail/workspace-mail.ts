// The write side of the workspace-mail outbox: mail of a workspace that is no ticket message (a
// customer portal sign-in link). Queued in the caller's transaction, so it leaves only once what
// caused it has committed; the subject and text are sealed at rest (they may hold a secret link)
// and the same pg_notify as ticket mail wakes the worker's sender (send-workspace-mail.ts).
import type { OutboundMailKind } from "@/generated/prisma/enums";
import type { DbTx } from "@/server/db";
import { wakeMailSender } from "./outbox";
import { keyring, openSecret, sealSecret } from "./secret-box";

export type WorkspaceMailContent = { subject: string; text: string };

export type QueuedWorkspaceMail = { workspaceId: string; kind: OutboundMailKind; to: string; locale: string; content: WorkspaceMailContent; now: Date };

export async function queueWorkspaceMail(db: DbTx, input: QueuedWorkspaceMail): Promise<void> {
  await queueWorkspaceMails(db, [input]);
}

/** Several mails in one statement, and one wake of the sender (the SLA sweep's notices). */
export async function queueWorkspaceMails(db: DbTx, inputs: readonly QueuedWorkspaceMail[]): Promise<void> {
  if (inputs.length === 0) return;
  const keys = await keyring();
  await db.outboundMail.createMany({
    data: inputs.map((input) => ({
      workspaceId: input.workspaceId,
      kind: input.kind,
      toAddress: input.to,
      locale: input.locale,
      contentEnc: sealSecret(JSON.stringify({ subject: input.content.subject, text: input.content.text }), keys),
      createdAt: input.now,
      nextAttemptAt: input.now,
    })),
  });
  await wakeMailSender(db);
}

/** Opens a queued mail's sealed content; throws when it cannot (another server's key, tampering). */
export async function openWorkspaceMailContent(contentEnc: string): Promise<WorkspaceMailContent> {
  const parsed = JSON.parse(openSecret(contentEnc, await keyring())) as Partial<WorkspaceMailContent>;
  if (typeof parsed.subject !== "string" || typeof parsed.text !== "string") throw new Error("The sealed mail content is not a subject and a text");
  return { subject: parsed.subject, text: parsed.text };
}
