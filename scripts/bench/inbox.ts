// `npm run bench:inbox`: the inbox, search and live-update paths on a million tickets.
// Builds (once) a separate database of 1,000,000 tickets and 3,000,000 messages over 100
// workspaces, one of them holding 30%, then measures p50/p95/p99 of the real code paths
// against the same SQL run alone, and the commit-to-SSE-event time of live updates. Prints a
// table and, as the last line, one JSON object with the figures.
//
//   npm run bench:inbox [-- --rebuild] [--explain] [--runs 500] [--live-changes 1000] [--only <path name part>]
//
// Progress goes to stderr, results to stdout. --explain writes EXPLAIN (ANALYZE, BUFFERS) of
// every measured statement to .shopdesk-bench/explain.txt. Environment: BENCH_PG_PORT (54361),
// BENCH_DATA_DIR (.shopdesk-bench), BENCH_LOG_LEVEL (info), BENCH_TICKETS (a smaller data set to
// try the script; the benchmark's figures are for the default 1,000,000).
import "./server-only-hook";
import { cpus } from "node:os";
import { formatMs, log } from "./bench-log";
import { prepareBenchDatabase } from "./prepare";

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} needs a positive whole number`);
  return value;
}

const runs = option("--runs", 500);
const liveChanges = option("--live-changes", 1000);
const t0 = performance.now();
const { server, info, built } = await prepareBenchDatabase({ rebuild: process.argv.includes("--rebuild") });
try {
  // The app's modules read DATABASE_URL once, on first use: point them at the bench database.
  process.env.DATABASE_URL = server.url;
  process.env.SHOPDESK_EMBEDDED = "1";
  process.env.SHOPDESK_PROCESS = "bench";
  const { runBenchmark } = await import("./run");
  const onlyAt = process.argv.indexOf("--only");
  const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
  const result = await runBenchmark({ runs, warmup: 20, liveChanges, explain: process.argv.includes("--explain"), url: server.url, only });
  const phases = info.phases
    .map(([name, ms]) => `  ${name}: ${formatMs(ms)}`)
    .join("\n");
  process.stdout.write(
    [
      "",
      `Benchmark database: ${built ? "built now" : `reused (built ${info.builtAt.toISOString()})`}, build phases:`,
      phases,
      `Machine: ${cpus().length} cores; ${result.load}. PostgreSQL 18 embedded, default settings.`,
      "",
      result.table,
      "",
      `(ratio = path p95 / raw p95; raw = the statements the path sent, captured at the pg driver and replayed with plain pg)`,
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
