// Checks the file before anything opens the database: a file that is not a pg_dump archive is
// a bad argument (exit 2), whatever the database holds.
import { env } from "@/env";
import { archiveFileProblem } from "@/server/db/backup-archive";
import { restoreBackup } from "@/server/db/backup-restore";
import { UsageError } from "./args";
import { requiredFlag, type CommandHandler } from "./command-context";
import { CLI_NAME } from "./spec";

export const backupRestore: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const file = requiredFlag(values, "file");
  const problem = await archiveFileProblem(file);
  if (problem) throw new UsageError(problem);

  const { url, embedded } = await openDatabase();
  const result = await restoreBackup({ url, embedded, binDir: env().PG_BIN_DIR, log }, { file, force: values.force === true });
  const { archive, counts } = result;
  const from = [archive.createdAt && `made ${archive.createdAt}`, archive.dumpedFrom && `from PostgreSQL ${archive.dumpedFrom}`]
    .filter(Boolean)
    .join(", ");
  const replaced = result.replaced.length > 0 ? `, replacing the schemas ${result.replaced.join(", ")}` : "";
  out(`Restored ${result.file}${from ? ` (${from})` : ""} into the database "${result.database}"${replaced} in ${(result.ms / 1000).toFixed(1)} s.`);
  const n = (v: number | null) => (v === null ? "no" : String(v));
  out(`It holds ${n(counts.workspaces)} workspaces, ${n(counts.users)} users, ${n(counts.tickets)} tickets and ${n(counts.messages)} messages.`);
  const migrations = result.migrations;
  if (migrations && migrations.unknown.length > 0) {
    out(`The backup comes from a newer Shopdesk (migrations unknown to this version: ${migrations.unknown.join(", ")}): run that version or a later one.`);
  } else if (migrations && migrations.pending.length > 0) {
    out(
      `The backup predates ${migrations.pending.length} migration${migrations.pending.length > 1 ? "s" : ""} of this version: ` +
        `run \`${CLI_NAME} db:migrate\` (the embedded default applies them on start).`,
    );
  }
};
