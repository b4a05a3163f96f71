// A pg_dump custom-format archive: recognising one before anything touches a database, and
// reading its table of contents (`pg_restore --list`) for the versions and schemas it holds.
import { open, stat } from "node:fs/promises";
import type { Logger } from "@/server/logger";
import { BackupError } from "./backup-error";
import { failureSummary, toolOutput, type PgTool } from "./pg-tools";

/** Every custom-format archive starts with these bytes (pg_backup_archiver.c). */
const MAGIC = "PGDMP";

/** Why `file` is not a custom-format archive, in words an operator can act on; null when it is one. */
export async function archiveFileProblem(file: string): Promise<string | null> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => error);
  if (info instanceof Error) return info.code === "ENOENT" ? `${file} does not exist` : `${file} cannot be read (${info.code ?? info.message})`;
  if (info.isDirectory()) return `${file} is a directory; pass a backup file written by backup:create (pg_dump --format=custom)`;
  if (!info.isFile()) return `${file} is not a regular file`;
  if (info.size === 0) return `${file} is empty`;
  const handle = await open(file, "r");
  const head = Buffer.alloc(512);
  let bytes: number;
  try {
    ({ bytesRead: bytes } = await handle.read(head, 0, head.length, 0));
  } finally {
    await handle.close();
  }
  const start = head.subarray(0, bytes);
  if (start.subarray(0, MAGIC.length).toString("latin1") === MAGIC) return null;
  const what =
    start[0] === 0x1f && start[1] === 0x8b
      ? "it is gzip-compressed: gunzip it first"
      : /PostgreSQL database (cluster )?dump/.test(start.toString("utf8")) || start.toString("utf8").startsWith("--")
        ? "it is a plain SQL dump: restore that with psql"
        : start.subarray(257, 262).toString("latin1") === "ustar"
          ? "it is a tar archive (pg_dump --format=tar?); backup:create writes the custom format"
          : `it does not start with ${MAGIC}`;
  return `${file} is not a pg_dump custom-format archive (${what})`;
}

export type ArchiveInfo = {
  createdAt?: string;
  database?: string;
  dumpedFrom?: string;
  dumpedBy?: string;
  /** Schemas the archive's objects live in (public, pgboss...). */
  schemas: string[];
  /** Schemas the archive creates itself (every one but `public`, which pg_dump leaves out). */
  createdSchemas: string[];
  tables: number;
};

const header = (text: string, label: string) => new RegExp(`^;\\s+${label}:?\\s+(.+)$`, "m").exec(text)?.[1]?.trim();

/** Parses `pg_restore --list` output. Entries read `<id>; <class oid> <oid> <DESC> <schema> <name> <owner>`. */
export function parseArchiveList(text: string): ArchiveInfo {
  const schemas = new Set<string>();
  const created = new Set<string>();
  let tables = 0;
  for (const line of text.split("\n")) {
    const entry = /^\d+; \d+ \d+ (.*)$/.exec(line)?.[1];
    if (!entry) continue;
    const schema = /^SCHEMA - (\S+)/.exec(entry)?.[1];
    if (schema) {
      created.add(schema);
      schemas.add(schema);
      continue;
    }
    // Descriptions may be several words (TABLE DATA, TABLE ATTACH, SEQUENCE OWNED BY,
    // MATERIALIZED VIEW DATA): the schema follows the description, never one of those words.
    const m = /^(TABLE|FOREIGN TABLE|VIEW|MATERIALIZED VIEW|SEQUENCE|TYPE|DOMAIN|FUNCTION|PROCEDURE|AGGREGATE) (?!(?:DATA|ATTACH|SET|OWNED) )(\S+) /.exec(entry);
    if (!m || m[2] === "-") continue;
    schemas.add(m[2]!);
    if (m[1] === "TABLE") tables += 1;
  }
  return {
    createdAt: header(text, "Archive created at"),
    database: header(text, "dbname"),
    dumpedFrom: header(text, "Dumped from database version"),
    dumpedBy: header(text, "Dumped by pg_dump version"),
    schemas: [...schemas].sort(),
    createdSchemas: [...created].sort(),
    tables,
  };
}

/** Reads the archive's table of contents; a file pg_restore cannot read is a BackupError. */
export async function readArchive(file: string, pgRestore: PgTool, env: NodeJS.ProcessEnv, log: Pick<Logger, "debug">): Promise<ArchiveInfo> {
  const { run, stdout } = await toolOutput(pgRestore, ["--list", file], env, log);
  if (run.code !== 0) {
    const tooOld = run.errorLines.some((l) => /unsupported version .* in file header/.test(l));
    throw new BackupError(
      `${file} cannot be read: ${failureSummary("pg_restore", run)}` +
        (tooOld ? ` (pg_restore ${pgRestore.version} is older than the pg_dump that wrote it: use that version's client tools via PG_BIN_DIR)` : ""),
    );
  }
  return parseArchiveList(stdout);
}
