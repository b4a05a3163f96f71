// The SLA clocks of one ticket (issue 17), worked out from its history: pure, no database, so the
// ticket page's timeline, the API's `sla` object, the breach sweep and the benchmark all read the
// same answer from the same events.
//
// The clocks, per metric:
// - first_response: starts at the first customer message; met by the first agent reply after it.
// - next_response: a cycle starts at the oldest customer message not yet answered once the first
//   response was given; the next agent reply meets it. Every cycle has its own deadline.
// - resolution: starts at the first customer message; met when the ticket is closed. Reopening
//   resumes it where it stopped (the time already used still counts), and a new close meets it again.
// Only replies that reach the customer count (the caller passes agent replies, never notes or our
// automatic mail). While the ticket is PENDING every running clock is paused; the customer's answer
// resumes them (as it reopens the ticket). Closing stops the response clocks too (neither met nor
// breached, unless their deadline had passed before); reopening resumes them with the rest.
//
// Targets come and go with the ticket (a policy starts to apply, the priority changes): each change
// is a `targets` event, and a clock's deadline is recomputed from the time it has already used,
// measured the way the new targets count time (business or calendar minutes). A clock already past
// the new target breaches at the moment of the change. No targets: no deadline, no breach; the clock
// still runs, so a policy that applies later counts from the metric's start, as Zendesk does.

export type SlaMetric = "first_response" | "next_response" | "resolution";

export type SlaTargets = {
  firstResponseMinutes?: number;
  nextResponseMinutes?: number;
  resolutionMinutes?: number;
  /** Minutes of the policy's business hours (true) or of the clock on the wall (false). */
  businessHours: boolean;
};

export type SlaEvent =
  | { type: "customer_message"; at: Date }
  | { type: "agent_reply"; at: Date }
  | { type: "status"; at: Date; status: "OPEN" | "PENDING" | "CLOSED" }
  /** The targets from here on (a policy applied, the priority changed); null: none apply. */
  | { type: "targets"; at: Date; targets: SlaTargets | null };

/** How a kind of time is counted: business minutes of a calendar, or plain minutes. */
export type TimeMeasure = {
  /** The instant `minutes` of this time after `start`. */
  add(start: Date, minutes: number): Date;
  /** The minutes of this time between two instants (0 when `to` is not after `from`). */
  minutesBetween(from: Date, to: Date): number;
};

/** Plain minutes, as on a wall clock. */
export const calendarTime: TimeMeasure = {
  add: (start, minutes) => new Date(start.getTime() + minutes * 60_000),
  minutesBetween: (from, to) => Math.max(0, (to.getTime() - from.getTime()) / 60_000),
};

export type SlaTimelineEntry = {
  metric: SlaMetric;
  kind: "started" | "paused" | "resumed" | "retargeted" | "met" | "breached" | "stopped";
  at: Date;
  /** The deadline from here on ("started", "resumed", "retargeted"), when there is one. */
  dueAt?: Date;
};

export type SlaBreach = { metric: SlaMetric; dueAt: Date; at: Date };

/** One run of a clock as it stands at `now`: what the ticket's stored SLA state and reports keep. */
export type SlaCycleOutcome = {
  metric: SlaMetric;
  startedAt: Date;
  state: "running" | "paused" | "met" | "stopped";
  /** The deadline as of the clock's last running piece; null without a target. */
  dueAt: Date | null;
  /** When it was met (a reply; a close, for resolution) or stopped; null while running or paused. */
  endedAt: Date | null;
  breach: SlaBreach | null;
  /** The targets it ran under last (the caller knows their policy); null: none. */
  targets: SlaTargets | null;
};

export type SlaEvaluation = {
  /** The deadlines of the clocks still running (null: met, stopped, paused, or no target). */
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  /** The ticket is PENDING and some clock would otherwise be running. */
  paused: boolean;
  breaches: SlaBreach[];
  timeline: SlaTimelineEntry[];
  /** Every cycle, in the order they started. */
  cycles: SlaCycleOutcome[];
};

type Interval = { from: Date; to: Date };
type Mark = { kind: "paused" | "resumed" | "stopped" | "met"; at: Date };

/** One run of a clock, from its start to the reply that meets it (or now), running in `segments`. */
type Cycle = {
  metric: SlaMetric;
  startedAt: Date;
  segments: Interval[];
  /** The open segment's start while running; null while paused, stopped or met. */
  runningSince: Date | null;
  /** The reply that met a response clock (resolution is met by each close: a mark). */
  metAt: Date | null;
  marks: Mark[];
};

type Status = "OPEN" | "PENDING" | "CLOSED";

const targetMinutes = (metric: SlaMetric, t: SlaTargets | null): number | undefined =>
  t === null ? undefined : metric === "first_response" ? t.firstResponseMinutes : metric === "next_response" ? t.nextResponseMinutes : t.resolutionMinutes;

/**
 * The ticket's clocks at `now` from its events (any order; equal instants keep their order;
 * events after `now` are ignored). `measure` gives the time a target counts in: the business hours
 * of its policy's calendar, or plain minutes.
 */
export function evaluateSla(events: readonly SlaEvent[], now: Date, measure: (targets: SlaTargets) => TimeMeasure): SlaEvaluation {
  const ordered = events
    .map((e, i) => ({ e, i }))
    .filter(({ e }) => e.at.getTime() <= now.getTime())
    .sort((a, b) => a.e.at.getTime() - b.e.at.getTime() || a.i - b.i)
    .map(({ e }) => e);

  const cycles: Cycle[] = [];
  const changes: Array<{ at: Date; targets: SlaTargets | null }> = [];
  let status: Status = "OPEN";
  let first: Cycle | null = null;
  let next: Cycle | null = null;
  let resolution: Cycle | null = null;

  const start = (metric: SlaMetric, at: Date): Cycle => {
    const cycle: Cycle = { metric, startedAt: at, segments: [], runningSince: at, metAt: null, marks: [] };
    cycles.push(cycle);
    return cycle;
  };
  const hold = (c: Cycle | null, kind: "paused" | "stopped" | "met", at: Date) => {
    if (!c || c.metAt) return;
    if (c.runningSince) {
      c.segments.push({ from: c.runningSince, to: at });
      c.runningSince = null;
    } else {
      // Already held: pausing adds nothing, but closing ends a paused clock (once).
      const last = c.marks[c.marks.length - 1]?.kind;
      if (kind === "paused" || last === "stopped" || last === "met") return;
    }
    c.marks.push({ kind, at });
  };
  const meet = (c: Cycle | null, at: Date) => {
    if (!c || c.metAt) return;
    if (c.runningSince) c.segments.push({ from: c.runningSince, to: at });
    c.runningSince = null;
    c.metAt = at;
  };
  const setStatus = (to: Status, at: Date) => {
    if (to === status) return;
    status = to;
    if (to === "PENDING") for (const c of [first, next, resolution]) hold(c, "paused", at);
    else if (to === "CLOSED") {
      hold(first, "stopped", at);
      hold(next, "stopped", at);
      hold(resolution, "met", at);
    } else {
      for (const c of [first, next, resolution]) {
        if (c && !c.metAt && !c.runningSince) {
          c.runningSince = at;
          c.marks.push({ kind: "resumed", at });
        }
      }
    }
  };

  for (const e of ordered) {
    switch (e.type) {
      case "targets":
        changes.push({ at: e.at, targets: e.targets });
        break;
      case "customer_message":
        // The customer's answer resumes a pending or closed ticket, as it reopens it.
        setStatus("OPEN", e.at);
        if (!first) {
          first = start("first_response", e.at);
          resolution = start("resolution", e.at);
        } else if (first.metAt && (!next || next.metAt)) {
          next = start("next_response", e.at);
        }
        break;
      case "agent_reply":
        meet(first, e.at);
        meet(next, e.at);
        break;
      case "status":
        setStatus(e.status, e.at);
        break;
    }
  }

  const pending = (status as Status) === "PENDING";
  const evaluation: SlaEvaluation = { firstResponseDueAt: null, nextResponseDueAt: null, resolutionDueAt: null, paused: false, breaches: [], timeline: [], cycles: [] };
  for (const cycle of cycles) {
    const result = walk(cycle, changes, now, measure);
    evaluation.breaches.push(...result.breaches);
    evaluation.timeline.push(...result.timeline);
    evaluation.cycles.push(outcomeOf(cycle, result));
    if (!cycle.metAt && pending) evaluation.paused = true;
    if (cycle.runningSince && result.dueAt) {
      if (cycle.metric === "first_response") evaluation.firstResponseDueAt = result.dueAt;
      else if (cycle.metric === "next_response") evaluation.nextResponseDueAt = result.dueAt;
      else evaluation.resolutionDueAt = result.dueAt;
    }
  }
  evaluation.timeline.sort((a, b) => a.at.getTime() - b.at.getTime());
  return evaluation;
}

type Walked = { dueAt: Date | null; lastDueAt: Date | null; lastTargets: SlaTargets | null; breaches: SlaBreach[]; timeline: SlaTimelineEntry[] };

function outcomeOf(cycle: Cycle, walked: Walked): SlaCycleOutcome {
  const last = cycle.marks[cycle.marks.length - 1];
  const state: SlaCycleOutcome["state"] = cycle.metAt ? "met" : cycle.runningSince ? "running" : last?.kind === "paused" ? "paused" : last?.kind === "stopped" ? "stopped" : "met";
  const endedAt = cycle.metAt ?? (state === "met" || state === "stopped" ? (last?.at ?? null) : null);
  return { metric: cycle.metric, startedAt: cycle.startedAt, state, dueAt: walked.lastDueAt, endedAt, breach: walked.breaches[0] ?? null, targets: walked.lastTargets };
}

/** A cycle's deadline at `now`, its breach and its timeline, walking its running time piece by piece. */
function walk(cycle: Cycle, changes: ReadonlyArray<{ at: Date; targets: SlaTargets | null }>, now: Date, measure: (targets: SlaTargets) => TimeMeasure): Walked {
  const segments = cycle.runningSince ? [...cycle.segments, { from: cycle.runningSince, to: now }] : cycle.segments;
  const targetsAt = (t: Date) => {
    let current: SlaTargets | null = null;
    for (const c of changes) if (c.at.getTime() <= t.getTime()) current = c.targets;
    return current;
  };
  // Running pieces: the segments, split where the targets change.
  const pieces: Interval[] = [];
  for (const s of segments) {
    let from = s.from;
    for (const c of changes) {
      if (c.at.getTime() > from.getTime() && c.at.getTime() < s.to.getTime()) {
        pieces.push({ from, to: c.at });
        from = c.at;
      }
    }
    pieces.push({ from, to: s.to });
  }
  /** The deadline as of `t` (the start of a piece): the target less the time used before `t`, counted from `t`. */
  // The time used by the first k pieces, per way of counting it: measured once per piece, not again
  // for every deadline asked (each piece, each mark of the timeline).
  const usedByMeasure = new Map<TimeMeasure, number[]>();
  const usedBefore = (m: TimeMeasure, t: Date): number => {
    let sums = usedByMeasure.get(m);
    if (!sums) {
      sums = [0];
      for (const p of pieces) sums.push(sums[sums.length - 1]! + m.minutesBetween(p.from, p.to));
      usedByMeasure.set(m, sums);
    }
    // Pieces are in order and do not overlap: those ended by `t` are a prefix.
    let k = 0;
    while (k < pieces.length && pieces[k]!.to.getTime() <= t.getTime()) k++;
    return sums[k]!;
  };
  const dueFrom = (t: Date): Date | undefined => {
    const targets = targetsAt(t);
    const minutes = targetMinutes(cycle.metric, targets);
    if (minutes === undefined || !targets) return undefined;
    const m = measure(targets);
    const left = minutes - usedBefore(m, t);
    return left > 0 ? m.add(t, left) : t;
  };

  const breaches: SlaBreach[] = [];
  let dueAt: Date | null = null;
  for (const piece of pieces) {
    dueAt = dueFrom(piece.from) ?? null;
    if (dueAt && breaches.length === 0 && dueAt.getTime() < piece.to.getTime()) breaches.push({ metric: cycle.metric, dueAt, at: dueAt });
  }

  const timeline: SlaTimelineEntry[] = [];
  const entry = (kind: SlaTimelineEntry["kind"], at: Date, due?: Date) => timeline.push({ metric: cycle.metric, kind, at, ...(due ? { dueAt: due } : {}) });
  entry("started", cycle.startedAt, dueFrom(cycle.startedAt));
  for (const mark of cycle.marks) entry(mark.kind, mark.at, mark.kind === "resumed" ? dueFrom(mark.at) : undefined);
  const endAt = cycle.metAt ?? now;
  for (const c of changes) if (c.at.getTime() > cycle.startedAt.getTime() && c.at.getTime() < endAt.getTime()) entry("retargeted", c.at, dueFrom(c.at));
  for (const b of breaches) entry("breached", b.at, b.dueAt);
  if (cycle.metAt) entry("met", cycle.metAt);
  const lastPiece = pieces[pieces.length - 1];
  return { dueAt: cycle.runningSince ? dueAt : null, lastDueAt: dueAt, lastTargets: lastPiece ? targetsAt(lastPiece.from) : null, breaches, timeline };
}
