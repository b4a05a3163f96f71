// `npm run bench:sla`: SLA deadlines on the million tickets of bench:inbox (issue 17).
// On the data set's big workspace (300,000 tickets), with a business-hours policy that applies to
// every ticket and warns 60 and 15 minutes before each deadline, it measures:
// 1. evaluation: working out the SLA of 100,000 open tickets from their histories (reading them,
//    replaying them, the business-time arithmetic), as the sweep and every ticket change do, in
//    tickets per second; then the same with the state stored (refresh-ticket-sla.ts);
// 2. the breach sweep: the worker's sweep at an instant when the deadlines of those tickets have
//    passed (each breach marked, each notice recorded and sent: in-app rows and queued mail to the
//    assignee or every agent), its time and rate;
// 3. the inbox list's p95 alone (at least --runs times and half a minute), and while that sweep
//    runs beside it in a process of its own, as the worker runs it (the goal: no more than 20%
//    higher). The sweep paces itself (sweep-sla.ts) and, its runs having a time budget, the child
//    starts the next run at once where the worker would a minute later.
// Prints a table and, as the last line, one JSON object with the figures.
//
//   npm run bench:sla [-- --tickets 100000] [--runs 300]
//
// Environment as bench:inbox (BENCH_PG_PORT, BENCH_DATA_DIR, BENCH_TICKETS); the data set is shared.
import "./server-only-hook";
import { cpus, loadavg } from "node:os";
import { formatMs, log } from "./bench-log";
import { prepareBenchDatabase } from "./prepare";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

const t0 = performance.now();
const { server, built } = await prepareBenchDatabase({ rebuild: process.argv.includes("--rebuild") });
try {
  process.env.DATABASE_URL = server.url;
  process.env.SHOPDESK_EMBEDDED = "1";
  process.env.SHOPDESK_PROCESS = "bench";
  const { runSlaBenchmark } = await import("./sla-run");
  const result = await runSlaBenchmark({ tickets: option("--tickets", 100_000), runs: option("--runs", 300) });
  process.stdout.write(
    [
      "",
      `Benchmark database: ${built ? "built now" : "reused"}. Machine: ${cpus().length} cores; load average now ${loadavg().map((n) => n.toFixed(2)).join(" ")}.`,
      "",
      result.table,
      `total run time ${formatMs(Math.round(performance.now() - t0))}`,
      JSON.stringify(result.figures),
      "",
    ].join("\n"),
  );
} catch (error) {
  log.error({ err: error instanceof Error ? error.stack : String(error) }, "benchmark failed");
  process.exitCode = 1;
} finally {
  await server.stop();
}
