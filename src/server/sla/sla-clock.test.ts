import { describe, expect, it } from "vitest";
import { calendarTime, evaluateSla, type SlaEvent, type SlaTargets, type TimeMeasure } from "./sla-clock";

// Monday 7 December 2026, in UTC.
const at = (hhmm: string, day = 7) => new Date(`2026-12-${String(day).padStart(2, "0")}T${hhmm}:00Z`);
const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

/** A stand-in calendar for these tests: open 09:00–17:00 UTC, Monday to Friday, counted minute by minute. */
const officeHours: TimeMeasure = {
  add(start, minutes) {
    let t = start.getTime();
    let left = minutes;
    while (left > 0) {
      if (isOpen(t)) left -= 1;
      t += 60_000;
    }
    // Land on the minute the last one ended, not on the closed time after it.
    return new Date(t);
  },
  minutesBetween(from, to) {
    let n = 0;
    for (let t = from.getTime(); t < to.getTime(); t += 60_000) if (isOpen(t)) n += 1;
    return n;
  },
};
function isOpen(t: number): boolean {
  const d = new Date(t);
  const day = d.getUTCDay();
  const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
  return day >= 1 && day <= 5 && minute >= 9 * 60 && minute < 17 * 60;
}
const measure = (t: SlaTargets) => (t.businessHours ? officeHours : calendarTime);

const normal: SlaTargets = { firstResponseMinutes: 60, nextResponseMinutes: 60, resolutionMinutes: 240, businessHours: false };
const targets = (t: SlaTargets | null, time = at("10:00")): SlaEvent => ({ type: "targets", at: time, targets: t });

describe("first response", () => {
  it("is due a target after the customer's first message, and met by the first reply in time", () => {
    const events: SlaEvent[] = [targets(normal), { type: "customer_message", at: at("10:00") }];
    const waiting = evaluateSla(events, at("10:20"), measure);
    expect(iso(waiting.firstResponseDueAt)).toBe("2026-12-07T11:00:00.000Z");
    expect(iso(waiting.resolutionDueAt)).toBe("2026-12-07T14:00:00.000Z");
    expect(waiting.breaches).toEqual([]);

    const answered = evaluateSla([...events, { type: "agent_reply", at: at("10:30") }], at("10:40"), measure);
    expect(answered.firstResponseDueAt).toBeNull();
    expect(answered.breaches).toEqual([]);
    expect(answered.timeline.filter((e) => e.metric === "first_response").map((e) => [e.kind, iso(e.at), iso(e.dueAt)])).toEqual([
      ["started", "2026-12-07T10:00:00.000Z", "2026-12-07T11:00:00.000Z"],
      ["met", "2026-12-07T10:30:00.000Z", null],
    ]);
  });

  it("breaches at its deadline when the reply comes late, and a reply exactly on time meets it", () => {
    const late = evaluateSla([targets(normal), { type: "customer_message", at: at("10:00") }, { type: "agent_reply", at: at("11:30") }], at("12:00"), measure);
    expect(late.breaches.map((b) => [b.metric, iso(b.dueAt), iso(b.at)])).toEqual([["first_response", "2026-12-07T11:00:00.000Z", "2026-12-07T11:00:00.000Z"]]);
    expect(late.timeline.filter((e) => e.metric === "first_response").map((e) => e.kind)).toEqual(["started", "breached", "met"]);

    const onTime = evaluateSla([targets(normal), { type: "customer_message", at: at("10:00") }, { type: "agent_reply", at: at("11:00") }], at("12:00"), measure);
    expect(onTime.breaches).toEqual([]);
    // Still waiting past the deadline: breached now, and the deadline stays shown.
    const overdue = evaluateSla([targets(normal), { type: "customer_message", at: at("10:00") }], at("11:05"), measure);
    expect(overdue.breaches.map((b) => b.metric)).toEqual(["first_response"]);
    expect(iso(overdue.firstResponseDueAt)).toBe("2026-12-07T11:00:00.000Z");
  });

  it("counts business minutes: a message on Friday at 16:30 with a one-hour target is due Monday at 09:30", () => {
    const business = { ...normal, businessHours: true };
    const friday = new Date("2026-12-04T16:30:00Z");
    const e = evaluateSla([{ type: "targets", at: friday, targets: business }, { type: "customer_message", at: friday }], new Date("2026-12-05T12:00:00Z"), measure);
    expect(iso(e.firstResponseDueAt)).toBe("2026-12-07T09:30:00.000Z");
    expect(e.breaches).toEqual([]);
  });
});

describe("pending, closing and reopening", () => {
  it("pause every clock while PENDING and resume them on the customer's answer, which starts a next-response clock", () => {
    const events: SlaEvent[] = [
      targets(normal),
      { type: "customer_message", at: at("10:00") },
      { type: "agent_reply", at: at("10:30") },
      { type: "status", at: at("10:30"), status: "PENDING" },
    ];
    const pending = evaluateSla(events, at("11:30"), measure);
    expect(pending.paused).toBe(true);
    expect(pending.resolutionDueAt).toBeNull();
    expect(pending.breaches).toEqual([]);

    const answered = evaluateSla([...events, { type: "customer_message", at: at("12:00") }], at("12:10"), measure);
    expect(answered.paused).toBe(false);
    // 30 of resolution's 240 minutes were used before the pause.
    expect(iso(answered.resolutionDueAt)).toBe("2026-12-07T15:30:00.000Z");
    expect(iso(answered.nextResponseDueAt)).toBe("2026-12-07T13:00:00.000Z");
    expect(answered.timeline.filter((e) => e.metric === "resolution").map((e) => [e.kind, iso(e.at), iso(e.dueAt)])).toEqual([
      ["started", "2026-12-07T10:00:00.000Z", "2026-12-07T14:00:00.000Z"],
      ["paused", "2026-12-07T10:30:00.000Z", null],
      ["resumed", "2026-12-07T12:00:00.000Z", "2026-12-07T15:30:00.000Z"],
    ]);
  });

  it("meet resolution on close; a reopen resumes it where it stopped, and a second close meets it again", () => {
    const r: SlaTargets = { resolutionMinutes: 120, businessHours: false };
    const events: SlaEvent[] = [
      targets(r),
      { type: "customer_message", at: at("10:00") },
      { type: "agent_reply", at: at("10:10") },
      { type: "status", at: at("10:40"), status: "CLOSED" },
    ];
    const closed = evaluateSla(events, at("11:00"), measure);
    expect(closed.resolutionDueAt).toBeNull();
    expect(closed.paused).toBe(false);

    const reopened = evaluateSla([...events, { type: "status", at: at("12:00"), status: "OPEN" }], at("12:05"), measure);
    expect(iso(reopened.resolutionDueAt)).toBe("2026-12-07T13:20:00.000Z");

    const again = evaluateSla([...events, { type: "status", at: at("12:00"), status: "OPEN" }, { type: "status", at: at("13:00"), status: "CLOSED" }], at("14:00"), measure);
    expect(again.breaches).toEqual([]);
    expect(again.timeline.filter((e) => e.metric === "resolution").map((e) => [e.kind, iso(e.at)])).toEqual([
      ["started", "2026-12-07T10:00:00.000Z"],
      ["met", "2026-12-07T10:40:00.000Z"],
      ["resumed", "2026-12-07T12:00:00.000Z"],
      ["met", "2026-12-07T13:00:00.000Z"],
    ]);
  });

  it("stop the first-response clock on a close without a reply, and resume it if the ticket reopens", () => {
    const events: SlaEvent[] = [targets(normal), { type: "customer_message", at: at("10:00") }, { type: "status", at: at("10:20"), status: "CLOSED" }];
    const closed = evaluateSla(events, at("15:00"), measure);
    expect(closed.firstResponseDueAt).toBeNull();
    expect(closed.breaches).toEqual([]);
    // 20 minutes used: 40 left from the reopening at 11:00.
    const reopened = evaluateSla([...events, { type: "customer_message", at: at("11:00") }], at("11:05"), measure);
    expect(iso(reopened.firstResponseDueAt)).toBe("2026-12-07T11:40:00.000Z");
  });
});

describe("cycles", () => {
  it("list each run of a clock with its state, deadline, end and breach, and end paused clocks when a pending ticket is closed", () => {
    const events: SlaEvent[] = [
      targets(normal),
      { type: "customer_message", at: at("10:00") },
      { type: "agent_reply", at: at("11:30") },
      { type: "customer_message", at: at("12:00") },
      { type: "status", at: at("12:10"), status: "PENDING" },
      { type: "status", at: at("13:00"), status: "CLOSED" },
    ];
    const done = evaluateSla(events, at("14:00"), measure);
    expect(done.cycles.map((c) => [c.metric, c.state, iso(c.startedAt), iso(c.dueAt), iso(c.endedAt), iso(c.breach?.at), c.targets === normal])).toEqual([
      ["first_response", "met", "2026-12-07T10:00:00.000Z", "2026-12-07T11:00:00.000Z", "2026-12-07T11:30:00.000Z", "2026-12-07T11:00:00.000Z", true],
      ["resolution", "met", "2026-12-07T10:00:00.000Z", "2026-12-07T14:00:00.000Z", "2026-12-07T13:00:00.000Z", null, true],
      // Paused at 12:10 by PENDING, then ended by the close: stopped, neither met nor breached.
      ["next_response", "stopped", "2026-12-07T12:00:00.000Z", "2026-12-07T13:00:00.000Z", "2026-12-07T13:00:00.000Z", null, true],
    ]);
    expect(done.timeline.filter((e) => e.metric === "next_response").map((e) => e.kind)).toEqual(["started", "paused", "stopped"]);

    const pending = evaluateSla(events.slice(0, 5), at("12:30"), measure);
    expect(pending.cycles.map((c) => [c.metric, c.state, iso(c.endedAt)])).toEqual([
      ["first_response", "met", "2026-12-07T11:30:00.000Z"],
      ["resolution", "paused", null],
      ["next_response", "paused", null],
    ]);
    const running = evaluateSla(events.slice(0, 2), at("10:30"), measure);
    expect(running.cycles.map((c) => [c.metric, c.state, iso(c.dueAt), c.breach])).toEqual([
      ["first_response", "running", "2026-12-07T11:00:00.000Z", null],
      ["resolution", "running", "2026-12-07T14:00:00.000Z", null],
    ]);
  });
});

describe("targets that change", () => {
  it("recompute the deadline from the time already used when the priority changes", () => {
    const urgent: SlaTargets = { firstResponseMinutes: 30, resolutionMinutes: 120, businessHours: false };
    const e = evaluateSla([targets(normal), { type: "customer_message", at: at("10:00") }, targets(urgent, at("10:20"))], at("10:25"), measure);
    expect(iso(e.firstResponseDueAt)).toBe("2026-12-07T10:30:00.000Z");
    expect(iso(e.resolutionDueAt)).toBe("2026-12-07T12:00:00.000Z");
    expect(e.timeline.some((t) => t.kind === "retargeted" && t.metric === "first_response" && iso(t.dueAt) === "2026-12-07T10:30:00.000Z")).toBe(true);
  });

  it("breach at the change when the new target is already used up", () => {
    const urgent: SlaTargets = { firstResponseMinutes: 30, businessHours: false };
    const e = evaluateSla([targets(normal), { type: "customer_message", at: at("10:00") }, targets(urgent, at("10:45"))], at("11:00"), measure);
    expect(e.breaches.map((b) => [b.metric, iso(b.at)])).toEqual([["first_response", "2026-12-07T10:45:00.000Z"]]);
  });

  it("count from the metric's start when a policy only starts to apply later; with none there is no deadline", () => {
    const late = evaluateSla([{ type: "customer_message", at: at("10:00") }, targets({ firstResponseMinutes: 20, businessHours: false }, at("10:30"))], at("10:40"), measure);
    expect(late.breaches.map((b) => [b.metric, iso(b.at)])).toEqual([["first_response", "2026-12-07T10:30:00.000Z"]]);

    const none = evaluateSla([{ type: "customer_message", at: at("10:00") }], at("20:00"), measure);
    expect([none.firstResponseDueAt, none.nextResponseDueAt, none.resolutionDueAt, none.breaches]).toEqual([null, null, null, []]);
    expect(none.timeline.map((t) => [t.metric, t.kind])).toEqual([
      ["first_response", "started"],
      ["resolution", "started"],
    ]);
  });

  it("switch between business and calendar minutes, counting the time used in the new way", () => {
    // Calendar first (60 min), then business hours (60 business min) from 16:50 on Monday: the 10
    // minutes used 16:40–16:50 were business minutes too, so 50 are left from 16:50: 10 until the
    // office closes at 17:00, then 40 from Tuesday 09:00.
    const e = evaluateSla(
      [targets(normal, at("16:40")), { type: "customer_message", at: at("16:40") }, targets({ ...normal, businessHours: true }, at("16:50"))],
      at("17:30"),
      measure,
    );
    expect(iso(e.firstResponseDueAt)).toBe("2026-12-08T09:40:00.000Z");
    expect(e.breaches).toEqual([]);
  });
});

it("reads events in any order and ignores those after now", () => {
  const events: SlaEvent[] = [{ type: "agent_reply", at: at("10:30") }, { type: "customer_message", at: at("10:00") }, targets(normal)];
  expect(iso(evaluateSla(events, at("10:10"), measure).firstResponseDueAt)).toBe("2026-12-07T11:00:00.000Z");
  expect(evaluateSla(events, at("10:40"), measure).firstResponseDueAt).toBeNull();
});
