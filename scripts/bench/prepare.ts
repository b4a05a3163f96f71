// Gets the benchmark database ready: started, migrated, and holding the data set of PARAMS
// (built now when missing, different or when --rebuild asks), then restarted with the server's
// default settings for measuring.
import { applyMigrations } from "@/server/db/migrations";
import { log, step } from "./bench-log";
import { recreateDatabase, startBenchServer, type BenchServer } from "./bench-db";
import { buildData, PARAMS, readBuildInfo, type BuildInfo, type BuildParams } from "./build-data";

export function benchParams(): BuildParams {
  // BENCH_TICKETS makes a smaller data set for trying the script out; the benchmark is 1,000,000.
  const tickets = Number(process.env.BENCH_TICKETS ?? PARAMS.tickets);
  return { ...PARAMS, tickets };
}

export async function prepareBenchDatabase(opts: { rebuild: boolean }): Promise<{ server: BenchServer; info: BuildInfo; built: boolean }> {
  const params = benchParams();
  let server = await startBenchServer("measure");
  const existing = await readBuildInfo(server.url);
  // jsonb keeps its own key order, so compare field by field.
  const matches = existing && (Object.keys(params) as Array<keyof BuildParams>).every((k) => existing.params[k] === params[k]);
  if (matches && !opts.rebuild) {
    await applyMigrations(server.url, log);
    log.info({ builtAt: existing.builtAt.toISOString(), buildMs: existing.phases.find(([name]) => name === "total")?.[1] }, "reusing the benchmark data set (--rebuild to build it again)");
    return { server, info: existing, built: false };
  }
  log.info({ reason: opts.rebuild ? "--rebuild" : existing ? "parameters changed" : "no data set yet", params }, "building the benchmark data set");
  await server.stop();
  server = await startBenchServer("load");
  await step("recreate the bench database and apply migrations", async () => {
    await recreateDatabase(server);
    await applyMigrations(server.url, log);
  });
  const info = await buildData(server.url, params);
  await step("restart PostgreSQL with its default settings for measuring", async () => {
    await server.stop();
    server = await startBenchServer("measure");
  });
  return { server, info, built: true };
}
