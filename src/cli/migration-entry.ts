// `npm run db:migration -- <name>`: writes the next migration from prisma/schema.prisma.
// `npm run db:migrate`: applies pending migrations.
// Both use DATABASE_URL, or the embedded PostgreSQL (joined when the app runs, else started for
// the command and stopped after it).
//
// The process name must be set before the logger is first imported, and static imports run
// before any statement here: hence the dynamic imports.
process.env.SHOPDESK_PROCESS = "cli";

export {};

const USAGE = `Usage:
  npm run db:migration -- <name>   create prisma/migrations/<timestamp>_<name> from the schema
  npm run db:migrate               apply pending migrations
(or: tsx src/cli/migration-entry.ts create <name> | apply)`;

class UsageError extends Error {}

function parseArgs(argv: string[]): { command: "create"; name: string } | { command: "apply" } {
  const [command, ...rest] = argv;
  if (command === "create") {
    if (rest.length !== 1) throw new UsageError(rest.length === 0 ? "Give the migration a name, e.g. add_ticket_due_date." : `Expected one name, got: ${rest.join(" ")}`);
    return { command, name: rest[0]! };
  }
  if (command === "apply") {
    if (rest.length > 0) throw new UsageError(`"apply" takes no arguments, got: ${rest.join(" ")}`);
    return { command };
  }
  throw new UsageError(command ? `Unknown command "${command}".` : "No command given.");
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
    if (args.command === "create") {
      // Checked before any database starts, so a typo fails fast.
      const { assertMigrationName } = await import("@/server/db/migration-files");
      assertMigrationName(args.name);
    }
  } catch (error) {
    if (!(error instanceof UsageError) && !(error instanceof Error && error.name === "MigrationNameError")) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }

  const { logger } = await import("@/server/logger");
  const { resolveDatabase } = await import("@/server/db/embedded");
  const migrations = await import("@/server/db/migrations");
  const { riskyStatements } = await import("@/server/db/migration-files");

  // A Ctrl-C must not cut a migration in half (it would be recorded as failed): finish, then exit.
  let interrupted = false;
  const onSignal = () => {
    if (!interrupted) console.error("Finishing the current step before exiting…");
    interrupted = true;
  };
  process.on("SIGINT", onSignal);
  process.on("SIGTERM", onSignal);

  const database = await resolveDatabase({ purpose: "cli", log: logger });
  try {
    if (interrupted) return 130;
    if (args.command === "apply") {
      const { applied } = await migrations.applyMigrations(database.url, logger);
      console.log(applied.length === 0 ? "The database is up to date." : `Applied ${applied.length} migration(s):\n  ${applied.join("\n  ")}`);
      return 0;
    }
    const result = await migrations.createMigration(database.url, args.name);
    if ("noChanges" in result) {
      console.log("No changes: prisma/migrations already matches prisma/schema.prisma. Nothing was written.");
      return 0;
    }
    const file = `${result.dir}/migration.sql`;
    console.log(`Created ${file}`);
    const risky = riskyStatements(await (await import("node:fs/promises")).readFile(file, "utf8"));
    if (risky.length > 0) {
      console.log(`\nReview before committing: these statements can lose data or fail on existing rows:\n  ${risky.join("\n  ")}`);
    }
    console.log("\nApply it with `npm run db:migrate`.");
    return 0;
  } finally {
    await database.release();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // Expected problems (bad environment, migration history, engine errors) print as one message.
  const known = error instanceof Error && ["EnvError", "MigrationError", "EmbeddedAlreadyRunningError"].includes(error.name);
  console.error(known ? (error as Error).message : error);
  process.exitCode = 1;
}
// Pools or timers a library left behind must not keep a finished command alive.
process.exit();
