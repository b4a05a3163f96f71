// The Suspended list (suspension.ts says why mail lands there): agents see who sent it, the subject
// and the reason, and either recover it, which queues it again to be processed without the
// suspension checks (it becomes a ticket or joins its thread within seconds), or delete it, which
// keeps the raw message but marks it ignored with who deleted it: nothing disappears without trace.
import { z } from "zod";
import { inTransaction, requireRole, type Ctx } from "@/server/context";
import type { Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { INBOUND_MAIL_CHANNEL } from "./accept-raw-mail";

export const SuspendedMailIdInput = z.object({ inboundMailId: z.uuid() });
export type SuspendedMailIdInput = z.input<typeof SuspendedMailIdInput>;

export type SuspendedMail = {
  id: string;
  mailbox: string;
  from: { name: string | null; address: string } | null;
  subject: string | null;
  reason: string;
  receivedAt: Date;
};

const LIST_LIMIT = 200;

function summaryOf(json: Prisma.JsonValue | null): { from: SuspendedMail["from"]; subject: string | null } {
  const s = (json ?? {}) as { from?: { name?: unknown; address?: unknown }; subject?: unknown };
  const address = typeof s.from?.address === "string" ? s.from.address : null;
  return {
    from: address ? { name: typeof s.from?.name === "string" ? s.from.name : null, address } : null,
    subject: typeof s.subject === "string" ? s.subject : null,
  };
}

/** The workspace's suspended mail, newest first (at most 200; the count says how many in all). */
export async function listSuspendedMail(ctx: Ctx): Promise<{ items: SuspendedMail[]; total: number }> {
  requireRole(ctx, "AGENT");
  const where = { workspaceId: ctx.workspace.id, status: "SUSPENDED" as const };
  const [rows, total] = await Promise.all([
    ctx.db.inboundMail.findMany({
      where,
      select: { id: true, reason: true, summary: true, receivedAt: true, mailbox: { select: { address: true } } },
      orderBy: [{ receivedAt: "desc" }, { id: "desc" }],
      take: LIST_LIMIT,
    }),
    ctx.db.inboundMail.count({ where }),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, mailbox: r.mailbox.address, ...summaryOf(r.summary), reason: r.reason ?? "", receivedAt: r.receivedAt })),
    total,
  };
}

/** How many are waiting, for the inbox's notice (every member may know). */
export async function countSuspendedMail(ctx: Ctx): Promise<number> {
  return ctx.db.inboundMail.count({ where: { workspaceId: ctx.workspace.id, status: "SUSPENDED" } });
}

async function lockSuspended(ctx: Ctx, db: Ctx["db"], inboundMailId: string): Promise<void> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT "id"::text AS "id" FROM "InboundMail"
     WHERE "id" = ${inboundMailId}::uuid AND "workspaceId" = ${ctx.workspace.id}::uuid AND "status" = 'SUSPENDED'
     FOR UPDATE`;
  if (rows.length === 0) throw new AppError("NOT_FOUND", "No such suspended mail in this workspace");
}

export async function recoverSuspendedMail(ctx: Ctx, raw: SuspendedMailIdInput): Promise<{ id: string }> {
  requireRole(ctx, "AGENT");
  const { inboundMailId } = parseInput(SuspendedMailIdInput, raw);
  await inTransaction(ctx, async ({ db }) => {
    await lockSuspended(ctx, db, inboundMailId);
    await db.inboundMail.update({
      where: { id: inboundMailId },
      data: { status: "QUEUED", releasedAt: new Date(), attempts: 0, processedAt: null, reason: null },
    });
    // The worker's processing job wakes on commit, as for newly arrived mail.
    await db.$executeRaw`SELECT pg_notify(${INBOUND_MAIL_CHANNEL}, ${inboundMailId})`;
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, inboundMailId }, "suspended mail recovered");
  return { id: inboundMailId };
}

export async function deleteSuspendedMail(ctx: Ctx, raw: SuspendedMailIdInput): Promise<{ id: string }> {
  requireRole(ctx, "AGENT");
  const { inboundMailId } = parseInput(SuspendedMailIdInput, raw);
  const who = ctx.actor.type === "member" ? `member ${ctx.actor.memberId}` : ctx.actor.type;
  await inTransaction(ctx, async ({ db }) => {
    await lockSuspended(ctx, db, inboundMailId);
    await db.inboundMail.update({
      where: { id: inboundMailId },
      data: { status: "IGNORED", reason: `deleted from Suspended by ${who}`, processedAt: new Date() },
    });
  });
  ctx.log.info({ workspaceId: ctx.workspace.id, inboundMailId }, "suspended mail deleted");
  return { id: inboundMailId };
}
