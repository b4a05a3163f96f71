// Folding a ticket's thread: a run of consecutive field changes (no message between them) by the
// same actor, each within FOLD_GAP_MS of the one before, becomes one fold ("Lena changed status,
// priority and 3 tags") that opens to the changes one by one. A change alone stays a row. The
// ticket's creation, merges and unknown events are never folded: they stay rows of their own and
// end a run, as a message does. Pure and browser-safe.

/** What a fold's summary names, in this order, whatever order the changes came in. */
export const FOLD_KINDS = ["status", "priority", "assignee", "team", "area", "tags", "cc", "snooze"] as const;
export type FoldKind = (typeof FOLD_KINDS)[number];

const KIND_OF_EVENT: Readonly<Record<string, FoldKind>> = {
  STATUS_CHANGED: "status",
  PRIORITY_CHANGED: "priority",
  ASSIGNEE_CHANGED: "assignee",
  TEAM_CHANGED: "team",
  AREA_CHANGED: "area",
  TAG_ADDED: "tags",
  TAG_REMOVED: "tags",
  CC_ADDED: "cc",
  CC_REMOVED: "cc",
  SNOOZED: "snooze",
};

/** Changes further apart than this (10 minutes) are separate moments, so separate lines. */
export const FOLD_GAP_MS = 10 * 60_000;

export type FoldableEvent = {
  type: "event";
  id: string;
  at: Date;
  eventType: string;
  /** Who made the change: the same key means the same member (or the same system or API actor). */
  actorKey: string;
  data: unknown;
};

export type EventFold<E extends FoldableEvent> = {
  type: "fold";
  /** The first event's id: a stable key while the fold grows. */
  id: string;
  events: E[];
  /** How many of each kind, in FOLD_KINDS order; tags and Cc count distinct names and addresses. */
  changes: { kind: FoldKind; count: number }[];
};

export function foldKind(eventType: string): FoldKind | undefined {
  return Object.hasOwn(KIND_OF_EVENT, eventType) ? KIND_OF_EVENT[eventType] : undefined;
}

function isFoldable<T extends { type: string }>(entry: T): entry is Extract<T, FoldableEvent> {
  return entry.type === "event" && foldKind((entry as unknown as FoldableEvent).eventType) !== undefined;
}

function countChanges(events: readonly FoldableEvent[]): EventFold<FoldableEvent>["changes"] {
  const counts = new Map<FoldKind, number>();
  const touched = new Set<string>();
  for (const e of events) {
    const kind = foldKind(e.eventType)!;
    const data = e.data as { tag?: unknown; address?: unknown } | null;
    const item = kind === "tags" ? data?.tag : kind === "cc" ? data?.address : undefined;
    // Adding a tag (or a Cc address) and removing it again touched one, not two.
    if (typeof item === "string") {
      if (touched.has(`${kind}:${item}`)) continue;
      touched.add(`${kind}:${item}`);
    }
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return FOLD_KINDS.filter((k) => counts.has(k)).map((kind) => ({ kind, count: counts.get(kind)! }));
}

/** The thread with each run of two or more foldable events replaced by one fold, order kept. */
export function foldEvents<T extends { type: string; at: Date }>(
  entries: readonly T[],
  gapMs: number = FOLD_GAP_MS,
): (T | EventFold<Extract<T, FoldableEvent>>)[] {
  type E = Extract<T, FoldableEvent>;
  const out: (T | EventFold<E>)[] = [];
  let run: E[] = [];
  const flush = () => {
    if (run.length === 1) out.push(run[0]!);
    else if (run.length > 1) out.push({ type: "fold", id: run[0]!.id, events: run, changes: countChanges(run) });
    run = [];
  };
  for (const entry of entries) {
    if (!isFoldable(entry)) {
      flush();
      out.push(entry);
      continue;
    }
    const last = run.at(-1);
    if (last && (last.actorKey !== entry.actorKey || entry.at.getTime() - last.at.getTime() > gapMs)) flush();
    run.push(entry);
  }
  flush();
  return out;
}
