import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  LOCKFILE_CONTENT,
  MigrationNameError,
  assertMigrationName,
  migrationDirectoryName,
  migrationTimestamp,
  readMigrationsList,
  riskyStatements,
  slugifyMigrationName,
} from "./migration-files";

describe("migration names", () => {
  it.each(["init", "add_ticket_due_date", "v2_sla_policies", "a1"])("accepts %s", (name) => {
    expect(() => assertMigrationName(name)).not.toThrow();
  });

  it.each([
    ["", /needs a name/],
    ["Add Foo", /Try "add_foo"/],
    ["addFoo", /Try "add_foo"/],
    ["add-foo", /Try "add_foo"/],
    ["add__foo", /Try "add_foo"/],
    ["_add", /Try "add"/],
    ["1_init", /snake_case/],
    ["../etc", /Try "etc"/],
    ["x".repeat(201), /limit is 200/],
  ])("refuses %j", (name, message) => {
    expect(() => assertMigrationName(name)).toThrow(MigrationNameError);
    expect(() => assertMigrationName(name)).toThrow(message);
  });

  it("slugifies like Prisma's CLI", () => {
    expect(slugifyMigrationName("Add Ticket DueDate!")).toBe("add_ticket_due_date");
    expect(slugifyMigrationName("  café  ")).toBe("cafe");
  });
});

describe("migration timestamps", () => {
  it("are YYYYMMDDHHMMSS in UTC, zero-padded", () => {
    expect(migrationTimestamp(new Date("2025-01-02T03:04:05.678Z"))).toBe("20250102030405");
    expect(migrationTimestamp(new Date("2025-12-31T23:59:59+02:00"))).toBe("20251231215959");
  });

  it("prefix the directory name", () => {
    expect(migrationDirectoryName("init", new Date("2025-06-07T08:09:10Z"))).toBe("20250607080910_init");
    expect(() => migrationDirectoryName("Bad Name", new Date())).toThrow(MigrationNameError);
  });
});

describe("riskyStatements", () => {
  it("lists drops, type changes and required columns, not new tables' unique indexes", () => {
    const sql = [
      '-- CreateTable\nCREATE TABLE "Tag" (\n    "id" UUID NOT NULL\n);',
      'CREATE UNIQUE INDEX "Tag_name_key" ON "Tag"("name");',
      'CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");',
      'ALTER TABLE "Customer" DROP COLUMN "phone",\nADD COLUMN     "extra" VARCHAR(10) NOT NULL,\nADD COLUMN     "ok" INTEGER NOT NULL DEFAULT 0;',
      'ALTER TABLE "Ticket" ALTER COLUMN "subject" SET DATA TYPE VARCHAR(100);',
      'DROP TABLE "Old";',
    ].join("\n");
    expect(riskyStatements(sql)).toEqual([
      'CREATE UNIQUE INDEX "User_phone_key" ON "User"("phone");',
      'ALTER TABLE "Customer" DROP COLUMN "phone",',
      'ADD COLUMN     "extra" VARCHAR(10) NOT NULL,',
      'ALTER TABLE "Ticket" ALTER COLUMN "subject" SET DATA TYPE VARCHAR(100);',
      'DROP TABLE "Old";',
    ]);
  });
});

describe("readMigrationsList", () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("reads directories in name order, the lockfile, and unreadable files as errors", async () => {
    dir = await mkdtemp(path.join(tmpdir(), "shopdesk-migrations-"));
    await writeFile(path.join(dir, "migration_lock.toml"), LOCKFILE_CONTENT);
    for (const name of ["20250102000000_b", "20250101000000_a"]) {
      await mkdir(path.join(dir, name));
      await writeFile(path.join(dir, name, "migration.sql"), `-- ${name}\n`);
    }
    await mkdir(path.join(dir, "20250103000000_empty"));
    await writeFile(path.join(dir, "README.md"), "not a migration");

    const list = await readMigrationsList(dir);
    expect(list.lockfile).toEqual({ path: "migration_lock.toml", content: LOCKFILE_CONTENT });
    expect(list.migrationDirectories.map((d) => d.path)).toEqual(["20250101000000_a", "20250102000000_b", "20250103000000_empty"]);
    expect(list.migrationDirectories[0]!.migrationFile.content).toEqual({ tag: "ok", value: "-- 20250101000000_a\n" });
    expect(list.migrationDirectories[2]!.migrationFile.content.tag).toBe("error");
  });

  it("treats a missing folder as no migrations and no lockfile", async () => {
    const list = await readMigrationsList(path.join(tmpdir(), `missing-${Date.now()}`));
    expect(list.migrationDirectories).toEqual([]);
    expect(list.lockfile.content).toBeNull();
  });
});
