// The worker's SLA sweep (issue 17), every minute over every workspace (queue sla.sweep), like the
// snooze sweep: it reads no content and acts on no member's behalf.
// 1. Workspaces whose policies or calendars changed (markSlaStale): every open and pending ticket's
//    SLA is worked out again under the new rules, 200 tickets per transaction, in id order from
//    where the last run stopped (Workspace.slaRecomputeAfter). A change of rules pages nobody about
//    the past: notices already due then are recorded as sent, unsent (the inbox shows those
//    tickets overdue all the same). A new policy over a busy workspace, or the demo's, would
//    otherwise ring every agent's bell for every old ticket at once.
// 2. Tickets whose `slaSweepAt` has come: their SLA is worked out at now, which marks a deadline
//    that passed as breached (SlaCycle), and the notices due are sent (sla-notices.ts): to the
//    assignee or, unassigned, to every agent and admin, in the bell at once, by email in one digest
//    per member at the end of the run (notification-digest.ts). Each notice is recorded
//    (SlaWarning) in the transaction that writes it, so none goes twice. Tickets are claimed
//    FOR UPDATE SKIP LOCKED: one being changed right now is refreshed by that change, and several
//    workers share the sweep.
// A sweep shares the database with agents at work: after each batch it rests as long as the batch
// took (SLA_SWEEP_PACE), so a backlog (a recompute, an outage's worth of breaches) keeps to about
// half of the time, and a run stops after SLA_SWEEP_BUDGET_MS, the next minute's run going on
// where it stopped. bench:sla measures the inbox beside it (goal: the list's p95 at most 20% up):
// at 100,000 breaching tickets, resting as long as each batch took measured 11-12%, resting twice
// as long 19.5% (the noise of a shared 2-core machine is larger than the difference), and the
// sweep takes 13 minutes instead of 21.
import { setTimeout as sleep } from "node:timers/promises";
import type { Db, DbTx, Prisma } from "@/server/db";
import type { Logger } from "@/server/logger";
import { mailNotificationDigests } from "@/server/notifications/notification-digest";
import { notifyMembersOfMany } from "@/server/notifications/notify-members";
import { computeTicketSla, METRIC, storeTicketSla, ticketNotices, type ComputedTicketSla } from "./refresh-ticket-sla";
import { mostUrgent, noticeKey, noticesDue, type SlaNotice } from "./sla-notices";
import { loadSlaPolicies } from "./sla-policy.queries";

/** Tickets per recompute transaction, so a sweep after downtime never holds many row locks at once. */
export const SLA_SWEEP_BATCH = 200;
/**
 * Due tickets per transaction: fewer, since each may send notices (a notification and a mail per
 * recipient; an unassigned ticket's go to every agent). bench:sla found 200 overran Prisma's
 * default 5 s transaction when every ticket breached at once; the timeout is raised as well.
 */
export const SLA_NOTICE_BATCH = 50;
const NOTICE_TX = { timeout: 60_000, maxWait: 10_000 };
/** After each batch, the sweep rests this many times as long as the batch took. */
export const SLA_SWEEP_PACE = 1;
/**
 * A run ends after this long, with work left for the next run (a minute later): well inside the
 * queue's expiry, so a long backlog never has two runs side by side.
 */
export const SLA_SWEEP_BUDGET_MS = 4 * 60_000;

/** What the sweep hands over to be told to agents: one notice of one ticket, and who is to get it. */
export type SlaNoticeDelivery = { workspaceId: string; ticketId: string; memberIds: string[]; notice: SlaNotice };
/** Tells agents about notices of one workspace, in the sweep's transaction (in-app rows and queued mail). */
export type SendSlaNotice = (db: DbTx, deliveries: SlaNoticeDelivery[]) => Promise<void>;

/** `complete`: false when the run's budget ran out with work left (the next run goes on). */
export type SlaSweepResult = { recomputed: number; swept: number; notices: number; mails: number; complete: boolean };

/** In the bell at once and by email in the run's digest (notify-members.ts), a batch at a time. */
export const notifySlaNotice: SendSlaNotice = async (db, deliveries) => {
  await notifyMembersOfMany(
    db,
    deliveries.map(({ workspaceId, ticketId, memberIds, notice }) => {
      const warning = notice.beforeMinutes > 0;
      return {
        workspaceId,
        ticketId,
        memberIds,
        kind: warning ? "sla_warning" : "sla_breach",
        data: { metric: notice.metric, dueAt: notice.dueAt, ...(warning ? { leadMinutes: notice.beforeMinutes } : {}) },
      };
    }),
    { mail: "digest" },
  );
};

/**
 * `workspaceId` keeps a sweep to one workspace (tests, the benchmark); the worker sweeps them all.
 * `send` tells agents (notifySlaNotice unless given). `pace` and `budgetMs` as SLA_SWEEP_PACE and
 * SLA_SWEEP_BUDGET_MS.
 */
export type SlaSweepOptions = { now?: Date; workspaceId?: string; send?: SendSlaNotice; pace?: number; budgetMs?: number };

/** Runs batches while they come full, resting between them, until the budget is spent. */
type Pacer = { next: <T>(batch: () => Promise<T>) => Promise<T>; spent: () => boolean };

function pacer(pace: number, budgetMs: number): Pacer {
  const end = performance.now() + budgetMs;
  let rest = 0;
  return {
    async next(batch) {
      if (rest > 0) await sleep(rest);
      const t0 = performance.now();
      const out = await batch();
      rest = (performance.now() - t0) * pace;
      return out;
    },
    spent: () => performance.now() + rest >= end,
  };
}

export async function sweepSla(db: Db, log: Logger, opts: SlaSweepOptions = {}): Promise<SlaSweepResult> {
  const now = opts.now ?? new Date();
  const send = opts.send ?? notifySlaNotice;
  const only = opts.workspaceId ?? null;
  const pace = pacer(opts.pace ?? SLA_SWEEP_PACE, opts.budgetMs ?? SLA_SWEEP_BUDGET_MS);
  const result: SlaSweepResult = { recomputed: 0, swept: 0, notices: 0, mails: 0, complete: true };
  const recompute = await recomputeStaleWorkspaces(db, log, now, only, pace);
  result.recomputed = recompute.recomputed;
  result.complete = recompute.complete;
  while (result.complete) {
    const batch = await pace.next(() => db.$transaction((tx) => sweepDue(tx, log, send, now, only), NOTICE_TX));
    result.swept += batch.seen;
    result.notices += batch.notices;
    if (batch.seen < SLA_NOTICE_BATCH) break;
    if (pace.spent()) result.complete = false;
  }
  // Also mails what a run that died before this step left marked.
  result.mails = (await mailNotificationDigests(db, log, { now, workspaceId: opts.workspaceId })).mails;
  if (result.recomputed + result.swept > 0) log.info({ ...result, at: now.toISOString() }, result.complete ? "SLA sweep done" : "SLA sweep paused, the next run goes on");
  else log.debug({ at: now.toISOString() }, "no SLA work due");
  return result;
}

const FIRST_ID = "00000000-0000-0000-0000-000000000000";

async function recomputeStaleWorkspaces(db: Db, log: Logger, now: Date, only: string | null, pace: Pacer): Promise<{ recomputed: number; complete: boolean }> {
  let recomputed = 0;
  const stale = await db.workspace.findMany({
    where: { slaRecomputeAt: { not: null }, ...(only ? { id: only } : {}) },
    select: { id: true, slaRecomputeAt: true, slaRecomputeAfter: true },
  });
  for (const ws of stale) {
    const policies = await loadSlaPolicies(ws.id, db);
    const since = ws.slaRecomputeAt!;
    let after = ws.slaRecomputeAfter ?? FIRST_ID;
    for (;;) {
      const step = await pace.next(() =>
        db.$transaction(async (tx) => {
          const rows = await tx.$queryRaw<Array<{ id: string }>>`
            SELECT "id"::text AS "id" FROM "Ticket"
             WHERE "workspaceId" = ${ws.id}::uuid AND "status" <> 'CLOSED' AND "id" > ${after}::uuid
             ORDER BY "id" LIMIT ${SLA_SWEEP_BATCH}`;
          const computed = await computeTicketSla(tx, ws.id, rows.map((r) => r.id), now, policies);
          await recordPastNotices(tx, ws.id, computed, now);
          await storeTicketSla(tx, ws.id, computed, now);
          const last = rows.at(-1)?.id;
          // Where the next run goes on from; nothing when the rules changed again meanwhile.
          const kept = last ? await tx.workspace.updateMany({ where: { id: ws.id, slaRecomputeAt: since }, data: { slaRecomputeAfter: last } }) : { count: 1 };
          return { ids: rows.length, last, current: kept.count === 1 };
        }),
      );
      recomputed += step.ids;
      // The rules changed again: the next run starts this workspace over.
      if (!step.current) break;
      if (step.ids < SLA_SWEEP_BATCH) {
        await db.workspace.updateMany({ where: { id: ws.id, slaRecomputeAt: since }, data: { slaRecomputeAt: null, slaRecomputeAfter: null } });
        log.info({ workspaceId: ws.id, recomputed }, "SLA deadlines recomputed after a change of policies or calendars");
        break;
      }
      after = step.last!;
      if (recomputed % 10_000 < SLA_SWEEP_BATCH) log.info({ workspaceId: ws.id, recomputed }, "recomputing SLA deadlines");
      if (pace.spent()) {
        log.info({ workspaceId: ws.id, recomputed }, "SLA recompute paused, the next run goes on");
        return { recomputed, complete: false };
      }
    }
  }
  return { recomputed, complete: true };
}

/** The notices of these tickets that are due at `now`, recorded as sent without telling anyone. */
async function recordPastNotices(tx: DbTx, workspaceId: string, computed: readonly ComputedTicketSla[], now: Date): Promise<void> {
  const rows = computed.flatMap((c) =>
    ticketNotices(c)
      .map(({ notice }) => notice)
      .filter((n) => n.at.getTime() <= now.getTime() && !c.sent.has(noticeKey(n)))
      .map((n) => {
        c.sent.add(noticeKey(n));
        return { workspaceId, ticketId: c.ticketId, metric: METRIC[n.metric], cycleStartedAt: n.cycleStartedAt, beforeMinutes: n.beforeMinutes, sentAt: now };
      }),
  );
  if (rows.length > 0) await tx.slaWarning.createMany({ data: rows, skipDuplicates: true });
}

async function sweepDue(tx: DbTx, log: Logger, send: SendSlaNotice, now: Date, only: string | null): Promise<{ seen: number; notices: number }> {
  const due = await tx.$queryRaw<Array<{ id: string; workspaceId: string }>>`
    SELECT "id"::text AS "id", "workspaceId"::text AS "workspaceId"
      FROM "Ticket"
     WHERE "slaSweepAt" <= ${now} AND (${only}::uuid IS NULL OR "workspaceId" = ${only}::uuid)
     ORDER BY "slaSweepAt"
     LIMIT ${SLA_NOTICE_BATCH}
       FOR UPDATE SKIP LOCKED`;
  const byWorkspace = new Map<string, string[]>();
  for (const t of due) byWorkspace.set(t.workspaceId, [...(byWorkspace.get(t.workspaceId) ?? []), t.id]);
  let notices = 0;
  for (const [workspaceId, ids] of byWorkspace) {
    const computed = await computeTicketSla(tx, workspaceId, ids, now);
    const recipients = noticeRecipients(tx, workspaceId);
    const sent: Prisma.SlaWarningCreateManyInput[] = [];
    const deliveries: SlaNoticeDelivery[] = [];
    for (const c of computed) {
      const due = await dueNotices(workspaceId, c, now, recipients);
      sent.push(...due.sent);
      deliveries.push(...due.deliveries);
    }
    if (sent.length > 0) await tx.slaWarning.createMany({ data: sent, skipDuplicates: true });
    if (deliveries.length > 0) await send(tx, deliveries);
    notices += deliveries.length;
    await storeTicketSla(tx, workspaceId, computed, now);
    // A ticket whose SLA could not be worked out (logged) is looked at again later, not in a loop now.
    const done = new Set(computed.map((c) => c.ticketId));
    const failed = ids.filter((id) => !done.has(id));
    if (failed.length > 0) {
      await tx.$executeRaw`UPDATE "Ticket" SET "slaSweepAt" = ${new Date(now.getTime() + 15 * 60_000)} WHERE "id" = ANY(${failed}::uuid[])`;
      log.warn({ workspaceId, tickets: failed.length }, "SLA sweep skipped tickets it could not evaluate; retrying in 15 minutes");
    }
  }
  return { seen: due.length, notices };
}

/**
 * The ticket's notices due now: the SlaWarning rows that record them as sent (all of them), and
 * what is to be told, to whom (the most urgent per clock cycle).
 */
async function dueNotices(workspaceId: string, c: ComputedTicketSla, now: Date, recipients: Recipients): Promise<{ sent: Prisma.SlaWarningCreateManyInput[]; deliveries: SlaNoticeDelivery[] }> {
  const due = ticketNotices(c).flatMap(({ notice, policy }) => noticesDue([notice], c.sent, now, policy.calendar));
  if (due.length === 0) return { sent: [], deliveries: [] };
  for (const n of due) c.sent.add(noticeKey(n));
  const memberIds = await recipients(c.assigneeId);
  return {
    sent: due.map((n) => ({ workspaceId, ticketId: c.ticketId, metric: METRIC[n.metric], cycleStartedAt: n.cycleStartedAt, beforeMinutes: n.beforeMinutes, sentAt: now })),
    deliveries: memberIds.length === 0 ? [] : mostUrgent(due).map((notice) => ({ workspaceId, ticketId: c.ticketId, memberIds, notice })),
  };
}

type Recipients = (assigneeId: string | null) => Promise<string[]>;

/**
 * Who gets a ticket's notices: its assignee while active; else every active agent and admin of the
 * workspace. The workspace's members are read once per batch.
 */
function noticeRecipients(tx: DbTx, workspaceId: string): Recipients {
  let members: Promise<Array<{ id: string; role: string }>> | null = null;
  return async (assigneeId) => {
    members ??= tx.member.findMany({ where: { workspaceId, deactivatedAt: null }, select: { id: true, role: true }, orderBy: { id: "asc" } });
    const active = await members;
    if (assigneeId && active.some((m) => m.id === assigneeId)) return [assigneeId];
    return active.filter((m) => m.role === "AGENT" || m.role === "ADMIN").map((m) => m.id);
  };
}
