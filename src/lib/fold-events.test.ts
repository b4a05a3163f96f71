import { describe, expect, it } from "vitest";
import { foldEvents, type FoldableEvent } from "./fold-events";

type Message = { type: "message"; id: string; at: Date };
type Entry = Message | FoldableEvent;

const t0 = Date.UTC(2026, 5, 10, 9, 0);
const minutes = (n: number) => new Date(t0 + n * 60_000);
let seq = 0;
const message = (min: number): Message => ({ type: "message", id: `m${++seq}`, at: minutes(min) });
const event = (min: number, eventType: string, actorKey = "MEMBER:lena", data: unknown = {}): FoldableEvent => ({
  type: "event",
  id: `e${++seq}`,
  at: minutes(min),
  eventType,
  actorKey,
  data,
});

/** The folded thread as ids, a fold as the list of its events' ids. */
const shape = (entries: Entry[]) => foldEvents(entries).map((x) => (x.type === "fold" ? x.events.map((e) => e.id) : x.id));

describe("foldEvents", () => {
  it("folds consecutive changes by one actor and counts them by kind (issue 18)", () => {
    const entries: Entry[] = [
      message(0),
      event(1, "TAG_ADDED", "MEMBER:lena", { tag: "vip" }),
      event(1, "STATUS_CHANGED"),
      event(2, "PRIORITY_CHANGED"),
      event(2, "TAG_ADDED", "MEMBER:lena", { tag: "late" }),
      event(3, "TAG_REMOVED", "MEMBER:lena", { tag: "new" }),
      message(4),
    ];
    const folded = foldEvents(entries);
    expect(folded.map((x) => x.type)).toEqual(["message", "fold", "message"]);
    const fold = folded[1]!;
    expect(fold.type === "fold" && fold.id).toBe(entries[1]!.id);
    // In a fixed order (status, priority, ..., tags), not the order of the changes.
    expect(fold.type === "fold" && fold.changes).toEqual([
      { kind: "status", count: 1 },
      { kind: "priority", count: 1 },
      { kind: "tags", count: 3 },
    ]);
    expect(fold.type === "fold" && fold.events).toEqual(entries.slice(1, 6));
  });

  it("folds Cc changes with the others and counts each address once, apart from tags of the same name", () => {
    const entries: Entry[] = [
      event(1, "CC_REMOVED", "MEMBER:lena", { address: "bob@example.com" }),
      event(1, "CC_ADDED", "MEMBER:lena", { address: "dave@example.com" }),
      event(2, "CC_ADDED", "MEMBER:lena", { address: "bob@example.com" }),
      event(2, "TAG_ADDED", "MEMBER:lena", { tag: "bob@example.com" }),
      event(3, "SNOOZED"),
    ];
    const [fold] = foldEvents(entries);
    expect(fold?.type === "fold" && fold.changes).toEqual([
      { kind: "tags", count: 1 },
      { kind: "cc", count: 2 },
      { kind: "snooze", count: 1 },
    ]);
  });

  it("leaves a single change as its row", () => {
    const entries = [message(0), event(1, "STATUS_CHANGED"), message(2)];
    expect(foldEvents(entries)).toEqual(entries);
  });

  it("a message between changes keeps them apart", () => {
    const [a, b, m, c] = [event(1, "STATUS_CHANGED"), event(1, "PRIORITY_CHANGED"), message(2), event(3, "AREA_CHANGED")];
    expect(shape([a!, b!, m!, c!])).toEqual([[a!.id, b!.id], m!.id, c!.id]);
  });

  it("another actor starts a new run", () => {
    const [a, b, c, d] = [event(1, "STATUS_CHANGED"), event(1, "PRIORITY_CHANGED"), event(2, "STATUS_CHANGED", "SYSTEM:"), event(2, "ASSIGNEE_CHANGED")];
    expect(shape([a!, b!, c!, d!])).toEqual([[a!.id, b!.id], c!.id, d!.id]);
  });

  it("a gap of more than ten minutes starts a new run; each step counts, not the whole span", () => {
    const [a, b, c, d] = [event(0, "STATUS_CHANGED"), event(10, "PRIORITY_CHANGED"), event(20, "AREA_CHANGED"), event(31, "ASSIGNEE_CHANGED")];
    expect(shape([a!, b!, c!, d!])).toEqual([[a!.id, b!.id, c!.id], d!.id]);
  });

  it("never folds the creation, merges or unknown events, and they end a run", () => {
    const created = event(0, "CREATED");
    const [a, b] = [event(0, "STATUS_CHANGED"), event(0, "PRIORITY_CHANGED")];
    const merged = event(1, "MERGED_FROM");
    const [c, d] = [event(1, "TAG_ADDED", "MEMBER:lena", { tag: "x" }), event(1, "SOMETHING_NEW")];
    expect(shape([created, a!, b!, merged, c!, d!])).toEqual([created.id, [a!.id, b!.id], merged.id, c!.id, d!.id]);
  });

  it("counts repeated changes of one field, and a tag added then removed once", () => {
    const folded = foldEvents([
      event(0, "STATUS_CHANGED"),
      event(1, "STATUS_CHANGED"),
      event(1, "SNOOZED"),
      event(2, "TAG_ADDED", "MEMBER:lena", { tag: "x" }),
      event(3, "TAG_REMOVED", "MEMBER:lena", { tag: "x" }),
    ]);
    expect(folded).toHaveLength(1);
    expect(folded[0]!.type === "fold" && folded[0]!.changes).toEqual([
      { kind: "status", count: 2 },
      { kind: "tags", count: 1 },
      { kind: "snooze", count: 1 },
    ]);
  });

  it("keeps an empty thread empty", () => {
    expect(foldEvents([])).toEqual([]);
  });
});
