// The state the ticket page's SLA card leads with, per metric, from real clock evaluations.
import { describe, expect, it } from "vitest";
import { calendarTime, evaluateSla, type SlaEvent, type SlaMetric, type SlaTargets } from "./sla-clock";
import { metricState } from "./ticket-sla.queries";

const at = (hhmm: string) => new Date(`2026-12-07T${hhmm}:00Z`);
const normal: SlaTargets = { firstResponseMinutes: 60, nextResponseMinutes: 30, resolutionMinutes: 240, businessHours: false };

function states(events: SlaEvent[], now: Date) {
  const e = evaluateSla(events, now, () => calendarTime);
  const due: Record<SlaMetric, Date | null> = { first_response: e.firstResponseDueAt, next_response: e.nextResponseDueAt, resolution: e.resolutionDueAt };
  return Object.fromEntries((["first_response", "next_response", "resolution"] as const).map((m) => [m, metricState(m, due[m], e.timeline, e.breaches)]));
}

describe("metricState", () => {
  it("runs toward the deadline, even past it; a metric that never started has no state", () => {
    const s = states([{ type: "targets", at: at("10:00"), targets: normal }, { type: "customer_message", at: at("10:00") }], at("11:30"));
    expect(s.first_response).toEqual({ metric: "first_response", state: "running", dueAt: at("11:00") });
    expect(s.next_response).toBeNull();
    expect(s.resolution).toEqual({ metric: "resolution", state: "running", dueAt: at("14:00") });
  });

  it("says met, and breached when the reply came after the deadline; paused while pending", () => {
    const s = states(
      [
        { type: "targets", at: at("10:00"), targets: normal },
        { type: "customer_message", at: at("10:00") },
        { type: "agent_reply", at: at("11:20") },
        { type: "status", at: at("11:20"), status: "PENDING" },
      ],
      at("12:00"),
    );
    expect(s.first_response).toEqual({ metric: "first_response", state: "met", at: at("11:20"), breachedAt: at("11:00") });
    expect(s.resolution).toEqual({ metric: "resolution", state: "paused", since: at("11:20") });
  });

  it("reads the latest next-response cycle, and a close stops a response clock before it was met", () => {
    const s = states(
      [
        { type: "targets", at: at("10:00"), targets: normal },
        { type: "customer_message", at: at("10:00") },
        { type: "agent_reply", at: at("10:10") },
        { type: "customer_message", at: at("10:20") },
        // Answered an hour late: the first cycle breached.
        { type: "agent_reply", at: at("11:50") },
        { type: "customer_message", at: at("12:00") },
        { type: "status", at: at("12:10"), status: "CLOSED" },
      ],
      at("13:00"),
    );
    expect(s.first_response).toEqual({ metric: "first_response", state: "met", at: at("10:10"), breachedAt: null });
    // The second cycle (12:00) was stopped in time: the first cycle's breach is not its own.
    expect(s.next_response).toEqual({ metric: "next_response", state: "stopped", at: at("12:10"), breachedAt: null });
    expect(s.resolution).toEqual({ metric: "resolution", state: "met", at: at("12:10"), breachedAt: null });
  });

  it("runs without a state when the policy sets no target for the metric", () => {
    const s = states([{ type: "targets", at: at("10:00"), targets: { firstResponseMinutes: 60, businessHours: false } }, { type: "customer_message", at: at("10:00") }], at("10:10"));
    expect(s.first_response?.state).toBe("running");
    expect(s.resolution).toBeNull();
  });
});
