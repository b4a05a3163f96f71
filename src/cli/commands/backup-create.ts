// The last stdout line is the backup's path, for scripts: `FILE=$(npm run -s shopdesk -- backup:create | tail -n 1)`.
import { env } from "@/env";
import { createBackup, resolveBackupFile } from "@/server/db/backup-create";
import { stringFlag, type CommandHandler } from "./command-context";

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

export const backupCreate: CommandHandler = async ({ values, openDatabase, out, log }) => {
  // The file first: a name that is taken is reported before the database is opened.
  const file = await resolveBackupFile({ file: stringFlag(values, "file"), force: values.force === true });
  const { url, embedded } = await openDatabase();
  const result = await createBackup({ url, embedded, binDir: env().PG_BIN_DIR, log }, { file, force: values.force === true });
  const tables = result.tables === undefined ? "" : `${result.tables} tables, `;
  out(
    `Backed up the database "${result.database}" (PostgreSQL ${result.server.version}) with pg_dump ${result.pgDump.version}: ` +
      `${tables}${formatBytes(result.bytes)} in ${(result.ms / 1000).toFixed(1)} s.`,
  );
  out(result.file);
};
