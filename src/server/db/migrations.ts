// Creating and applying migrations with Prisma's own schema engine (see schema-engine.ts).
// prisma/schema.prisma is the source of truth; prisma/migrations holds what production runs.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import type { DiagnoseMigrationHistoryOutput, MigrationList, SchemaFilter } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { Logger } from "@/server/logger";
import {
  EMPTY_MIGRATION,
  LOCKFILE_CONTENT,
  LOCKFILE_NAME,
  MIGRATION_FILE,
  assertMigrationName,
  migrationDirectoryName,
  readMigrationsList,
} from "./migration-files";
import { parsePgUrl, pgConfig, withSchemaEngine, type SchemaEngine } from "./schema-engine";

export interface MigrationPaths {
  schemaPath: string;
  migrationsDir: string;
}

/** Where Prisma looks by default (and prisma.config.ts says): relative to the project root. */
export function defaultMigrationPaths(root = process.cwd()): MigrationPaths {
  return {
    schemaPath: path.join(root, "prisma", "schema.prisma"),
    migrationsDir: path.join(root, "prisma", "migrations"),
  };
}

export interface MigrationOptions {
  paths?: MigrationPaths;
}

type MigrationLog = Pick<Logger, "info" | "warn" | "error" | "debug">;

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/** A problem with the migration history that a person has to resolve. */
export class MigrationError extends Error {
  override name = "MigrationError";
}

async function defaultLog(): Promise<MigrationLog> {
  // Imported lazily so that loading this module does not parse the environment.
  return (await import("@/server/logger")).logger;
}

async function withEngine<T>(
  url: string,
  paths: MigrationPaths,
  fn: (engine: SchemaEngine, schema: { path: string; content: string }) => Promise<T>,
): Promise<T> {
  const schema = { path: path.basename(paths.schemaPath), content: await readFile(paths.schemaPath, "utf8") };
  return withSchemaEngine({ url, schema: schema.content, schemaPath: schema.path }, (engine) => fn(engine, schema));
}

/** The engine's messages end with a Rust span trace that only helps Prisma's developers. */
function cleanEngineMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s+0: /)[0]!.trim();
}

async function diffFromMigrations(
  url: string,
  paths: MigrationPaths,
  list: MigrationList,
): Promise<{ sql: string; empty: boolean }> {
  // Before the first migration there is no lockfile yet; the engine needs one to pick the dialect.
  const migrationsList = { ...list, lockfile: { ...list.lockfile, content: list.lockfile.content ?? LOCKFILE_CONTENT } };
  const result = await withEngine(url, paths, (engine, schema) =>
    engine.diff({
      from: { tag: "migrations", ...migrationsList },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: NO_FILTERS,
    }),
  ).catch((error: unknown) => {
    throw new MigrationError(`Could not compare prisma/migrations with the schema: ${cleanEngineMessage(error)}`, { cause: error });
  });
  const sql = result.stdout ?? "";
  return { sql, empty: result.exitCode === 0 && sql.trim() === EMPTY_MIGRATION };
}

/**
 * The drift check: the SQL that would take a database built from prisma/migrations to the schema.
 * `empty` means they agree. Needs a database that may create (and drops) a shadow database.
 */
export async function diffMigrationsToSchema(url: string, options: MigrationOptions = {}): Promise<{ sql: string; empty: boolean }> {
  const paths = options.paths ?? defaultMigrationPaths();
  return diffFromMigrations(url, paths, await readMigrationsList(paths.migrationsDir));
}

/**
 * Writes the next migration, as `prisma migrate dev --create-only` would: the SQL from the current
 * migrations to the schema, in `<UTC timestamp>_<name>/migration.sql`. Writes nothing when the
 * schema has no changes.
 */
export async function createMigration(
  url: string,
  name: string,
  options: MigrationOptions & { now?: Date } = {},
): Promise<{ dir: string } | { noChanges: true }> {
  assertMigrationName(name);
  const paths = options.paths ?? defaultMigrationPaths();
  const dirName = migrationDirectoryName(name, options.now ?? new Date());
  const list = await readMigrationsList(paths.migrationsDir);
  const latest = list.migrationDirectories.at(-1)?.path;
  if (latest && latest.localeCompare(dirName) >= 0) {
    // Migrations apply in name order; a new one sorting before the last would run out of order.
    throw new MigrationError(`The newest migration ${latest} sorts after ${dirName}; check this machine's clock.`);
  }

  const { sql, empty } = await diffFromMigrations(url, paths, list);
  if (empty) return { noChanges: true };

  const dir = path.join(paths.migrationsDir, dirName);
  await mkdir(paths.migrationsDir, { recursive: true });
  await mkdir(dir).catch((error: NodeJS.ErrnoException) => {
    throw error.code === "EEXIST" ? new MigrationError(`The migration directory already exists: ${dir}`) : error;
  });
  await writeFile(path.join(dir, MIGRATION_FILE), sql, "utf8");
  if (list.lockfile.content === null) {
    await writeFile(path.join(paths.migrationsDir, LOCKFILE_NAME), LOCKFILE_CONTENT, "utf8");
  }
  return { dir };
}

// Any constant works as long as nothing else in the database uses it; this one spells "shopmigr".
// (The engine also takes its own lock, but gives up after 10 s: too short behind a long migration.)
export const APPLY_LOCK_KEY = 0x73686f706d696772n;

/**
 * Holds a session-level advisory lock on a dedicated connection while `fn` runs, so that web,
 * worker and CLI starting together apply migrations one after the other. The engine's own
 * connections come from pools, where a session lock would not hold.
 */
async function withApplyLock<T>(url: string, log: MigrationLog, timeoutMs: number, fn: () => Promise<T>): Promise<T> {
  const client = new pg.Client(pgConfig(parsePgUrl(url), { application_name: "shopdesk-migrate-lock" }));
  await client.connect();
  try {
    const got = await client.query<{ ok: boolean }>("SELECT pg_try_advisory_lock($1) AS ok", [APPLY_LOCK_KEY.toString()]);
    if (!got.rows[0]?.ok) {
      log.info("another process is applying migrations; waiting for it");
      await client.query(`SET lock_timeout = ${Math.max(1, Math.floor(timeoutMs))}`);
      await client.query("SELECT pg_advisory_lock($1)", [APPLY_LOCK_KEY.toString()]).catch((error: { code?: string }) => {
        if (error.code === "55P03") {
          throw new MigrationError(`Timed out after ${timeoutMs} ms waiting for another process to finish applying migrations.`);
        }
        throw error;
      });
    }
    return await fn();
  } finally {
    // Closing the session releases the lock even if the unlock is never sent.
    await client.end().catch(() => undefined);
  }
}

function historyProblems(diagnosis: DiagnoseMigrationHistoryOutput): string[] {
  const problems: string[] = [];
  if (diagnosis.failedMigrationNames.length > 0) {
    problems.push(
      `These migrations failed earlier and are recorded as failed in _prisma_migrations: ${diagnosis.failedMigrationNames.join(", ")}. ` +
        "Fix the database by hand, then mark them rolled back (or applied) before applying again.",
    );
  }
  if (diagnosis.editedMigrationNames.length > 0) {
    problems.push(
      `These migrations were edited after they were applied: ${diagnosis.editedMigrationNames.join(", ")}. ` +
        "Applied migrations are immutable: restore their original migration.sql and put the change in a new migration.",
    );
  }
  return problems;
}

/** Migrations the database has and this code does not: a rollback deploy, or a branch switch. */
function unknownMigrations(diagnosis: DiagnoseMigrationHistoryOutput): string[] {
  const history = diagnosis.history;
  return history?.diagnostic === "migrationsDirectoryIsBehind" || history?.diagnostic === "historiesDiverge"
    ? history.unpersistedMigrationNames
    : [];
}

export interface ApplyOptions extends MigrationOptions {
  /** How long to wait for another process that is applying migrations (default 10 minutes). */
  lockTimeoutMs?: number;
}

/**
 * Applies pending migrations through the engine, which records them in `_prisma_migrations`
 * exactly as `prisma migrate deploy` does. Refuses, with the names, when the history has failed
 * or edited migrations or migrations this code does not know.
 */
export async function applyMigrations(url: string, log?: MigrationLog, options: ApplyOptions = {}): Promise<{ applied: string[] }> {
  const logger = log ?? (await defaultLog());
  const paths = options.paths ?? defaultMigrationPaths();
  const started = performance.now();
  const list = await readMigrationsList(paths.migrationsDir);
  const ms = () => Math.round(performance.now() - started);

  return withApplyLock(url, logger, options.lockTimeoutMs ?? 10 * 60_000, () =>
    withEngine(url, paths, async (engine) => {
      const diagnosis = await engine
        .diagnoseMigrationHistory({ migrationsList: list, optInToShadowDatabase: false, filters: NO_FILTERS })
        .catch((error: unknown) => {
          throw new MigrationError(`Could not read the migration history: ${cleanEngineMessage(error)}`, { cause: error });
        });
      const problems = historyProblems(diagnosis);
      if (problems.length > 0) {
        logger.error({ problems }, "migration history needs attention");
        throw new MigrationError(problems.join("\n"));
      }
      const unknown = unknownMigrations(diagnosis);
      if (unknown.length > 0) {
        // Like `prisma migrate deploy`, carry on: refusing would block rolling back a deploy.
        logger.warn({ unknown }, "the database has migrations that prisma/migrations does not (is this code older than the database?)");
      }
      const history = diagnosis.history;
      const pending =
        history?.diagnostic === "databaseIsBehind" || history?.diagnostic === "historiesDiverge" ? history.unappliedMigrationNames : [];
      if (pending.length > 0) logger.info({ pending }, `applying ${pending.length} migration(s)`);
      const { appliedMigrationNames: applied } = await engine
        .applyMigrations({ migrationsList: list, filters: NO_FILTERS })
        .catch((error: unknown) => {
          throw new MigrationError(`Applying migrations failed: ${cleanEngineMessage(error)}`, { cause: error });
        });
      if (applied.length > 0) {
        logger.info({ applied, ms: ms() }, `applied ${applied.length} migration(s) in ${ms()} ms`);
      } else {
        logger.info({ ms: ms(), migrations: list.migrationDirectories.length }, `database is up to date (${ms()} ms)`);
      }
      return { applied };
    }),
  );
}
