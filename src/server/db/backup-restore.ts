// `backup:restore`: a pg_dump custom-format archive into the database, in one transaction.
//
// pg_restore writes the archive as SQL and psql runs it between our own BEGIN and COMMIT, after
// a short prefix. With --force the prefix drops the schemas the archive holds (CASCADE) and
// recreates `public` as it was (owner, grants, comment), so the result is exactly the archive:
// `pg_restore --clean` would only drop the objects the archive contains, leaving behind tables a
// newer migration added, next to an older `_prisma_migrations` that would re-run that migration.
// pg_restore cannot run anything of ours inside its own --single-transaction, hence psql; and
// COMMIT is sent only after pg_restore has exited cleanly, so a failure anywhere (a damaged
// archive, an error in a statement, a killed process) leaves the database as it was.
import { spawn } from "node:child_process";
import { pipeline } from "node:stream/promises";
import pg from "pg";
import type { Logger } from "@/server/logger";
import { archiveFileProblem, readArchive, type ArchiveInfo } from "./backup-archive";
import { lookupFor, type BackupTarget } from "./backup-create";
import { BackupError } from "./backup-error";
import { collectStderr, failureSummary, requirePgTool, serverVersion, toolConnection, withClient, type PgTool, type ToolConnection, type ToolRun } from "./pg-tools";

export type RestoreCounts = { workspaces: number | null; users: number | null; tickets: number | null; messages: number | null };

export type RestoreResult = {
  file: string;
  ms: number;
  database: string;
  archive: ArchiveInfo;
  /** Schemas dropped first (--force). */
  replaced: string[];
  counts: RestoreCounts;
  /** Migrations of this code the backup lacks, and migrations in the backup this code lacks. */
  migrations?: { pending: string[]; unknown: string[] };
};

type SchemaState = { name: string; owner: string; comment: string | null; grants: { grantee: string; privilege: string; grantable: boolean }[] };

type TargetState = { relations: string[]; schemas: SchemaState[] };

/** What the database holds: its tables, views and sequences outside the system schemas, and the archive's schemas as they are. */
async function inspectTarget(url: string, schemas: string[]): Promise<TargetState> {
  return withClient(url, async (client) => {
    const relations = await client.query<{ name: string }>(
      `SELECT n.nspname || '.' || c.relname AS name
         FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
          AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'
          -- Objects an extension brings along are the extension's, not data.
          AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY n.nspname <> 'public', c.relkind <> 'r', 1`,
    );
    const found = await client.query<SchemaState>(
      `SELECT n.nspname AS name, n.nspowner::regrole::text AS owner, obj_description(n.oid, 'pg_namespace') AS comment,
              coalesce((SELECT json_agg(json_build_object(
                          'grantee', CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END,
                          'privilege', a.privilege_type, 'grantable', a.is_grantable))
                          FROM aclexplode(n.nspacl) a WHERE a.grantee <> n.nspowner), '[]'::json) AS grants
         FROM pg_namespace n WHERE n.nspname = ANY($1::text[]) ORDER BY 1`,
      [schemas],
    );
    return { relations: relations.rows.map((r) => r.name), schemas: found.rows };
  });
}

/** The SQL run inside the transaction before the archive's own. */
export function restorePrefix(archive: ArchiveInfo, target: TargetState, force: boolean): string {
  const id = pg.escapeIdentifier;
  const lines = ["SET client_min_messages = warning;", "SET lock_timeout = '1min';"];
  const existing = new Map(target.schemas.map((s) => [s.name, s]));
  for (const name of archive.schemas) {
    const createdByArchive = archive.createdSchemas.includes(name);
    const now = existing.get(name);
    if (now && force) {
      lines.push(`DROP SCHEMA ${id(name)} CASCADE;`);
      if (!createdByArchive) {
        // `public`: pg_dump leaves its creation out, so it is recreated here as it was.
        lines.push(`CREATE SCHEMA ${id(name)};`, `ALTER SCHEMA ${id(name)} OWNER TO ${now.owner};`);
        for (const g of now.grants) {
          lines.push(`GRANT ${g.privilege} ON SCHEMA ${id(name)} TO ${g.grantee}${g.grantable ? " WITH GRANT OPTION" : ""};`);
        }
        if (now.comment !== null) lines.push(`COMMENT ON SCHEMA ${id(name)} IS ${pg.escapeLiteral(now.comment)};`);
      }
    } else if (now && createdByArchive) {
      // A schema without tables (the database counts as empty) that the archive creates: drop it
      // if it really is empty; if it holds anything else, the DROP fails and nothing changes.
      lines.push(`DROP SCHEMA ${id(name)};`);
    } else if (!now && !createdByArchive) {
      lines.push(`CREATE SCHEMA ${id(name)};`);
    }
  }
  return lines.join("\n") + "\n";
}

function exitOf(child: ReturnType<typeof spawn>): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("close", (code, signal) => resolve({ code, signal }));
  });
}

async function runRestore(
  file: string,
  tools: { pgRestore: PgTool; psql: PgTool },
  conn: ToolConnection,
  prefix: string,
  log: Logger,
): Promise<void> {
  const restore = spawn(tools.pgRestore.path, ["--no-owner", "--no-privileges", "--exit-on-error", "--file=-", file], {
    env: conn.env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const restoreErrors = collectStderr(restore.stderr!, "pg_restore", log);
  const restoreExit = exitOf(restore);
  const psql = spawn(
    tools.psql.path,
    ["--no-psqlrc", "--quiet", "--no-password", "--set=ON_ERROR_STOP=1", "--file=-", `--dbname=${conn.dbname}`],
    { env: conn.env, stdio: ["pipe", "ignore", "pipe"] },
  );
  const psqlErrors = collectStderr(psql.stderr!, "psql", log);
  const psqlExit = exitOf(psql);

  async function* script() {
    yield `BEGIN;\n${prefix}`;
    for await (const chunk of restore.stdout!) yield chunk as Buffer;
    const { code } = await restoreExit;
    if (code !== 0) {
      // Gone before it can send anything more: its connection closes, the transaction rolls back.
      psql.kill("SIGTERM");
      throw new Error("pg_restore failed");
    }
    yield "COMMIT;\n";
  }
  const fed = await pipeline(script(), psql.stdin!).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (restore.exitCode === null) restore.kill("SIGTERM"); // psql stopped reading: pg_restore must not block
  const [r, p] = await Promise.all([restoreExit, psqlExit]);
  const restoreRun: ToolRun = { ...r, errorLines: restoreErrors };
  const psqlRun: ToolRun = { ...p, errorLines: psqlErrors };
  // psql's error is the cause when it stopped first (pg_restore then dies of a broken pipe).
  if (p.code !== 0 && !(r.code !== 0 && p.signal === "SIGTERM")) {
    throw new BackupError(`Nothing was restored: ${failureSummary("psql", psqlRun)}`);
  }
  if (r.code !== 0) throw new BackupError(`Nothing was restored: ${failureSummary("pg_restore", restoreRun)}`);
  if (fed) throw fed;
}

async function countRows(url: string): Promise<RestoreCounts> {
  const tables = { workspaces: "Workspace", users: "User", tickets: "Ticket", messages: "Message" } as const;
  return withClient(url, async (client) => {
    const counts: RestoreCounts = { workspaces: null, users: null, tickets: null, messages: null };
    for (const [key, table] of Object.entries(tables) as [keyof RestoreCounts, string][]) {
      const exists = await client.query<{ t: string | null }>("SELECT to_regclass($1) AS t", [`public.${pg.escapeIdentifier(table)}`]);
      if (!exists.rows[0]?.t) continue;
      const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM public.${pg.escapeIdentifier(table)}`);
      counts[key] = rows[0]?.n ?? 0;
    }
    return counts;
  });
}

/** The backup's migrations against this code's: an older backup needs db:migrate, a newer one newer code. */
async function compareMigrations(url: string, log: Logger): Promise<RestoreResult["migrations"]> {
  try {
    const [{ defaultMigrationPaths }, { readMigrationsList }] = await Promise.all([import("./migrations"), import("./migration-files")]);
    const code = (await readMigrationsList(defaultMigrationPaths().migrationsDir)).migrationDirectories.map((d) => d.path);
    if (code.length === 0) return undefined;
    const applied = await withClient(url, async (client) => {
      if (!(await client.query("SELECT to_regclass('public._prisma_migrations') AS t")).rows[0]?.t) return [];
      const { rows } = await client.query<{ migration_name: string }>(
        "SELECT migration_name FROM public._prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
      );
      return rows.map((r) => r.migration_name);
    });
    return { pending: code.filter((m) => !applied.includes(m)), unknown: applied.filter((m) => !code.includes(m)) };
  } catch (error) {
    log.warn({ err: error }, "could not compare the backup's migrations with this version's");
    return undefined;
  }
}

export async function restoreBackup(target: BackupTarget, opts: { file: string; force?: boolean }): Promise<RestoreResult> {
  const { log, url } = target;
  const { file } = opts;
  const problem = await archiveFileProblem(file);
  if (problem) throw new BackupError(problem);

  const conn = toolConnection(url);
  if (conn.dropped.length > 0) log.info({ parameters: conn.dropped }, "left out database URL parameters that pg_restore does not understand");
  const server = await serverVersion(url);
  const lookup = await lookupFor(target, conn.env);
  const pgRestore = await requirePgTool("pg_restore", server, { ...lookup, log });
  const psql = await requirePgTool("psql", server, { ...lookup, log });
  const archive = await readArchive(file, pgRestore, conn.env, log);
  log.info({ file, dumpedFrom: archive.dumpedFrom, dumpedBy: archive.dumpedBy, schemas: archive.schemas }, "restore started");

  const state = await inspectTarget(url, archive.schemas);
  if (state.relations.length > 0 && !opts.force) {
    const examples = state.relations.slice(0, 3).join(", ");
    throw new BackupError(
      `The database "${conn.database}" is not empty (${state.relations.length} tables, views or sequences, e.g. ${examples}): ` +
        `restore into an empty database, or pass --force to replace the schemas the backup holds (${archive.schemas.join(", ")}) with its contents.`,
    );
  }
  const replaced = opts.force ? state.schemas.map((s) => s.name) : [];
  const t0 = performance.now();
  await runRestore(file, { pgRestore, psql }, conn, restorePrefix(archive, state, opts.force === true), log);
  const ms = Math.round(performance.now() - t0);
  log.info({ file, ms, replaced }, "restore committed");

  // Fresh statistics for the planner, as PostgreSQL's docs advise after a restore.
  const ta = performance.now();
  await withClient(url, (client) => client.query("ANALYZE"));
  log.info({ ms: Math.round(performance.now() - ta) }, "analyzed the restored database");

  return { file, ms, database: conn.database, archive, replaced, counts: await countRows(url), migrations: await compareMigrations(url, log) };
}
