// The CLI's database: DATABASE_URL, or the embedded PostgreSQL (started for this command when
// the app is not running, reused when it is). An embedded database is migrated first, as `npm
// run dev` would; a DATABASE_URL database is migrated only by `db:migrate`; the backup commands
// migrate neither (they take the database as it is).
import { createDb, type Db } from "@/server/db";
import { resolveDatabase } from "@/server/db/embedded";
import type { Logger } from "@/server/logger";

export type CliDatabase = {
  db: Db;
  url: string;
  embedded: boolean;
  /** Migrations applied while opening (see MigrateMode). */
  applied: string[];
  close(): Promise<void>;
};

/** always: any database; embedded: only the embedded default; never: none. */
export type MigrateMode = "always" | "embedded" | "never";

export async function openCliDatabase(log: Logger, opts: { migrate?: MigrateMode } = {}): Promise<CliDatabase> {
  const migrate = opts.migrate ?? "embedded";
  const resolved = await resolveDatabase({ purpose: "cli", log });
  let applied: string[] = [];
  try {
    if (migrate === "always" || (migrate === "embedded" && resolved.embedded)) {
      const { applyMigrations } = await import("@/server/db/migrations");
      ({ applied } = await applyMigrations(resolved.url, log));
      if (applied.length > 0) log.info({ applied }, "migrations applied");
    }
  } catch (e) {
    await resolved.release();
    throw e;
  }
  const db = createDb(resolved.url, 2);
  return {
    db,
    url: resolved.url,
    embedded: resolved.embedded,
    applied,
    async close() {
      try {
        await db.$disconnect();
      } finally {
        await resolved.release();
      }
    },
  };
}
