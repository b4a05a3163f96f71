// The database when DATABASE_URL is unset: an embedded PostgreSQL 18 whose data lives in
// <SHOPDESK_DATA_DIR>/pg and survives restarts, so a fresh machine needs no database server.
//
// Several Shopdesk processes may want it at once (the app, a worker, a CLI command). The first
// starts the server and records itself in server.json; later ones join it. Whoever leaves last
// stops it; if the owner leaves first, a remaining process inherits the job. The app refuses to
// start twice. PostgreSQL's own postmaster.pid decides whether a server runs: we never start a
// second one on the same data directory, and a server left behind by a crashed process is adopted.
import { existsSync, readFileSync, unlinkSync, writeFileSync } from "node:fs";
import { chmod, mkdir, open, readFile, stat, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { env } from "@/env";
import type { Logger } from "@/server/logger";
import {
  embeddedUrl,
  ensureDatabase,
  generatePassword,
  initialiseCluster,
  isAlive,
  isInitialised,
  runningPostmaster,
  startPostgres,
  stopPostgres,
  type PostmasterInfo,
  type StartedServer,
} from "./embedded-server";

export type Purpose = "app" | "cli";

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  /** Leaves the database; stops the embedded server when this was the last process using it. */
  release: () => Promise<void>;
}

export class EmbeddedAlreadyRunningError extends Error {
  override name = "EmbeddedAlreadyRunningError";
  constructor(readonly pid: number) {
    super(
      `Shopdesk is already running (pid ${pid}) on the embedded database in this data directory. ` +
        "Stop it first, or use it: commands such as `npm run db:migrate` work beside it.",
    );
  }
}

const DATABASE = "shopdesk";

interface Participant {
  pid: number;
  purpose: Purpose;
}

/** server.json: who uses the server and who stops it. */
interface ServerState {
  owner: Participant;
  guests: Participant[];
  port: number;
  postmasterPid: number;
  startedAt: string;
}

type Log = Pick<Logger, "info" | "warn" | "debug">;

function files(root: string) {
  return {
    root,
    dataDir: path.join(root, "pg"),
    password: path.join(root, "pg-password"),
    state: path.join(root, "server.json"),
    lock: path.join(root, "server.lock"),
  };
}
type Files = ReturnType<typeof files>;

// ---------------------------------------------------------------------------------------------
// The state file, changed only under an exclusive lock file (O_EXCL), so that two processes
// starting together cannot both start a server or both think they own it.

async function withStateLock<T>(f: Files, fn: () => Promise<T>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const handle = await open(f.lock, "wx", 0o600);
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const holder = Number(await readFile(f.lock, "utf8").catch(() => ""));
    const age = Date.now() - ((await stat(f.lock).catch(() => undefined))?.mtimeMs ?? Date.now());
    // A lock whose holder died is stale; an empty one older than a few seconds was never finished.
    if ((holder > 0 && !isAlive(holder)) || (!holder && age > 5_000)) {
      await unlink(f.lock).catch(() => undefined);
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(`Another Shopdesk process (pid ${holder}) keeps ${f.lock} locked; is it stuck?`);
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  try {
    return await fn();
  } finally {
    await unlink(f.lock).catch(() => undefined);
  }
}

function parseState(text: string | undefined): ServerState | undefined {
  if (!text) return undefined;
  try {
    const state = JSON.parse(text) as ServerState;
    return typeof state.owner?.pid === "number" && Array.isArray(state.guests) ? state : undefined;
  } catch {
    return undefined;
  }
}

const readState = async (f: Files) => parseState(await readFile(f.state, "utf8").catch(() => undefined));
const writeState = (f: Files, state: ServerState) => writeFile(f.state, JSON.stringify(state, null, 2) + "\n", { mode: 0o644 });

/** Everyone recorded in the state except this process, and only those still alive. */
function otherLiveParticipants(state: ServerState | undefined): Participant[] {
  if (!state) return [];
  return [state.owner, ...state.guests].filter((p) => p.pid !== process.pid && isAlive(p.pid));
}

// ---------------------------------------------------------------------------------------------

async function readOrCreatePassword(f: Files): Promise<string> {
  const existing = (await readFile(f.password, "utf8").catch(() => ""))?.trim();
  if (existing) return existing;
  if (await isInitialised(f.dataDir)) {
    throw new Error(
      `${f.password} is missing, so the embedded database in ${f.dataDir} cannot be opened. ` +
        "Restore the file, or move the pg directory away to start with an empty database.",
    );
  }
  const password = generatePassword();
  await writeFile(f.password, password + "\n", { mode: 0o600 });
  return password;
}

/** Waits out a server that is starting (crash recovery) or stopping, and says what runs then. */
async function settledPostmaster(dataDir: string, timeoutMs = 60_000): Promise<PostmasterInfo | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const info = await runningPostmaster(dataDir);
    if (!info || info.status === "ready") return info;
    if (Date.now() > deadline) throw new Error(`The embedded PostgreSQL (pid ${info.pid}) stays "${info.status}"; see postgres.log.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** What this process holds; several resolveDatabase() calls in one process (even concurrent ones) share it. */
interface LocalUse {
  users: number;
  opened: Promise<{ url: string; release: () => Promise<void> }>;
}
let local: LocalUse | undefined;

async function defaultLog(): Promise<Log> {
  return (await import("@/server/logger")).logger;
}

/**
 * The database URL for this process: DATABASE_URL when set, otherwise the embedded server
 * (started, joined or adopted). Call `release()` when done; signal handlers cover processes
 * that have none of their own.
 */
export async function resolveDatabase(opts: { purpose: Purpose; log?: Log }): Promise<ResolvedDatabase> {
  const log = opts.log ?? (await defaultLog());
  const e = env();
  if (e.DATABASE_URL) {
    log.info({ database: "DATABASE_URL" }, "using the database from DATABASE_URL");
    return { url: e.DATABASE_URL, embedded: false, release: async () => undefined };
  }
  const use = (local ??= {
    users: 0,
    opened: openEmbedded({ dataRoot: e.SHOPDESK_DATA_DIR, port: e.EMBEDDED_PG_PORT, purpose: opts.purpose, log }),
  });
  use.users += 1;
  let opened: Awaited<LocalUse["opened"]>;
  try {
    opened = await use.opened;
  } catch (error) {
    use.users -= 1;
    if (local === use) local = undefined; // let a later call try again
    throw error;
  }
  let released = false;
  return {
    url: opened.url,
    embedded: true,
    release: async () => {
      if (released) return;
      released = true;
      use.users -= 1;
      if (use.users === 0 && local === use) {
        local = undefined;
        await opened.release();
      }
    },
  };
}

/**
 * Starts, joins or adopts the embedded server of `dataRoot` for this process. resolveDatabase()
 * is the usual way in; this lower level exists for tests, which use a data root of their own.
 */
export async function openEmbedded(opts: {
  dataRoot: string;
  port: number;
  purpose: Purpose;
  log: Log;
}): Promise<{ url: string; release: () => Promise<void> }> {
  const { purpose, port, log } = opts;
  const f = files(path.resolve(opts.dataRoot));
  const t0 = performance.now();
  const ms = () => Math.round(performance.now() - t0);
  await mkdir(f.root, { recursive: true });
  if (process.getuid?.() === 0) {
    // PostgreSQL runs as `postgres` and must be able to pass through to <root>/pg.
    await chmod(f.root, ((await stat(f.root)).mode & 0o777) | 0o711);
  }
  const password = await readOrCreatePassword(f);

  const { state, child } = await withStateLock(f, async () => {
    const previous = await readState(f);
    const others = otherLiveParticipants(previous);
    const app = others.find((p) => p.purpose === "app");
    if (purpose === "app" && app) throw new EmbeddedAlreadyRunningError(app.pid);
    const me: Participant = { pid: process.pid, purpose };

    const running = await settledPostmaster(f.dataDir);
    if (running && previous && others.length > 0) {
      // Join a server another live process runs; promote ourselves if its owner is gone.
      const ownerAlive = others.some((p) => p.pid === previous.owner.pid);
      const owner = ownerAlive ? previous.owner : others[0]!;
      const guests = [...others.filter((p) => p.pid !== owner.pid), me];
      const next: ServerState = { ...previous, owner, guests, port: running.port, postmasterPid: running.pid };
      await writeState(f, next);
      log.info({ database: "embedded", mode: "joined", owner: owner.pid, port: running.port, ms: ms() }, "using the embedded PostgreSQL another Shopdesk process runs");
      return { state: next, child: undefined };
    }
    if (running) {
      log.warn({ database: "embedded", mode: "adopted", pid: running.pid, port: running.port }, "adopting an embedded PostgreSQL left running by a process that has exited");
      const next: ServerState = { owner: me, guests: [], port: running.port, postmasterPid: running.pid, startedAt: new Date().toISOString() };
      await writeState(f, next);
      return { state: next, child: undefined };
    }

    if (!(await isInitialised(f.dataDir))) {
      const ti = performance.now();
      await initialiseCluster(f.dataDir, password, (m, fields) => log.warn(fields ?? {}, m));
      log.info({ database: "embedded", dataDir: f.dataDir, ms: Math.round(performance.now() - ti) }, "initialised the embedded PostgreSQL data directory");
    }
    const ts = performance.now();
    const server = await startPostgres({ dataDir: f.dataDir, port, logFile: path.join(f.root, "postgres.log") });
    const next: ServerState = { owner: me, guests: [], port, postmasterPid: server.pid, startedAt: new Date().toISOString() };
    await writeState(f, next);
    log.info({ database: "embedded", mode: "started", pid: server.pid, port, ms: Math.round(performance.now() - ts) }, "started the embedded PostgreSQL");
    return { state: next, child: server.child };
  });

  const url = embeddedUrl(state.port, password, DATABASE);
  const leave = once(() => leaveEmbedded(f, child, log));
  const unhook = installShutdownHooks(f, leave);
  try {
    if (await ensureDatabase(state.port, password, DATABASE)) log.info({ database: DATABASE }, "created the database");
  } catch (error) {
    unhook();
    await leave();
    throw error;
  }
  log.info({ database: "embedded", host: "127.0.0.1", port: state.port, name: DATABASE, ms: ms() }, "embedded PostgreSQL ready");
  return {
    url,
    release: async () => {
      unhook();
      await leave();
    },
  };
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
}

/** Leaves the server: hands it to a remaining process, or stops it when nobody else uses it. */
async function leaveEmbedded(f: Files, child: StartedServer["child"] | undefined, log: Log): Promise<void> {
  await withStateLock(f, async () => {
    const state = await readState(f);
    const others = otherLiveParticipants(state);
    if (state && others.length > 0) {
      const owner = others.find((p) => p.pid === state.owner.pid) ?? others[0]!;
      await writeState(f, { ...state, owner, guests: others.filter((p) => p.pid !== owner.pid) });
      log.info({ database: "embedded", owner: owner.pid }, "leaving the embedded PostgreSQL running for another Shopdesk process");
      return;
    }
    const running = await runningPostmaster(f.dataDir);
    if (running) {
      const t0 = performance.now();
      await stopPostgres(running.pid, running.pid === child?.pid ? child : undefined);
      log.info({ database: "embedded", ms: Math.round(performance.now() - t0) }, "stopped the embedded PostgreSQL");
    }
    await unlink(f.state).catch(() => undefined);
  });
}

/**
 * Stops the server on SIGINT/SIGTERM/SIGHUP when the process has no shutdown of its own (a
 * process that has one calls release() itself, after its own work is done), and on any exit
 * that skipped release().
 */
function installShutdownHooks(f: Files, leave: () => Promise<void>): () => void {
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const onSignal = (signal: NodeJS.Signals) => {
    if (process.listenerCount(signal) > 1) return;
    void leave().finally(() => {
      unhook();
      process.kill(process.pid, signal); // the default action: exit as killed by that signal
    });
  };
  const onExit = () => leaveSync(f);
  const unhook = () => {
    for (const s of signals) process.removeListener(s, onSignal);
    process.removeListener("exit", onExit);
  };
  for (const s of signals) process.on(s, onSignal);
  process.on("exit", onExit);
  return unhook;
}

/** Last resort inside 'exit', where nothing asynchronous runs: ask the server to stop, don't wait. */
function leaveSync(f: Files): void {
  try {
    const state = parseState(existsSync(f.state) ? readFileSync(f.state, "utf8") : undefined);
    const others = otherLiveParticipants(state);
    if (state && others.length > 0) {
      const owner = others.find((p) => p.pid === state.owner.pid) ?? others[0]!;
      writeFileSync(f.state, JSON.stringify({ ...state, owner, guests: others.filter((p) => p.pid !== owner.pid) }, null, 2) + "\n");
      return;
    }
    const pid = Number(readFileSync(path.join(f.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
    if (pid > 0 && isAlive(pid)) process.kill(pid, "SIGINT");
    unlinkSync(f.state);
  } catch {
    // Nothing more can be done while exiting; the next start adopts a server still running.
  }
}
