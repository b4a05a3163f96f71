// The benchmark's own embedded PostgreSQL 18: a cluster in .shopdesk-bench/pg (gitignored by
// `.shopdesk*/`) on its own port, started with the project's embedded-server helpers the way
// tests/setup/database.ts starts its private server, and migrated with applyMigrations. It never
// touches the developer's .shopdesk data or the test servers.
//
// Two sets of settings: while loading, durability is traded for speed (nothing of value is lost if
// the machine dies mid-build: the marker row is written last, so a broken build is rebuilt); the
// measurements run with the server's defaults, as the embedded product runs it, so the numbers
// mean what a self-hosted install would see.
import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile, chmod, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import {
  embeddedUrl,
  ensureDatabase,
  generatePassword,
  initialiseCluster,
  isInitialised,
  runningPostmaster,
  startPostgres,
  stopPostgres,
  type StartedServer,
} from "@/server/db/embedded-server";
import { log } from "./bench-log";

export const BENCH_ROOT = path.resolve(process.env.BENCH_DATA_DIR ?? ".shopdesk-bench");
export const BENCH_PORT = Number(process.env.BENCH_PG_PORT ?? 54361);
const DATABASE = "shopdesk_bench";

export type ServerMode = "load" | "measure";

const LOAD_SETTINGS: Record<string, string> = {
  fsync: "off",
  synchronous_commit: "off",
  full_page_writes: "off",
  // wal_level=minimal lets CREATE INDEX and the rewrite of a table skip WAL altogether.
  wal_level: "minimal",
  max_wal_senders: "0",
  max_wal_size: "16GB",
  checkpoint_timeout: "30min",
  shared_buffers: "1GB",
  maintenance_work_mem: "1GB",
  max_parallel_maintenance_workers: "2",
  autovacuum: "off",
};

export type BenchServer = { url: string; port: number; mode: ServerMode; pid: number; stop: () => Promise<void> };

async function password(): Promise<string> {
  const file = path.join(BENCH_ROOT, "pg-password");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  const created = generatePassword();
  await writeFile(file, created + "\n", { mode: 0o600 });
  return created;
}

/** Starts the bench server in `mode` (stopping one left running, whatever its settings). */
export async function startBenchServer(mode: ServerMode, extraSettings: Record<string, string> = {}): Promise<BenchServer> {
  await mkdir(BENCH_ROOT, { recursive: true });
  if (process.getuid?.() === 0) await chmod(BENCH_ROOT, ((await stat(BENCH_ROOT)).mode & 0o777) | 0o711);
  const dataDir = path.join(BENCH_ROOT, "pg");
  const pw = await password();
  const leftover = await runningPostmaster(dataDir);
  if (leftover) {
    log.warn({ pid: leftover.pid }, "stopping a bench PostgreSQL left running by an earlier run");
    await stopPostgres(leftover.pid);
  }
  if (!(await isInitialised(dataDir))) {
    const t0 = performance.now();
    await initialiseCluster(dataDir, pw, (m, fields) => log.warn(fields ?? {}, m));
    log.info({ dataDir, ms: Math.round(performance.now() - t0) }, "initialised the bench PostgreSQL cluster");
  }
  let server: StartedServer | undefined;
  const onExit = () => {
    if (server) process.kill(server.pid, "SIGINT");
  };
  process.on("exit", onExit);
  server = await startPostgres({
    dataDir,
    port: BENCH_PORT,
    logFile: path.join(BENCH_ROOT, "postgres.log"),
    settings: { ...(mode === "load" ? LOAD_SETTINGS : {}), ...extraSettings },
    timeoutMs: 120_000,
  });
  await ensureDatabase(BENCH_PORT, pw, DATABASE);
  log.info({ port: BENCH_PORT, mode, pid: server.pid }, "bench PostgreSQL ready");
  const started = server;
  return {
    url: embeddedUrl(BENCH_PORT, pw, DATABASE),
    port: BENCH_PORT,
    mode,
    pid: started.pid,
    stop: async () => {
      process.removeListener("exit", onExit);
      await stopPostgres(started.pid, started.child, 300_000);
      server = undefined;
    },
  };
}

/** Runs `sql` from the server's maintenance database (a database cannot be created or dropped from itself). */
async function adminQuery(server: BenchServer, sql: string): Promise<void> {
  const url = new URL(server.url);
  url.pathname = "/postgres";
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Drops and recreates the bench database (for a rebuild): cheaper and surer than deleting rows. */
export async function recreateDatabase(server: BenchServer): Promise<void> {
  await adminQuery(server, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(DATABASE)} WITH (FORCE)`);
  await adminQuery(server, `CREATE DATABASE ${pg.escapeIdentifier(DATABASE)}`);
}

/** An empty database of one run's own on the bench server (`<prefix>_<random>`); `drop` removes it. */
export async function scratchDatabase(server: BenchServer, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await adminQuery(server, `CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(server, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`) };
}
