// prisma/migrations against a real PostgreSQL: they build an empty database, applying them again
// is a no-op, they agree with prisma/schema.prisma (the drift test), and a broken history is
// reported by name. Each test works in a database of its own on the test server.
import { createHash, randomBytes } from "node:crypto";
import { cp, mkdtemp, readdir, readFile, rm, writeFile, appendFile, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import pino from "pino";
import {
  APPLY_LOCK_KEY,
  applyMigrations,
  createMigration,
  defaultMigrationPaths,
  diffMigrationsToSchema,
  type MigrationPaths,
} from "@/server/db/migrations";
import { withClient } from "../helpers/infra";

const serverUrl = inject("databaseUrl");
const log = pino({ level: "silent" });
const paths = defaultMigrationPaths();
const cleanups: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

function admin<T>(fn: (client: pg.Client) => Promise<T>, url = serverUrl): Promise<T> {
  return withClient(url, fn);
}

/** An empty database of this test's own, dropped after the file. */
async function freshDatabase(): Promise<string> {
  const name = `migrations_${randomBytes(5).toString("hex")}`;
  await admin((c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  cleanups.push(() => admin((c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A copy of prisma/ to change freely: schema, migrations. */
async function scratchPrisma(): Promise<MigrationPaths> {
  const dir = await mkdtemp(path.join(tmpdir(), "shopdesk-prisma-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  await cp(paths.migrationsDir, path.join(dir, "migrations"), { recursive: true });
  await cp(paths.schemaPath, path.join(dir, "schema.prisma"));
  return { schemaPath: path.join(dir, "schema.prisma"), migrationsDir: path.join(dir, "migrations") };
}

async function migrationNames(dir = paths.migrationsDir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Everything a migration can change, in a stable order, plus the migration history. */
async function schemaSnapshot(url: string): Promise<unknown> {
  return admin(async (c) => {
    const q = async (sql: string) => (await c.query(sql)).rows;
    return {
      columns: await q(`
        SELECT table_name, column_name, ordinal_position, data_type, udt_name, is_nullable, column_default,
               character_maximum_length, numeric_precision, datetime_precision
        FROM information_schema.columns WHERE table_schema = 'public'
        ORDER BY table_name, ordinal_position`),
      constraints: await q(`
        SELECT cl.relname AS table_name, co.conname, co.contype::text AS type, pg_get_constraintdef(co.oid) AS definition
        FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON n.oid = cl.relnamespace
        WHERE n.nspname = 'public' ORDER BY cl.relname, co.conname`),
      indexes: await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' ORDER BY tablename, indexname`),
      enums: await q(`
        SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid
        ORDER BY t.typname, e.enumsortorder`),
      history: await q(`
        SELECT migration_name, checksum, started_at, finished_at, applied_steps_count, rolled_back_at, logs
        FROM _prisma_migrations ORDER BY migration_name`),
    };
  }, url);
}

describe("prisma/migrations", () => {
  it("exist, with Prisma's lockfile", async () => {
    expect((await migrationNames()).length).toBeGreaterThan(0);
    expect(await readFile(path.join(paths.migrationsDir, "migration_lock.toml"), "utf8")).toContain('provider = "postgresql"');
  });

  it("apply to an empty database, recorded in _prisma_migrations as Prisma does", async () => {
    const url = await freshDatabase();
    const { applied } = await applyMigrations(url, log);
    const names = await migrationNames();
    expect(applied).toEqual(names);

    const rows = await admin((c) => c.query("SELECT migration_name, checksum, finished_at FROM _prisma_migrations ORDER BY migration_name"), url);
    for (const [i, row] of rows.rows.entries()) {
      const sql = await readFile(path.join(paths.migrationsDir, names[i]!, "migration.sql"));
      expect(row).toMatchObject({ migration_name: names[i], checksum: createHash("sha256").update(sql).digest("hex") });
      expect(row.finished_at).toBeInstanceOf(Date);
    }
  });

  it("store blob bytes uncompressed and out of line (hand-written, beside the schema)", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, log);
    const { rows } = await admin(
      (c) => c.query(`SELECT attstorage FROM pg_attribute WHERE attrelid = '"StoredBlob"'::regclass AND attname = 'content'`),
      url,
    );
    // 'e': EXTERNAL (the default for bytea is 'x', EXTENDED: compressed).
    expect(rows).toEqual([{ attstorage: "e" }]);
  });

  it("change nothing when applied a second time", async () => {
    const url = await freshDatabase();
    await applyMigrations(url, log);
    const before = (await schemaSnapshot(url)) as Record<string, unknown[]>;
    expect(before.columns!.length).toBeGreaterThan(0);
    expect(before.history).toHaveLength((await migrationNames()).length);
    const again = await applyMigrations(url, log);
    expect(again.applied).toEqual([]);
    expect(await schemaSnapshot(url)).toEqual(before);
  });

  it("are applied once, one process after the other, when web, worker and CLI start together", async () => {
    const scratch = await scratchPrisma();
    const slow = "29991231235959_slow";
    await mkdir(path.join(scratch.migrationsDir, slow));
    await writeFile(path.join(scratch.migrationsDir, slow, "migration.sql"), "SELECT pg_sleep(1);\n");
    const url = await freshDatabase();
    const said: string[] = [];
    const listening = { ...log, info: (...args: unknown[]) => void said.push(String(args.at(-1))) } as unknown as typeof log;

    const first = applyMigrations(url, log, { paths: scratch });
    // Wait until the first one holds the lock, then start two more.
    const lockHeld = () =>
      admin(async (c) => {
        const { rows } = await c.query(
          "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND objsubid = 1 AND ((classid::bigint << 32) | objid::bigint) = $1",
          [APPLY_LOCK_KEY.toString()],
        );
        return rows[0].n > 0;
      }, url);
    for (let tries = 0; !(await lockHeld()); tries++) {
      if (tries > 500) throw new Error("the first applyMigrations() never took the advisory lock");
      await new Promise((r) => setTimeout(r, 20));
    }
    const results = await Promise.all([first, applyMigrations(url, listening, { paths: scratch }), applyMigrations(url, listening, { paths: scratch })]);

    expect(said.filter((m) => m.includes("waiting for it"))).toHaveLength(2);
    expect(results[0].applied).toEqual(await migrationNames(scratch.migrationsDir));
    expect(results[1].applied).toEqual([]);
    expect(results[2].applied).toEqual([]);
  });

  // The drift test: if this fails, run `npm run db:migration -- <name>` and commit the result.
  it("match prisma/schema.prisma (no drift)", async () => {
    const { sql, empty } = await diffMigrationsToSchema(serverUrl);
    expect(sql, "prisma/schema.prisma has changes that no migration contains").toBe("-- This is an empty migration.\n");
    expect(empty).toBe(true);
  });
});

describe("a broken migration history", () => {
  it("names a migration edited after it was applied", async () => {
    const scratch = await scratchPrisma();
    const url = await freshDatabase();
    await applyMigrations(url, log, { paths: scratch });
    const [first] = await migrationNames(scratch.migrationsDir);
    await appendFile(path.join(scratch.migrationsDir, first!, "migration.sql"), "\n-- an afterthought\n");
    await expect(applyMigrations(url, log, { paths: scratch })).rejects.toThrow(new RegExp(`edited after they were applied: ${first}`));
  });

  it("names a failed migration, and its statements are rolled back", async () => {
    const scratch = await scratchPrisma();
    const url = await freshDatabase();
    const bad = "29991231235959_broken";
    await mkdir(path.join(scratch.migrationsDir, bad));
    await writeFile(path.join(scratch.migrationsDir, bad, "migration.sql"), 'CREATE TABLE "Half" ("id" INT);\nSELECT 1/0;\n');
    await expect(applyMigrations(url, log, { paths: scratch })).rejects.toThrow(/division by zero/);
    await expect(applyMigrations(url, log, { paths: scratch })).rejects.toThrow(new RegExp(`failed earlier.*${bad}`));
    const half = await admin((c) => c.query("SELECT to_regclass('\"Half\"') AS t"), url);
    expect(half.rows[0].t).toBeNull();
  });

  it("applies function bodies whole ($$ … ; … $$), like Prisma's native engine", async () => {
    const scratch = await scratchPrisma();
    const url = await freshDatabase();
    const name = "29991231235959_touch_function";
    await mkdir(path.join(scratch.migrationsDir, name));
    await writeFile(
      path.join(scratch.migrationsDir, name, "migration.sql"),
      "CREATE FUNCTION touch() RETURNS trigger AS $$\nBEGIN\n  NEW.\"updatedAt\" := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n",
    );
    const { applied } = await applyMigrations(url, log, { paths: scratch });
    expect(applied.at(-1)).toBe(name);
  });
});

describe("createMigration", () => {
  it("writes nothing when the schema has no changes", async () => {
    const scratch = await scratchPrisma();
    const before = await migrationNames(scratch.migrationsDir);
    expect(await createMigration(serverUrl, "nothing_new", { paths: scratch })).toEqual({ noChanges: true });
    expect(await migrationNames(scratch.migrationsDir)).toEqual(before);
  });

  it("writes the next migration from a schema change, which then leaves no drift", async () => {
    const scratch = await scratchPrisma();
    const schema = await readFile(scratch.schemaPath, "utf8");
    await writeFile(scratch.schemaPath, schema.replace(/(model Tag \{\n)/, "$1  color String? @db.VarChar(16)\n"));
    const now = new Date(Date.UTC(2999, 11, 31, 23, 59, 58));
    const result = await createMigration(serverUrl, "add_tag_color", { paths: scratch, now });
    expect(result).toEqual({ dir: path.join(scratch.migrationsDir, "29991231235958_add_tag_color") });
    expect(await readFile(path.join(scratch.migrationsDir, "29991231235958_add_tag_color", "migration.sql"), "utf8")).toBe(
      '-- AlterTable\nALTER TABLE "Tag" ADD COLUMN     "color" VARCHAR(16);\n',
    );
    expect(await diffMigrationsToSchema(serverUrl, { paths: scratch })).toMatchObject({ empty: true });
  });

  it("refuses a bad name before touching anything", async () => {
    await expect(createMigration(serverUrl, "Add Color", { paths: await scratchPrisma() })).rejects.toThrow(/Try "add_color"/);
  });
});
