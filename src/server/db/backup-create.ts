// `backup:create`: the whole database (public, pg-boss's `pgboss` schema, `_prisma_migrations`)
// as one pg_dump custom-format archive.
//
// Consistent: pg_dump reads every table in one REPEATABLE READ transaction, so the archive is
// the database as of one instant, even while the app and the worker keep writing.
// Never half a file under the final name: pg_dump writes (and fsyncs) a hidden temporary file
// beside it, which is read back with `pg_restore --list` and only then renamed into place.
import { open, rename, stat, unlink } from "node:fs/promises";
import path from "node:path";
import type { Logger } from "@/server/logger";
import { readArchive } from "./backup-archive";
import { BackupError } from "./backup-error";
import { postgresBinaries } from "./embedded-server";
import {
  failureSummary,
  findPgTool,
  requirePgTool,
  runTool,
  serverVersion,
  toolConnection,
  type LookupOptions,
  type PgTool,
  type ServerVersion,
} from "./pg-tools";

export type BackupTarget = {
  url: string;
  /** The embedded default: its own bin folder is searched for the tools too. */
  embedded: boolean;
  /** PG_BIN_DIR. */
  binDir?: string;
  log: Logger;
};

export type CreateBackupResult = {
  file: string;
  bytes: number;
  ms: number;
  database: string;
  server: ServerVersion;
  pgDump: PgTool;
  /** Tables in the archive, when it was read back (pg_restore found). */
  tables?: number;
};

const pad = (n: number) => String(n).padStart(2, "0");

/** `shopdesk-backup-20261204-222639.dump` (UTC). */
export function defaultBackupName(now: Date): string {
  const d = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const t = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  return `shopdesk-backup-${d}-${t}.dump`;
}

/** Where the tools are looked for, and the environment they run with. */
export async function lookupFor(target: BackupTarget, env: NodeJS.ProcessEnv): Promise<LookupOptions & { embedded: boolean }> {
  const embeddedBinDir = target.embedded && !target.binDir ? path.dirname((await postgresBinaries()).postgres) : undefined;
  return { binDir: target.binDir, embeddedBinDir, env, embedded: target.embedded };
}

export type BackupFileOptions = { file?: string; force?: boolean; now?: Date; cwd?: string };

/** The backup's absolute path, after checking it may be written (no file there unless `force`, an existing folder). */
export async function resolveBackupFile(opts: BackupFileOptions): Promise<string> {
  const file = path.resolve(opts.cwd ?? process.cwd(), opts.file ?? defaultBackupName(opts.now ?? new Date()));
  const force = opts.force === true;
  const existing = await stat(file).catch(() => undefined);
  if (existing?.isDirectory()) throw new BackupError(`${file} is a directory: pass --file with a file name.`);
  if (existing && !force) throw new BackupError(`${file} already exists: choose another --file, or pass --force to replace it.`);
  const dir = await stat(path.dirname(file)).catch(() => undefined);
  if (!dir?.isDirectory()) throw new BackupError(`The folder ${path.dirname(file)} does not exist.`);
  return file;
}

/** Makes the directory entry of a rename durable (the file's own data pg_dump has synced). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, "r");
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on a directory; the rename itself has happened.
  } finally {
    await handle.close();
  }
}

export async function createBackup(target: BackupTarget, opts: BackupFileOptions = {}): Promise<CreateBackupResult> {
  const { log } = target;
  const file = await resolveBackupFile(opts);

  const conn = toolConnection(target.url);
  if (conn.dropped.length > 0) log.info({ parameters: conn.dropped }, "left out database URL parameters that pg_dump does not understand");
  const server = await serverVersion(target.url);
  const lookup = await lookupFor(target, conn.env);
  const pgDump = await requirePgTool("pg_dump", server, { ...lookup, log });
  log.info({ file, database: conn.database, server: server.version, pgDump: pgDump.path, version: pgDump.version }, "backup started");

  const t0 = performance.now();
  // Hidden, and named after this process, so a crashed run leaves an obvious leftover and never a
  // file that looks like a finished backup. Created 0600 before pg_dump opens it: a backup holds
  // password hashes and every customer's messages.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.partial-${process.pid}`);
  const handle = await open(temp, "w", 0o600);
  try {
    await handle.chmod(0o600); // a leftover of a crashed run keeps its mode otherwise
  } finally {
    await handle.close();
  }
  try {
    const args = [
      "--format=custom",
      "--no-owner",
      "--no-privileges",
      "--no-password",
      // Waiting forever behind a migration's exclusive lock helps nobody.
      "--lock-wait-timeout=60s",
      `--file=${temp}`,
      `--dbname=${conn.dbname}`,
    ];
    if (log.isLevelEnabled("debug")) args.push("--verbose");
    const run = await runTool(pgDump, args, conn.env, log);
    if (run.code !== 0) throw new BackupError(failureSummary("pg_dump", run));

    const tables = await verify(temp, target, lookup, pgDump, conn.env);
    await rename(temp, file);
    await syncDirectory(path.dirname(file));
    const bytes = (await stat(file)).size;
    const ms = Math.round(performance.now() - t0);
    log.info({ file, bytes, ms, tables }, "backup written");
    return { file, bytes, ms, database: conn.database, server, pgDump, tables };
  } finally {
    await unlink(temp).catch(() => undefined);
  }
}

/** Reads the new archive back; returns its table count, or undefined when no pg_restore can. */
async function verify(
  file: string,
  target: BackupTarget,
  lookup: LookupOptions,
  pgDump: PgTool,
  env: NodeJS.ProcessEnv,
): Promise<number | undefined> {
  const pgRestore = await findPgTool("pg_restore", lookup);
  if (!pgRestore || pgRestore.major < pgDump.major) {
    target.log.warn({ pgRestore: pgRestore?.path }, "no pg_restore as new as pg_dump: the archive was not read back");
    return undefined;
  }
  return (await readArchive(file, pgRestore, env, target.log)).tables;
}
