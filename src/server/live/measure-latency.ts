// Measures the live path end to end against a running server: the time from COMMIT of a
// transaction that notifies (as the ticket use cases do) to the event arriving at a connected
// server-sent-events client. For `npm run bench:inbox` and manual checks; tests use it only to
// prove every change arrives, never to assert a speed.
// Plain Node (fetch + pg), no server-only: benchmarks and e2e specs import it.
import pg from "pg";
import { readSseStream } from "@/server/live/sse";
import { TICKET_CHANNEL, type TicketChange } from "@/server/live/ticket-change";

export type LatencyProbeOptions = {
  /** e.g. http://localhost:3000/api/live/demo */
  streamUrl: string;
  /** A signed-in member's session cookie, as `Cookie` header. */
  headers?: Record<string, string>;
  databaseUrl: string;
  /** A ticket of that workspace; the probe's notifications carry its ids. */
  ticket: { workspaceId: string; ticketId: string; number: number };
  changes: number;
  /** Runs inside each transaction before the NOTIFY, to commit a real change; default: none. */
  change?: (client: pg.Client, index: number) => Promise<void>;
  /** Per change; a change that does not arrive in time counts as lost. */
  timeoutMs?: number;
};

export type LatencyResult = {
  sent: number;
  received: number;
  lost: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
};

const PROBE_KIND = "probe";

/** The q-quantile (0..1) of `sorted` by the nearest-rank method. */
export function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export async function measureLiveLatency(options: LatencyProbeOptions): Promise<LatencyResult> {
  const { ticket, timeoutMs = 5_000 } = options;
  const abort = new AbortController();
  const arrivals = new Map<number, (at: number) => void>();
  // Versions far above real ones, so the probe's events are told apart from real changes.
  const base = 1_000_000_000 + Math.floor(Math.random() * 1_000_000) * 1_000;

  const response = await fetch(options.streamUrl, {
    headers: { Accept: "text/event-stream", ...options.headers },
    signal: abort.signal,
  });
  if (!response.ok || !response.body) throw new Error(`the live stream answered ${response.status}`);
  const reading = readSseStream(response.body, (message, at) => {
    if (message.event !== "ticket") return;
    const data = JSON.parse(message.data) as Partial<TicketChange>;
    if (data.ticketId === ticket.ticketId && data.kind === PROBE_KIND && typeof data.version === "number") {
      arrivals.get(data.version)?.(at);
    }
  });

  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "shopdesk-live-probe" });
  await client.connect();
  const send = async (version: number, index: number | null): Promise<{ committedAt: number; arrived: Promise<number | null> }> => {
    const arrived = new Promise<number | null>((resolve) => {
      const timer = setTimeout(() => resolve(null), timeoutMs);
      arrivals.set(version, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
    const payload: TicketChange = { ...ticket, version, kind: PROBE_KIND };
    await client.query("BEGIN");
    if (index !== null && options.change) await options.change(client, index);
    await client.query("SELECT pg_notify($1, $2)", [TICKET_CHANNEL, JSON.stringify(payload)]);
    const committedAt = performance.now();
    await client.query("COMMIT");
    return { committedAt, arrived };
  };

  try {
    // Warm-up: the server's listener connects on its first subscriber, so wait until a probe arrives.
    let warm = false;
    for (let i = 0; i < 20 && !warm; i++) warm = (await (await send(base - 1 - i, null)).arrived) !== null;
    if (!warm) throw new Error("no probe event arrived on the live stream");

    const samples: number[] = [];
    for (let i = 0; i < options.changes; i++) {
      const { committedAt, arrived } = await send(base + i, i);
      const at = await arrived;
      if (at !== null) samples.push(at - committedAt);
    }
    samples.sort((a, b) => a - b);
    const round = (n: number) => Math.round(n * 100) / 100;
    return {
      sent: options.changes,
      received: samples.length,
      lost: options.changes - samples.length,
      p50Ms: round(quantile(samples, 0.5)),
      p95Ms: round(quantile(samples, 0.95)),
      p99Ms: round(quantile(samples, 0.99)),
      maxMs: round(samples.at(-1) ?? Number.NaN),
    };
  } finally {
    abort.abort();
    await reading;
    await client.end();
  }
}
