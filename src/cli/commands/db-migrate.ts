import type { CommandHandler } from "./command-context";

export const dbMigrate: CommandHandler = async ({ openDatabase, out }) => {
  const { applied } = await openDatabase();
  if (applied.length === 0) out("The database is up to date.");
  else out(`Applied ${applied.length} migration${applied.length > 1 ? "s" : ""}: ${applied.join(", ")}`);
};
