// A ticket's stored SLA state (issue 17): the columns the inbox sorts and shows ("due in 2 h"), the
// API's `sla` object, its clock cycles for the reports (SlaCycle), and when the sweep must look at
// it again (a warning to send, a deadline to mark breached). Worked out from the ticket's history
// (ticket-sla-history.ts, sla-clock.ts) under the workspace's policies, never patched by hand:
// - in the transaction of every change of a ticket (notify-ticket-changed.ts calls it), after the
//   change's own writes, so it reads them;
// - by the worker's sweep (sweep-sla.ts) when `slaSweepAt` comes, and for every open ticket of a
//   workspace whose policies or calendars changed (markSlaStale).
// The ticket rows are locked first, so two changes of one ticket refresh it one after the other,
// each reading the other's committed writes. Nothing is written when nothing changed (a note).
import type { DbTx, Prisma } from "@/server/db";
import { logger } from "@/server/logger";
import { evaluateSla, type SlaCycleOutcome, type SlaEvaluation, type SlaMetric, type SlaTargets } from "./sla-clock";
import { nextNoticeAt, noticeKey, noticesOf, type SlaNotice } from "./sla-notices";
import { loadSlaPolicies, type LoadedSlaPolicy } from "./sla-policy.queries";
import { measureOf } from "./ticket-sla";
import { loadTicketSlaHistories, slaEventsOf } from "./ticket-sla-history";

type Stored = {
  id: string;
  assigneeId: string | null;
  slaPolicyId: string | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPaused: boolean;
  slaDueAt: Date | null;
  slaSweepAt: Date | null;
};
type Columns = Omit<Stored, "id" | "assigneeId">;
type CycleRow = Prisma.SlaCycleCreateManyInput;

/** A cycle with the policy whose targets it ran under last. */
export type PolicedCycle = SlaCycleOutcome & { policy: LoadedSlaPolicy };

/** One ticket's SLA as worked out at `now`, before it is stored. */
export type ComputedTicketSla = {
  ticketId: string;
  assigneeId: string | null;
  evaluation: SlaEvaluation | null;
  /** The policy that applies now (null: none). */
  policy: LoadedSlaPolicy | null;
  /** The cycles that ran under some policy's targets (the others have nothing to report). */
  cycles: PolicedCycle[];
  /** Notices already sent (noticeKey). */
  sent: Set<string>;
  stored: Stored;
};

/** A clock's metric as the database stores it (SlaCycle, SlaWarning). */
export const METRIC: Record<SlaMetric, "FIRST_RESPONSE" | "NEXT_RESPONSE" | "RESOLUTION"> = { first_response: "FIRST_RESPONSE", next_response: "NEXT_RESPONSE", resolution: "RESOLUTION" };
const FROM_METRIC = { FIRST_RESPONSE: "first_response", NEXT_RESPONSE: "next_response", RESOLUTION: "resolution" } as const;
const STATE = { running: "RUNNING", paused: "PAUSED", met: "MET", stopped: "STOPPED" } as const;

/**
 * Locks the workspace's tickets among `ticketIds` and works out their SLA at `now` (tickets of
 * other workspaces are left out). `policies` saves a query when the caller has them.
 */
export async function computeTicketSla(db: DbTx, workspaceId: string, ticketIds: readonly string[], now: Date, policies?: readonly LoadedSlaPolicy[]): Promise<ComputedTicketSla[]> {
  if (ticketIds.length === 0) return [];
  const ids = [...new Set(ticketIds)].sort();
  const stored = await db.$queryRaw<Stored[]>`
    SELECT "id"::text AS "id", "assigneeId"::text AS "assigneeId", "slaPolicyId"::text AS "slaPolicyId", "firstResponseDueAt", "nextResponseDueAt",
           "resolutionDueAt", "slaPaused", "slaDueAt", "slaSweepAt"
      FROM "Ticket"
     WHERE "workspaceId" = ${workspaceId}::uuid AND "id" = ANY(${ids}::uuid[])
     ORDER BY "id"
       FOR UPDATE`;
  if (stored.length === 0) return [];
  const loaded = policies ?? (await loadSlaPolicies(workspaceId, db));
  if (loaded.length === 0) {
    // No policy: nothing is due. Skip reading histories; whatever state was stored goes (a
    // workspace that never had a policy, most of them, stops here).
    const withState = stored.filter((s) => s.slaPolicyId || s.slaPaused || s.slaDueAt || s.slaSweepAt || s.firstResponseDueAt || s.nextResponseDueAt || s.resolutionDueAt);
    return withState.map((s) => ({ ticketId: s.id, assigneeId: s.assigneeId, evaluation: null, policy: null, cycles: [], sent: new Set(), stored: s }));
  }
  const found = stored.map((s) => s.id);
  // One after the other: `db` is usually a transaction, whose one connection takes one query at a time.
  const histories = await loadTicketSlaHistories(workspaceId, found, db);
  const warnings = await db.slaWarning.findMany({ where: { workspaceId, ticketId: { in: found } }, select: { ticketId: true, metric: true, cycleStartedAt: true, beforeMinutes: true } });
  const sentBy = new Map<string, Set<string>>();
  for (const w of warnings) {
    const set = sentBy.get(w.ticketId) ?? new Set<string>();
    set.add(noticeKey({ metric: FROM_METRIC[w.metric], cycleStartedAt: w.cycleStartedAt, beforeMinutes: w.beforeMinutes }));
    sentBy.set(w.ticketId, set);
  }
  const measure = measureOf(loaded);
  const policyOfTargets = new Map<SlaTargets, LoadedSlaPolicy>();
  for (const p of loaded) for (const t of Object.values(p.targets)) if (t) policyOfTargets.set(t, p);

  const results: ComputedTicketSla[] = [];
  for (const s of stored) {
    const history = histories.get(s.id);
    const sent = sentBy.get(s.id) ?? new Set<string>();
    if (!history) continue;
    try {
      const { events, policy } = slaEventsOf(history, loaded);
      const evaluation = evaluateSla(events, now, measure);
      const cycles: PolicedCycle[] = [];
      for (const c of evaluation.cycles) {
        const p = c.targets ? policyOfTargets.get(c.targets) : undefined;
        if (p) cycles.push({ ...c, policy: p });
      }
      results.push({ ticketId: s.id, assigneeId: s.assigneeId, evaluation, policy, cycles, sent, stored: s });
    } catch (err) {
      // A ticket whose SLA cannot be worked out keeps its stored state; its change goes through.
      logger.error({ err, workspaceId, ticketId: s.id }, "SLA evaluation failed; the ticket's SLA state was left as it was");
    }
  }
  return results;
}

/** The notices a ticket's cycles call for, each with the calendar whose hours it waits for. */
export function ticketNotices(computed: Pick<ComputedTicketSla, "cycles">): Array<{ notice: SlaNotice; policy: LoadedSlaPolicy }> {
  return computed.cycles.flatMap((c) => noticesOf(c, c.policy.warnBeforeMinutes).map((notice) => ({ notice, policy: c.policy })));
}

/** A sweep time never at or before now (the sweep would take the ticket again at once): the next minute then. */
const afterNow = (at: Date | null, now: Date) => (at && at.getTime() <= now.getTime() ? new Date(now.getTime() + 60_000) : at);

function columnsOf(c: ComputedTicketSla, now: Date): Columns {
  const e = c.evaluation;
  if (!e) return { slaPolicyId: null, firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null, slaPaused: false, slaDueAt: null, slaSweepAt: null };
  const dues = [e.firstResponseDueAt, e.nextResponseDueAt, e.resolutionDueAt].filter((d): d is Date => d !== null);
  const earliest = (ds: Array<Date | null>) => ds.reduce<Date | null>((a, d) => (d && (!a || d.getTime() < a.getTime()) ? d : a), null);
  // The sweep comes back for the next notice, and for a deadline still ahead (to mark its breach).
  const notices = ticketNotices(c).map(({ notice, policy }) => nextNoticeAt([notice], c.sent, now, policy.calendar));
  const ahead = c.cycles.filter((x) => x.state === "running" && x.dueAt && x.dueAt.getTime() > now.getTime()).map((x) => x.dueAt);
  return {
    slaPolicyId: c.policy?.id ?? null,
    firstResponseDueAt: e.firstResponseDueAt,
    nextResponseDueAt: e.nextResponseDueAt,
    resolutionDueAt: e.resolutionDueAt,
    slaPaused: e.paused,
    slaDueAt: earliest(dues),
    slaSweepAt: afterNow(earliest([...notices, ...ahead]), now),
  };
}

function cycleRows(workspaceId: string, c: ComputedTicketSla): CycleRow[] {
  return c.cycles.map((x) => ({
    workspaceId,
    ticketId: c.ticketId,
    metric: METRIC[x.metric],
    startedAt: x.startedAt,
    policyId: x.policy.id,
    state: STATE[x.state],
    dueAt: x.dueAt,
    endedAt: x.endedAt,
    breachedAt: x.breach?.at ?? null,
    settledAt: x.breach?.at ?? (x.state === "met" ? x.endedAt : null),
  }));
}

const time = (d: Date | null | undefined) => (d ? d.getTime() : null);
const sameColumns = (a: Columns, b: Columns) =>
  a.slaPolicyId === b.slaPolicyId &&
  a.slaPaused === b.slaPaused &&
  time(a.firstResponseDueAt) === time(b.firstResponseDueAt) &&
  time(a.nextResponseDueAt) === time(b.nextResponseDueAt) &&
  time(a.resolutionDueAt) === time(b.resolutionDueAt) &&
  time(a.slaDueAt) === time(b.slaDueAt) &&
  time(a.slaSweepAt) === time(b.slaSweepAt);
const cycleSignature = (rows: ReadonlyArray<Pick<CycleRow, "metric" | "startedAt" | "policyId" | "state" | "dueAt" | "endedAt" | "breachedAt">>) =>
  rows
    .map((r) => [r.metric, time(r.startedAt as Date), r.policyId ?? null, r.state, time(r.dueAt as Date | null), time(r.endedAt as Date | null), time(r.breachedAt as Date | null)].join("|"))
    .sort()
    .join("\n");

/** Stores what computeTicketSla worked out: the ticket columns and cycles that changed, in one statement each. */
export async function storeTicketSla(db: DbTx, workspaceId: string, computed: readonly ComputedTicketSla[], now: Date): Promise<void> {
  if (computed.length === 0) return;
  const ids = computed.map((c) => c.ticketId);
  const existing = await db.slaCycle.findMany({
    where: { workspaceId, ticketId: { in: ids } },
    select: { ticketId: true, metric: true, startedAt: true, policyId: true, state: true, dueAt: true, endedAt: true, breachedAt: true },
  });
  const existingBy = new Map<string, typeof existing>();
  for (const row of existing) existingBy.set(row.ticketId, [...(existingBy.get(row.ticketId) ?? []), row]);

  const columnChanges: Array<Columns & { id: string }> = [];
  const cycleChanges: string[] = [];
  const newRows: CycleRow[] = [];
  for (const c of computed) {
    const columns = columnsOf(c, now);
    if (!sameColumns(columns, c.stored)) columnChanges.push({ id: c.ticketId, ...columns });
    const rows = cycleRows(workspaceId, c);
    if (cycleSignature(rows) !== cycleSignature(existingBy.get(c.ticketId) ?? [])) {
      cycleChanges.push(c.ticketId);
      newRows.push(...rows);
    }
  }
  if (columnChanges.length > 0) {
    // Raw SQL: an SLA refresh is no edit of the ticket, so neither `updatedAt` nor `version` moves.
    await db.$executeRaw`
      UPDATE "Ticket" AS t
         SET "slaPolicyId" = v."slaPolicyId", "firstResponseDueAt" = v."firstResponseDueAt", "nextResponseDueAt" = v."nextResponseDueAt",
             "resolutionDueAt" = v."resolutionDueAt", "slaPaused" = v."slaPaused", "slaDueAt" = v."slaDueAt", "slaSweepAt" = v."slaSweepAt"
        FROM jsonb_to_recordset(${JSON.stringify(columnChanges)}::jsonb) AS v(
               "id" uuid, "slaPolicyId" uuid, "firstResponseDueAt" timestamptz, "nextResponseDueAt" timestamptz,
               "resolutionDueAt" timestamptz, "slaPaused" boolean, "slaDueAt" timestamptz, "slaSweepAt" timestamptz)
       WHERE t."id" = v."id" AND t."workspaceId" = ${workspaceId}::uuid`;
  }
  if (cycleChanges.length > 0) {
    await db.slaCycle.deleteMany({ where: { workspaceId, ticketId: { in: cycleChanges } } });
    if (newRows.length > 0) await db.slaCycle.createMany({ data: newRows });
  }
}

/** Works out and stores the SLA of a workspace's tickets at `now` (see the top of this file). */
export async function refreshTicketSla(db: DbTx, workspaceId: string, ticketIds: readonly string[], now = new Date(), policies?: readonly LoadedSlaPolicy[]): Promise<void> {
  const computed = await computeTicketSla(db, workspaceId, ticketIds, now, policies);
  await storeTicketSla(db, workspaceId, computed, now);
}

/**
 * The workspace's policies or calendars changed: the sweep recomputes its open and pending
 * tickets (sweep-sla.ts), from the first one again. Called in the transaction of the change.
 */
export async function markSlaStale(db: DbTx, workspaceId: string, now = new Date()): Promise<void> {
  await db.workspace.update({ where: { id: workspaceId }, data: { slaRecomputeAt: now, slaRecomputeAfter: null } });
}
