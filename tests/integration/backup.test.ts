// backup:create and backup:restore, run as the real CLI processes, against a real PostgreSQL 15
// (Debian's postgresql-15, started by the test: its pg_dump cannot back up the embedded 18),
// and against the suite's own database to check the version rule.
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createDb } from "@/server/db";
import { applyMigrations } from "@/server/db/migrations";
import { findPgTool, serverVersion, toolConnection } from "@/server/db/pg-tools";
import { seedDemo } from "@/server/demo/seed-demo";
import { startBoss } from "@/server/jobs/boss";
import { ensureQueues, sendJob } from "@/server/jobs/queues";
import { freePort, withClient } from "../helpers/infra";
import { startSystemPostgres, type SystemPostgres } from "../helpers/system-postgres";

const quiet = pino({ level: "silent" });
const ROOT = path.resolve(import.meta.dirname, "../..");

type Run = { code: number; stdout: string; stderr: string };

/** The real CLI, as `npm run shopdesk --` runs it, against `databaseUrl`. */
function cli(databaseUrl: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn", DATABASE_URL: databaseUrl, ...extraEnv };
  if (!("PG_BIN_DIR" in extraEnv)) delete env.PG_BIN_DIR;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/index.ts", ...args],
      { cwd: ROOT, env, timeout: 180_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";

/** What a restore must reproduce, read straight from the tables. */
async function snapshot(url: string) {
  return withClient(url, async (c) => {
    const rows = async (sql: string) => (await c.query(sql)).rows as Record<string, unknown>[];
    return {
      tickets: await rows(
        `SELECT w.slug, t.number, t.subject, t.status::text AS status FROM "Ticket" t JOIN "Workspace" w ON w.id = t."workspaceId" ORDER BY 1, 2`,
      ),
      // The search document is a generated column: recomputed by the restore, it must come out the same.
      messages: await rows(
        `SELECT id, kind::text AS kind, md5(text) AS text, md5(coalesce(html, '')) AS html, md5("searchVector"::text) AS search FROM "Message" ORDER BY id`,
      ),
      users: await rows(`SELECT email, md5(coalesce("passwordHash", '')) AS password FROM "User" ORDER BY email`),
      members: await rows(
        `SELECT w.slug, u.email, m.role::text AS role FROM "Member" m JOIN "Workspace" w ON w.id = m."workspaceId" JOIN "User" u ON u.id = m."userId" ORDER BY 1, 2`,
      ),
      migrations: await rows(
        `SELECT id, checksum, migration_name, finished_at, applied_steps_count FROM _prisma_migrations ORDER BY migration_name`,
      ),
      jobs: await rows(`SELECT name, state::text AS state, data FROM pgboss.job ORDER BY name`),
      bossVersion: await rows(`SELECT version FROM pgboss.version`),
    };
  });
}

describe("backups on PostgreSQL 15 (real CLI processes)", () => {
  let server: SystemPostgres;
  let work: string;
  let urlA: string;
  let urlB: string;
  let before: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    server = await startSystemPostgres(15);
    work = await mkdtemp(path.join(tmpdir(), "shopdesk-backup-test-"));
    urlA = await server.createDatabase("shop_a");
    urlB = await server.createDatabase("shop_b");
    await applyMigrations(urlA, quiet);
    const db = createDb(urlA, 2);
    try {
      expect(await seedDemo(db, quiet)).toMatchObject({ seeded: true });
    } finally {
      await db.$disconnect();
    }
    // pg-boss's schema and a queued job belong in the backup too.
    const boss = await startBoss(urlA, quiet, { role: "producer", max: 1 });
    await ensureQueues(boss);
    await sendJob(boss, "cleanupExpired", { trigger: "manual" });
    await boss.stop({ graceful: true, timeout: 5000 });
    before = await snapshot(urlA);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it("backs up seeded data and restores it into an empty database, refusing to overwrite without --force", { timeout: 600_000 }, async () => {
    expect(before.tickets.length).toBe(70);
    expect(before.messages.length).toBeGreaterThan(70);
    expect(before.jobs).toEqual([expect.objectContaining({ name: "maintenance.cleanup-expired", state: "created" })]);

    const file = path.join(work, "shop.dump");
    // pg_dump from PATH (Debian's pg_wrapper in /usr/bin picks the newest installed client).
    const created = await cli(urlA, ["backup:create", "--file", file]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(lastLine(created.stdout)).toBe(file);
    expect(created.stdout).toMatch(/^Backed up the database "shop_a" \(PostgreSQL 15\.\d+\) with pg_dump \d+\.\d+: \d+ tables, [\d.]+ KB in [\d.]+ s\.\n/);
    expect(await readdir(work)).toEqual(["shop.dump"]); // no temporary file left beside it

    // A second backup to the same name is refused, and leaves the first alone.
    const again = await cli(urlA, ["backup:create", "--file", file]);
    expect(again).toMatchObject({ code: 1, stdout: "" });
    expect(again.stderr).toBe(`error: ${file} already exists: choose another --file, or pass --force to replace it.\n`);

    // Restore with the tools of PG_BIN_DIR (the other lookup path).
    const restored = await cli(urlB, ["backup:restore", "--file", file], { PG_BIN_DIR: server.binDir });
    expect(restored.stderr).toBe("");
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain(`Restored ${file} (made `);
    expect(restored.stdout).toContain(
      `It holds 2 workspaces, ${before.users.length} users, 70 tickets and ${before.messages.length} messages.`,
    );
    const afterRestore = await snapshot(urlB);
    expect(afterRestore).toEqual(before);

    // Again into B, which now has data: refused, and nothing changes.
    await withClient(urlB, (c) => c.query(`UPDATE "Ticket" SET subject = 'changed after the restore' WHERE number = 1`));
    const changed = await snapshot(urlB);
    const refused = await cli(urlB, ["backup:restore", "--file", file]);
    expect(refused).toMatchObject({ code: 1, stdout: "" });
    expect(refused.stderr.trim().split("\n")).toHaveLength(1);
    expect(refused.stderr).toMatch(/^error: The database "shop_b" is not empty \(\d+ tables, views or sequences, e\.g\. public\.\S+.*pass --force/);
    expect(await snapshot(urlB)).toEqual(changed);

    // --force replaces everything in the backup's schemas, including a table the backup does not have.
    await withClient(urlB, (c) => c.query(`CREATE TABLE public.stray (id int)`));
    const forced = await cli(urlB, ["backup:restore", "--file", file, "--force"]);
    expect(forced.stderr).toBe("");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("replacing the schemas pgboss, public");
    expect(await snapshot(urlB)).toEqual(before);
    const stray = await withClient(urlB, (c) => c.query(`SELECT to_regclass('public.stray') AS t`));
    expect(stray.rows[0].t).toBeNull();
    // public keeps its owner and grants (recreated as it was).
    const publicSchema = await withClient(urlB, (c) =>
      c.query(`SELECT nspowner::regrole::text AS owner, nspacl::text AS acl FROM pg_namespace WHERE nspname = 'public'`),
    );
    const publicInA = await withClient(urlA, (c) =>
      c.query(`SELECT nspowner::regrole::text AS owner, nspacl::text AS acl FROM pg_namespace WHERE nspname = 'public'`),
    );
    expect(publicSchema.rows).toEqual(publicInA.rows);
  });

  it("a damaged archive changes nothing, even with --force", { timeout: 300_000 }, async () => {
    const file = path.join(work, "full.dump");
    expect((await cli(urlA, ["backup:create", "--file", file])).code).toBe(0);
    const bytes = await readFile(file);
    const truncated = path.join(work, "truncated.dump");
    // The table of contents (at the start, with every table's DDL: most of a small demo's archive)
    // survives, so pg_restore --list reads it; the data of the last table written does not.
    await writeFile(truncated, bytes.subarray(0, bytes.length - 64));
    const state = await snapshot(urlB);
    const r = await cli(urlB, ["backup:restore", "--file", truncated, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Nothing was restored: pg_restore failed/);
    expect(await snapshot(urlB)).toEqual(state);
  });

  it("refuses a file that is not an archive before touching the database", { timeout: 300_000 }, async () => {
    const notArchive = path.join(work, "notes.txt");
    await writeFile(notArchive, "-- PostgreSQL database dump\nSELECT 1;\n");
    // Nothing listens on this port: a CLI that connected would fail with a connection error.
    const nowhere = `postgresql://postgres:x@127.0.0.1:${await freePort()}/none`;
    const [plain, missing] = await Promise.all([
      cli(nowhere, ["backup:restore", "--file", notArchive]),
      cli(nowhere, ["backup:restore", "--file", path.join(work, "no-such.dump")]),
    ]);
    expect(plain).toMatchObject({ code: 2, stdout: "" });
    expect(plain.stderr).toBe(
      `error: ${notArchive} is not a pg_dump custom-format archive (it is a plain SQL dump: restore that with psql) ` +
        "(see `npm run shopdesk -- backup:restore --help`)\n",
    );
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^error: \S+no-such\.dump does not exist/);
  });
});

describe("backups against the suite's own database (the embedded PostgreSQL 18 unless TEST_DATABASE_URL)", () => {
  it("backup:create names both versions in one line when pg_dump is older than the server", { timeout: 300_000 }, async () => {
    const url = inject("databaseUrl");
    const server = await serverVersion(url);
    const conn = toolConnection(url);
    const pgDump = await findPgTool("pg_dump", { env: conn.env });
    const work = await mkdtemp(path.join(tmpdir(), "shopdesk-backup-test-"));
    try {
      const file = path.join(work, "embedded.dump");
      const r = await cli(url, ["backup:create", "--file", file]);
      if (pgDump && pgDump.major >= server.major) {
        // A machine with new enough client tools: the backup simply works.
        expect(r.code).toBe(0);
        expect(lastLine(r.stdout)).toBe(file);
        return;
      }
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      const lines = r.stderr.trim().split("\n");
      expect(lines).toHaveLength(1);
      if (pgDump) {
        expect(lines[0]).toContain(`pg_dump ${pgDump.version} (${pgDump.path}) is older than the PostgreSQL ${server.version} server`);
      } else {
        expect(lines[0]).toContain("pg_dump not found on PATH");
      }
      expect(lines[0]).toContain(`install the PostgreSQL ${server.major} client tools`);
      expect(lines[0]).toContain("PG_BIN_DIR");
      expect(await readdir(work)).toEqual([]);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  });
});
