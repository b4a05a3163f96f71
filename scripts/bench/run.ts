// Everything that needs the app's modules (loaded once DATABASE_URL points at the bench
// database): the member ctx, the read paths, the live path, and the figures.
import { writeFile } from "node:fs/promises";
import { loadavg } from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import { loadMemberContext } from "@/server/auth/member-context";
import { db, disconnectDb } from "@/server/db";
import { log } from "./bench-log";
import { BENCH_ROOT } from "./bench-db";
import { measureLive } from "./live";
import { definePaths, measurePaths } from "./paths";
import { figures, table, type Figures } from "./report";
import { installQueryHook } from "./sql-capture";

export type RunOptions = { runs: number; warmup: number; liveChanges: number; explain: boolean; url: string; only?: string };

const BIG_WORKSPACE = "bench-big";

export async function runBenchmark(opts: RunOptions): Promise<{ table: string; figures: Figures; load: string }> {
  installQueryHook();
  // The app logs as in production (info), into the void: the cost of logging stays in the numbers.
  const appLog = pino({ level: "info" }, pino.destination("/dev/null"));
  const user = await db().user.findUniqueOrThrow({ where: { email: `agent2@${BIG_WORKSPACE}.bench.test` }, select: { id: true, email: true, name: true } });
  const ctx = await loadMemberContext(db(), appLog, user, BIG_WORKSPACE);
  if (!ctx) throw new Error(`${user.email} is not a member of ${BIG_WORKSPACE}`);
  const [tickets, messages] = await Promise.all([db().ticket.count(), db().message.count()]);
  const bigTickets = await db().ticket.count({ where: { workspaceId: ctx.workspace.id } });
  log.info({ tickets, messages, bigWorkspaceTickets: bigTickets }, "measuring as a member of the big workspace");

  const raw = new pg.Client({ connectionString: opts.url, application_name: "shopdesk-bench-raw" });
  await raw.connect();
  const loadBefore = loadavg();
  try {
    const paths = await definePaths(ctx);
    const { results, plans } = await measurePaths(paths, raw, { runs: opts.runs, warmup: opts.warmup, explain: opts.explain, only: opts.only });
    if (opts.explain) {
      const file = path.join(BENCH_ROOT, "explain.txt");
      await writeFile(file, [...plans].map(([name, p]) => `=== ${name}\n${p.join("\n\n")}\n`).join("\n"));
      log.info({ file }, "EXPLAIN (ANALYZE, BUFFERS) of every statement written");
    }
    log.info({ changes: opts.liveChanges }, "measuring the live path");
    const live = await measureLive(ctx, { changes: opts.liveChanges, ticketNumber: 1 });
    const loadAfter = loadavg();
    const load = `load average (1/5/15 min) before ${loadBefore.map((n) => n.toFixed(2)).join(" ")}, after ${loadAfter.map((n) => n.toFixed(2)).join(" ")}`;
    return { table: table(results, live), figures: figures(results, live, { tickets, messages }), load };
  } finally {
    await raw.end();
    await disconnectDb();
  }
}
