// A migrated database of a test file's own on the test PostgreSQL, for tests that run real worker
// processes (which must not see other files' queued mail, jobs or locks).
import { randomBytes } from "node:crypto";
import pg from "pg";
import pino from "pino";
import { applyMigrations } from "@/server/db/migrations";
import { withClient } from "./infra";

export type OwnDatabase = { url: string; drop: () => Promise<void> };

/** Creates `<prefix>_<random>` next to the test database (`adminUrl`), migrated; `drop()` removes it. */
export async function ownMigratedDatabase(adminUrl: string, prefix: string): Promise<OwnDatabase> {
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  await applyMigrations(u.toString(), pino({ level: "silent" }));
  return {
    url: u.toString(),
    drop: () => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`)).then(() => undefined),
  };
}
