// The parts of backups that need no database: recognising an archive, reading its table of
// contents, naming and checking the backup file, and the SQL a restore runs first.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { archiveFileProblem, parseArchiveList, type ArchiveInfo } from "./backup-archive";
import { defaultBackupName, resolveBackupFile } from "./backup-create";
import { BackupError } from "./backup-error";
import { restorePrefix } from "./backup-restore";

let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "shopdesk-backup-unit-"));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("archiveFileProblem", () => {
  async function file(name: string, content: string | Buffer): Promise<string> {
    const p = path.join(tmp, name);
    await writeFile(p, content);
    return p;
  }

  it("accepts a custom-format archive", async () => {
    expect(await archiveFileProblem(await file("ok.dump", Buffer.concat([Buffer.from("PGDMP"), Buffer.from([1, 14, 0, 4, 8, 1])])))).toBeNull();
  });

  it("says what else a file is", async () => {
    expect(await archiveFileProblem(await file("plain.sql", "--\n-- PostgreSQL database dump\n--\n"))).toMatch(/is not a pg_dump custom-format archive \(it is a plain SQL dump: restore that with psql\)$/);
    expect(await archiveFileProblem(await file("x.dump.gz", Buffer.from([0x1f, 0x8b, 8, 0, 0, 0])))).toMatch(/\(it is gzip-compressed: gunzip it first\)$/);
    expect(await archiveFileProblem(await file("notes.txt", "hello"))).toMatch(/notes\.txt is not a pg_dump custom-format archive \(it does not start with PGDMP\)$/);
    expect(await archiveFileProblem(await file("empty.dump", ""))).toMatch(/empty\.dump is empty$/);
    expect(await archiveFileProblem(path.join(tmp, "missing.dump"))).toMatch(/missing\.dump does not exist$/);
    await mkdir(path.join(tmp, "dir.dump"));
    expect(await archiveFileProblem(path.join(tmp, "dir.dump"))).toMatch(/dir\.dump is a directory/);
  });
});

// Shaped like `pg_restore --list` of a Shopdesk database (trimmed).
const LIST = `;
; Archive created at 2026-12-04 22:32:12 UTC
;     dbname: shopdesk
;     TOC Entries: 176
;     Compression: -1
;     Dump Version: 1.14-0
;     Format: CUSTOM
;     Dumped from database version: 15.18 (Debian 15.18-0+deb12u1)
;     Dumped by pg_dump version: 15.18 (Debian 15.18-0+deb12u1)
;
;
; Selected TOC Entries:
;
9; 2615 17405 SCHEMA - pgboss postgres
4; 3079 16962 EXTENSION - btree_gin 
3879; 0 0 COMMENT - EXTENSION btree_gin 
1071; 1247 17407 TYPE pgboss job_state postgres
1008; 1247 16446 TYPE public ActorType postgres
331; 1255 16749 FUNCTION public shopdesk_search_fold(text) postgres
229; 1259 16552 TABLE public Attachment postgres
241; 1259 17420 TABLE pgboss job postgres
244; 1259 17460 TABLE pgboss j3f1a postgres
3700; 0 0 TABLE ATTACH pgboss j3f1a postgres
3861; 0 16552 TABLE DATA public Attachment postgres
3862; 0 17460 TABLE DATA pgboss j3f1a postgres
3635; 2606 16559 CONSTRAINT public Attachment Attachment_pkey postgres
3691; 2606 16701 FK CONSTRAINT public Attachment Attachment_messageId_fkey postgres
`;

describe("parseArchiveList", () => {
  it("reads the versions, the schemas and the tables", () => {
    expect(parseArchiveList(LIST)).toEqual({
      createdAt: "2026-12-04 22:32:12 UTC",
      database: "shopdesk",
      dumpedFrom: "15.18 (Debian 15.18-0+deb12u1)",
      dumpedBy: "15.18 (Debian 15.18-0+deb12u1)",
      schemas: ["pgboss", "public"],
      createdSchemas: ["pgboss"],
      tables: 3,
    });
  });
});

describe("backup file", () => {
  it("is named after the UTC time", () => {
    expect(defaultBackupName(new Date("2026-03-04T05:06:07.890Z"))).toBe("shopdesk-backup-20260304-050607.dump");
  });

  it("resolves against the folder, refuses to replace a file without force, and needs an existing folder", async () => {
    const now = new Date("2026-03-04T05:06:07Z");
    expect(await resolveBackupFile({ cwd: tmp, now })).toBe(path.join(tmp, "shopdesk-backup-20260304-050607.dump"));
    await writeFile(path.join(tmp, "taken.dump"), "x");
    const taken = await resolveBackupFile({ cwd: tmp, file: "taken.dump" }).catch((e: unknown) => e);
    expect(taken).toBeInstanceOf(BackupError);
    expect((taken as Error).message).toBe(`${path.join(tmp, "taken.dump")} already exists: choose another --file, or pass --force to replace it.`);
    expect(await resolveBackupFile({ cwd: tmp, file: "taken.dump", force: true })).toBe(path.join(tmp, "taken.dump"));
    await expect(resolveBackupFile({ cwd: tmp, file: "no/such/folder/x.dump" })).rejects.toThrow(/The folder .+no\/such\/folder does not exist\./);
  });
});

describe("restorePrefix", () => {
  const archive: ArchiveInfo = { schemas: ["pgboss", "public"], createdSchemas: ["pgboss"], tables: 24 };
  const publicSchema = {
    name: "public",
    owner: "pg_database_owner",
    comment: "standard public schema",
    grants: [{ grantee: "PUBLIC", privilege: "USAGE", grantable: false }],
  };
  const pgboss = { name: "pgboss", owner: "postgres", comment: null, grants: [] };

  it("restores into an empty database as it is", () => {
    expect(restorePrefix(archive, { relations: [], schemas: [publicSchema] }, false)).toBe(
      "SET client_min_messages = warning;\nSET lock_timeout = '1min';\n",
    );
  });

  it("drops an empty schema the archive creates, and creates a missing public", () => {
    expect(restorePrefix(archive, { relations: [], schemas: [pgboss] }, false)).toBe(
      "SET client_min_messages = warning;\nSET lock_timeout = '1min';\nDROP SCHEMA \"pgboss\";\nCREATE SCHEMA \"public\";\n",
    );
  });

  it("with force drops the archive's schemas and recreates public as it was", () => {
    const sql = restorePrefix(archive, { relations: ["public.Ticket"], schemas: [pgboss, publicSchema] }, true);
    expect(sql.split("\n")).toEqual([
      "SET client_min_messages = warning;",
      "SET lock_timeout = '1min';",
      'DROP SCHEMA "pgboss" CASCADE;',
      'DROP SCHEMA "public" CASCADE;',
      'CREATE SCHEMA "public";',
      'ALTER SCHEMA "public" OWNER TO pg_database_owner;',
      'GRANT USAGE ON SCHEMA "public" TO PUBLIC;',
      `COMMENT ON SCHEMA "public" IS 'standard public schema';`,
      "",
    ]);
  });
});
