// The results table and the final JSON line.
import type { PathResult } from "./paths";
import type { LiveResult } from "./live";

export const TARGETS = { listP95Ms: 50, searchP95Ms: 150, livePropagationP95Ms: 250, ratio: 3 };

export type Figures = {
  listP95Ms: number;
  searchP95Ms: number;
  livePropagationP95Ms: number;
  worstRatio: number;
  tickets: number;
  messages: number;
};

const ratioOf = (r: PathResult) => Math.round((r.path.p95 / r.raw.p95) * 100) / 100;
const ms = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "-");

export function figures(results: PathResult[], live: LiveResult, counts: { tickets: number; messages: number }): Figures {
  const worst = (kind: PathResult["kind"]) => Math.max(...results.filter((r) => r.kind === kind).map((r) => r.path.p95));
  return {
    listP95Ms: worst("list"),
    searchP95Ms: worst("search"),
    livePropagationP95Ms: live.commitToEvent.p95,
    worstRatio: Math.max(...results.map(ratioOf)),
    tickets: counts.tickets,
    messages: counts.messages,
  };
}

export function table(results: PathResult[], live: LiveResult): string {
  const head = ["path", "runs", "p50 ms", "p95 ms", "p99 ms", "raw p50", "raw p95", "ratio", "target", "result"];
  const rows = results.map((r) => {
    const target = r.kind === "list" ? TARGETS.listP95Ms : TARGETS.searchP95Ms;
    const ratio = ratioOf(r);
    const pass = r.path.p95 <= target && ratio <= TARGETS.ratio;
    return [r.name, String(r.path.runs), ms(r.path.p50), ms(r.path.p95), ms(r.path.p99), ms(r.raw.p50), ms(r.raw.p95), ratio.toFixed(2),
      `p95 ≤ ${target}, ≤ ${TARGETS.ratio}×`, pass ? "PASS" : "FAIL"];
  });
  const l = live.commitToEvent;
  rows.push(["live: commit → SSE event", `${live.received}/${live.sent}`, ms(l.p50), ms(l.p95), ms(l.p99), "-", "-", "-",
    `p95 ≤ ${TARGETS.livePropagationP95Ms}`, l.p95 <= TARGETS.livePropagationP95Ms && live.received === live.sent ? "PASS" : "FAIL"]);
  const c = live.callToEvent;
  rows.push(["live: updateTicket call → SSE event", `${live.received}/${live.sent}`, ms(c.p50), ms(c.p95), ms(c.p99), "-", "-", "-", "(info)", ""]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
