// Prisma's schema engine (the Rust engine behind `prisma migrate`) compiled to WebAssembly and
// driven through @prisma/adapter-pg. The Prisma CLI cannot download its native engine on
// offline or firewalled machines (see PLATFORM.md), so Shopdesk runs the same engine in-process:
// the SQL it writes and the `_prisma_migrations` rows it keeps are exactly Prisma's.
//
// Node-only: never import this from code that Next.js bundles for the browser or the edge.
import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  type SqlDriverAdapter,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
  type Transaction,
} from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";

export type { SchemaEngine };

/** Discrete connection settings: adapter-pg ignores a shadow database name next to a connectionString. */
export interface PgSettings {
  host: string;
  port: number;
  user: string;
  password?: string;
  database: string;
  ssl?: pg.ConnectionConfig["ssl"];
  /** Prisma's `?schema=` parameter; `public` when absent. */
  schema?: string;
}

/** Parses a postgres:// URL the way Prisma reads DATABASE_URL (host, port, credentials, db, sslmode, schema). */
export function parsePgUrl(url: string): PgSettings {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error("Database URL is not a valid URL (expected postgresql://user:password@host:port/database)");
  }
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new Error(`Database URL must start with postgresql:// (got ${u.protocol}//)`);
  }
  const database = decodeURIComponent(u.pathname.replace(/^\//, ""));
  if (!database) throw new Error("Database URL names no database (…/<database> is missing)");
  const sslmode = u.searchParams.get("sslmode");
  const ssl =
    sslmode === "require" || sslmode === "prefer" || sslmode === "no-verify"
      ? { rejectUnauthorized: false }
      : sslmode === "verify-ca" || sslmode === "verify-full"
        ? true
        : undefined;
  return {
    // `?host=/run/postgresql` selects a Unix socket directory, as libpq does.
    host: u.searchParams.get("host") ?? (decodeURIComponent(u.hostname.replace(/^\[|\]$/g, "")) || "localhost"),
    port: u.port ? Number(u.port) : 5432,
    user: decodeURIComponent(u.username) || "postgres",
    password: u.password ? decodeURIComponent(u.password) : undefined,
    database,
    ssl,
    schema: u.searchParams.get("schema") ?? undefined,
  };
}

// ---------------------------------------------------------------------------------------------
// Loading the engine. The package's entry imports the .wasm file as an ES module, which Node 20
// refuses, so we instantiate it ourselves with its JS glue as the import object.

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");

interface PanicRegistry {
  message: string | undefined;
  set_message(message: string): void;
}

const panics: PanicRegistry = {
  message: undefined,
  set_message(message: string) {
    this.message = message;
  },
};

let loading: Promise<EngineModule> | undefined;

function loadEngineModule(): Promise<EngineModule> {
  loading ??= (async () => {
    // Without a registry a Rust panic surfaces only as "unreachable executed".
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: PanicRegistry }).PRISMA_WASM_PANIC_REGISTRY = panics;
    const require = createRequire(import.meta.url);
    const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const glue = (await import(pathToFileURL(gluePath).href)) as EngineModule;
    const bytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

// ---------------------------------------------------------------------------------------------
// The driver-adapter factory, with two fixes for adapter-pg 7.10 (see PLATFORM.md).

const PG_CHAR_OID = 18; // PostgreSQL's internal one-byte `"char"` (pg_catalog columns such as contype)
const PG_TEXT_OID = 25;

interface PgQueryableInternals {
  performIO(query: SqlQuery): Promise<pg.QueryArrayResult>;
}

/**
 * Fix 1: adapter-pg throws "Column type 'char' could not be deserialized" on `"char"` columns,
 * which the engine reads when it introspects a shadow database. We let the adapter see them as
 * text and then tell the engine they are `Character`, the type it expects for them.
 */
function acceptCharColumns<T extends SqlDriverAdapter | Transaction>(queryable: T): T {
  const internals = queryable as unknown as PgQueryableInternals;
  if (typeof internals.performIO !== "function") {
    // A newer adapter-pg reorganised its internals: check whether the fix is still needed.
    throw new Error("@prisma/adapter-pg has no performIO(): revisit acceptCharColumns in schema-engine.ts");
  }
  const charColumns = new WeakMap<SqlQuery, number[]>();
  const performIO = internals.performIO.bind(queryable);
  internals.performIO = async (query) => {
    const result = await performIO(query);
    const indexes: number[] = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === PG_CHAR_OID) {
        field.dataTypeID = PG_TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(query, indexes);
    return result;
  };
  const queryRaw = queryable.queryRaw.bind(queryable);
  queryable.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(query) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return queryable;
}

interface PgAdapterInternals {
  underlyingDriver(): pg.Pool;
  onError(error: unknown): never;
}

/**
 * Fix 3: adapter-pg's executeScript splits the script on every `;` and runs the pieces one by
 * one, which breaks any migration with a function body (`$$ ... ; ... $$`) or a `;` inside a
 * string, and loses atomicity. Prisma's native engine sends the whole script as one simple
 * query, which PostgreSQL runs as a single implicit transaction; we do the same.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): void {
  const internals = adapter as unknown as PgAdapterInternals;
  if (typeof internals.underlyingDriver !== "function" || typeof internals.onError !== "function") {
    throw new Error("@prisma/adapter-pg changed its internals: revisit runScriptsWhole in schema-engine.ts");
  }
  adapter.executeScript = async (script: string): Promise<void> => {
    try {
      await internals.underlyingDriver().query(script);
    } catch (error) {
      internals.onError(error);
    }
  };
}

function patchAdapter(adapter: SqlDriverAdapter, dispose: () => Promise<void>): SqlDriverAdapter {
  acceptCharColumns(adapter);
  runScriptsWhole(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => acceptCharColumns(await startTransaction(isolationLevel));
  adapter.dispose = dispose;
  return adapter;
}

/** node-postgres settings for these connection settings (`overrides` win). */
export function pgConfig(settings: PgSettings, overrides: pg.ClientConfig = {}): pg.ClientConfig {
  return {
    host: settings.host,
    port: settings.port,
    user: settings.user,
    password: settings.password,
    database: settings.database,
    ssl: settings.ssl,
    application_name: "shopdesk-migrate",
    ...overrides,
  };
}

function poolConfig(settings: PgSettings, database = settings.database): pg.PoolConfig {
  // A pool the engine forgot to dispose must not keep the CLI alive.
  return { ...pgConfig(settings, { database }), max: 4, allowExitOnIdle: true };
}

async function runAdminStatement(settings: PgSettings, sql: string): Promise<void> {
  const client = new pg.Client(pgConfig(settings));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A migration-aware factory over adapter-pg that also tracks every pool it opened. */
export class MigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = "postgres";
  readonly adapterName = "@prisma/adapter-pg";
  private readonly open = new Set<() => Promise<void>>();

  constructor(private readonly settings: PgSettings) {}

  async connect(): Promise<SqlDriverAdapter> {
    return this.connectTo(this.settings.database, async () => undefined);
  }

  /**
   * Fix 2: adapter-pg's own version drops the shadow database before closing the pool that is
   * still connected to it, and with a connectionString it would run on the main database.
   */
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const database = `prisma_shadow_${randomUUID()}`;
    const drop = () => runAdminStatement(this.settings, `DROP DATABASE IF EXISTS ${pg.escapeIdentifier(database)} WITH (FORCE)`);
    await runAdminStatement(this.settings, `CREATE DATABASE ${pg.escapeIdentifier(database)}`);
    try {
      return await this.connectTo(database, drop);
    } catch (error) {
      await drop().catch(() => undefined);
      throw error;
    }
  }

  /** Closes what the engine left open and drops shadow databases it did not drop. */
  async disposeAll(): Promise<void> {
    const pending = [...this.open];
    const results = await Promise.allSettled(pending.map((dispose) => dispose()));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
    if (failed) throw failed.reason;
  }

  private async connectTo(database: string, afterClose: () => Promise<void>): Promise<SqlDriverAdapter> {
    const adapter = await new PrismaPg(poolConfig(this.settings, database), {
      schema: this.settings.schema,
    }).connect();
    const closePool = adapter.dispose.bind(adapter);
    let disposed: Promise<void> | undefined;
    const dispose = (): Promise<void> => {
      // Idempotent: the engine and disposeAll() may both ask. Pool first, then the database.
      disposed ??= closePool()
        .then(afterClose)
        .finally(() => this.open.delete(dispose));
      return disposed;
    };
    this.open.add(dispose);
    return patchAdapter(adapter, dispose);
  }
}

// ---------------------------------------------------------------------------------------------

export interface EngineOptions {
  url: string;
  /** The Prisma schema's text; the engine needs a datamodel even for commands that ignore it. */
  schema: string;
  schemaPath?: string;
  /** Receives the engine's own log lines (JSON strings). */
  onLog?: (line: string) => void;
}

/** Wraps an engine failure with the panic message, when the engine panicked. */
function engineError(error: unknown): Error {
  const panic = panics.message;
  panics.message = undefined;
  const base = error instanceof Error ? error : new Error(String(error));
  if (!panic) return base;
  return new Error(`Prisma schema engine panicked: ${panic}`, { cause: base });
}

/**
 * Runs `fn` with a fresh engine and always disposes it afterwards (also on errors), so pools
 * close and no `prisma_shadow_*` database outlives the call.
 */
export async function withSchemaEngine<T>(options: EngineOptions, fn: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const factory = new MigrationAdapterFactory(parsePgUrl(options.url));
  let engine: SchemaEngine | undefined;
  let outcome: { ok: true; value: T } | { ok: false; error: Error };
  try {
    engine = await SchemaEngine.new(
      { datamodels: [[options.schemaPath ?? "schema.prisma", options.schema]] },
      (line: string) => options.onLog?.(line),
      bindMigrationAwareSqlAdapterFactory(factory),
    );
    outcome = { ok: true, value: await fn(engine) };
  } catch (error) {
    outcome = { ok: false, error: engineError(error) };
  }
  try {
    engine?.free();
  } catch {
    // A panicked engine may fail to free; its pools and shadow databases are ours to clean up below.
  }
  try {
    await factory.disposeAll();
  } catch (error) {
    // Report the command's own failure first; a cleanup failure only when the command succeeded.
    if (outcome.ok) throw new Error(`Cleaning up after the schema engine failed: ${String(error)}`, { cause: error });
  }
  if (!outcome.ok) throw outcome.error;
  return outcome.value;
}
