import { describe, expect, it } from "vitest";
import type { BusinessCalendar } from "./business-time";
import type { SlaCycleOutcome } from "./sla-clock";
import { mostUrgent, nextNoticeAt, noticeKey, noticesDue, noticesOf } from "./sla-notices";

// Athens office hours, Monday to Friday 09:00–17:00 (UTC+2 in December).
const athens: BusinessCalendar = {
  timeZone: "Europe/Athens",
  hours: { mon: [["09:00", "17:00"]], tue: [["09:00", "17:00"]], wed: [["09:00", "17:00"]], thu: [["09:00", "17:00"]], fri: [["09:00", "17:00"]], sat: [], sun: [] },
  holidays: [],
};
const utc = (s: string) => new Date(`${s}Z`);
const running = (dueAt: string): SlaCycleOutcome => ({
  metric: "first_response",
  startedAt: utc("2026-12-07T08:00:00"),
  state: "running",
  dueAt: utc(dueAt),
  endedAt: null,
  breach: null,
  targets: null,
});
const iso = (d: Date | null) => d?.toISOString() ?? null;

describe("SLA notices", () => {
  it("warn each lead time before a running clock's deadline, then at the breach; met or paused clocks call for none", () => {
    const notices = noticesOf(running("2026-12-07T12:00:00"), [60, 15]);
    expect(notices.map((n) => [n.beforeMinutes, iso(n.at)])).toEqual([
      [60, "2026-12-07T11:00:00.000Z"],
      [15, "2026-12-07T11:45:00.000Z"],
      [0, "2026-12-07T12:00:00.000Z"],
    ]);
    expect(noticesOf({ ...running("2026-12-07T12:00:00"), state: "paused" }, [60])).toEqual([]);
    expect(noticesOf({ ...running("2026-12-07T12:00:00"), state: "met" }, [60])).toEqual([]);
  });

  it("wait for business hours: a warning due at 07:30 Athens time goes out at the 09:00 opening", () => {
    // Due Monday 09:30 Athens (07:30 UTC); the hour's warning would be 08:30 Athens, before opening.
    const notices = noticesOf(running("2026-12-07T07:30:00"), [60]);
    const night = utc("2026-12-07T05:00:00");
    expect(noticesDue(notices, new Set(), utc("2026-12-07T06:40:00"), athens)).toEqual([]);
    expect(iso(nextNoticeAt(notices, new Set(), night, athens))).toBe("2026-12-07T07:00:00.000Z");
    expect(noticesDue(notices, new Set(), utc("2026-12-07T07:00:00"), athens).map((n) => n.beforeMinutes)).toEqual([60]);
  });

  it("drop a warning the deadline overtakes while closed, and send the breach at the next opening", () => {
    // Due Friday 16:55 Athens; the worker was down until Monday.
    const notices = noticesOf(running("2026-12-11T14:55:00"), [15]);
    const monday = utc("2026-12-14T07:00:00");
    expect(noticesDue(notices, new Set(), utc("2026-12-12T10:00:00"), athens)).toEqual([]);
    expect(iso(nextNoticeAt(notices, new Set(), utc("2026-12-12T10:00:00"), athens))).toBe("2026-12-14T07:00:00.000Z");
    expect(noticesDue(notices, new Set(), monday, athens).map((n) => n.beforeMinutes)).toEqual([0]);
  });

  it("never send a notice twice, and send only the most urgent of those due at once", () => {
    const notices = noticesOf(running("2026-12-07T12:00:00"), [60, 15]);
    const now = utc("2026-12-07T11:50:00");
    const due = noticesDue(notices, new Set(), now, athens);
    expect(due.map((n) => n.beforeMinutes)).toEqual([60, 15]);
    expect(mostUrgent(due).map((n) => n.beforeMinutes)).toEqual([15]);
    const sent = new Set(due.map(noticeKey));
    expect(noticesDue(notices, sent, now, athens)).toEqual([]);
    expect(iso(nextNoticeAt(notices, sent, now, athens))).toBe("2026-12-07T12:00:00.000Z");
  });
});
