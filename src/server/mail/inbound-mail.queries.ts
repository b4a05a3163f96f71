// Reads of raw inbound mail for the API, and the inbound-secret credential of a mailbox.
import "server-only";
import { timingSafeEqual } from "node:crypto";
import { systemCtx, type Ctx, WORKSPACE_REF_SELECT } from "@/server/context";
import type { DbTx, InboundStatus, ThreadedBy } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { sha256Hex } from "@/server/tokens";

/**
 * The ctx a mailbox's inbound secret grants: the system, in that mailbox's workspace, for posting
 * mail to that mailbox only. Null when `bearer` is not that mailbox's secret (it may still be an
 * API token of the workspace).
 */
export async function inboundSecretCtx(db: DbTx, log: Logger, mailboxId: string, bearer: string): Promise<Ctx | null> {
  const mailbox = await db.mailbox.findUnique({
    where: { id: mailboxId },
    select: { id: true, inboundSecretHash: true, workspace: { select: WORKSPACE_REF_SELECT } },
  });
  if (!mailbox?.inboundSecretHash) return null;
  const given = Buffer.from(sha256Hex(bearer), "hex");
  const stored = Buffer.from(mailbox.inboundSecretHash, "hex");
  if (given.length !== stored.length || !timingSafeEqual(given, stored)) return null;
  return systemCtx(db, mailbox.workspace, log.child({ workspaceId: mailbox.workspace.id, mailboxId }), "inbound-secret");
}

export type InboundMailState = {
  id: string;
  status: Lowercase<InboundStatus>;
  ticketNumber: number | null;
  messageId: string | null;
  threadedBy: "references" | "token" | "subject-number" | "new" | null;
  reason: string | null;
};

const THREADED_BY: Record<ThreadedBy, NonNullable<InboundMailState["threadedBy"]>> = {
  REFERENCES: "references",
  TOKEN: "token",
  SUBJECT_NUMBER: "subject-number",
  NEW: "new",
};

/** Where a raw message of this workspace stands; NOT_FOUND for another workspace's id. */
export async function getInboundMailState(ctx: Ctx, id: string): Promise<InboundMailState> {
  const row = await ctx.db.inboundMail.findFirst({
    where: { id, workspaceId: ctx.workspace.id },
    select: { id: true, status: true, threadedBy: true, reason: true, message: { select: { id: true, ticket: { select: { number: true } } } } },
  });
  if (!row) throw new AppError("NOT_FOUND", "Not found");
  return {
    id: row.id,
    status: row.status.toLowerCase() as InboundMailState["status"],
    ticketNumber: row.message?.ticket.number ?? null,
    messageId: row.message?.id ?? null,
    threadedBy: row.threadedBy ? THREADED_BY[row.threadedBy] : null,
    reason: row.reason,
  };
}
