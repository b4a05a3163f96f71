// Runs one operator command: parse, dispatch, close the database, print, and map errors to exit
// codes (0 success, 1 failure, 2 bad arguments). Imported by src/cli/index.ts after it has set
// SHOPDESK_PROCESS, so modules that read it at load time see "cli".
import { EnvError } from "@/env";
import { BackupError } from "@/server/db/backup-error";
import { isAppError, type AppError } from "@/server/errors";
import type { Logger } from "@/server/logger";
import { flagForField, formatCommandHelp, formatGlobalHelp, parseCommandLine, UsageError } from "./args";
import { createCliLogger } from "./cli-logger";
import type { CommandHandler } from "./command-context";
import type { CliDatabase, MigrateMode } from "./database";
import { CLI_NAME, type CommandName, type CommandSpec } from "./spec";

// Loaded on demand: `--help` and argument errors then answer without loading Prisma.
const HANDLERS: Record<CommandName, () => Promise<CommandHandler>> = {
  "workspace:create": async () => (await import("./workspace-create")).workspaceCreate,
  "user:create": async () => (await import("./user-create")).userCreate,
  "token:create": async () => (await import("./token-create")).tokenCreate,
  "token:revoke": async () => (await import("./token-revoke")).tokenRevoke,
  "db:migrate": async () => (await import("./db-migrate")).dbMigrate,
  "db:seed-demo": async () => (await import("./db-seed-demo")).dbSeedDemo,
  "backup:create": async () => (await import("./backup-create")).backupCreate,
  "backup:restore": async () => (await import("./backup-restore")).backupRestore,
  "secrets:rotate": async () => (await import("./secrets-rotate")).secretsRotate,
  "mailbox:create": async () => (await import("./mailbox-commands")).mailboxCreate,
  "mailbox:list": async () => (await import("./mailbox-commands")).mailboxList,
  "mail:import": async () => (await import("./mail-import")).mailImport,
};

/**
 * db:migrate migrates any database; backups take the database as it is (a backup of what is
 * there, a restore into what may be empty); everything else migrates only the embedded one.
 */
const MIGRATE: Partial<Record<CommandName, MigrateMode>> = {
  "db:migrate": "always",
  "backup:create": "never",
  "backup:restore": "never",
};

async function openCliDatabase(log: Logger, migrate: MigrateMode): Promise<CliDatabase> {
  return (await import("./database")).openCliDatabase(log, { migrate });
}

export type CliIo = { stdout: (text: string) => void; stderr: (text: string) => void };

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export type RunOptions = { io?: CliIo; log?: Logger; openDatabase?: (log: Logger, migrate: MigrateMode) => Promise<CliDatabase> };

function helpHint(command?: CommandSpec): string {
  return `see \`${CLI_NAME} ${command ? `${command.name} ` : ""}--help\``;
}

/** One line per AppError: VALIDATION names the flags, the rest say what went wrong. */
export function describeAppError(e: AppError, command: CommandSpec): string {
  if (e.code === "VALIDATION" && e.fields && Object.keys(e.fields).length > 0) {
    return Object.entries(e.fields)
      .map(([field, message]) => `invalid ${flagForField(command, field)}: ${message}`)
      .join("; ");
  }
  return e.message;
}

export async function runCli(argv: readonly string[], opts: RunOptions = {}): Promise<number> {
  const io = opts.io ?? processIo;
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`error: ${e.message} (${helpHint(e.command)})\n`);
    return 2;
  }
  if (parsed.kind === "help") {
    io.stdout(parsed.command ? formatCommandHelp(parsed.command) : formatGlobalHelp());
    return 0;
  }

  const { command, values, positionals } = parsed;
  const lines: string[] = [];
  let database: CliDatabase | undefined;
  let code = 0;
  let failed = false;
  let log: Logger | undefined;
  try {
    log = opts.log ?? createCliLogger();
    const logger = log;
    const open = opts.openDatabase ?? openCliDatabase;
    const handler = await HANDLERS[command.name]();
    const status = await handler({
      values,
      positionals,
      progress: (line) => io.stderr(`${line}\n`),
      log: logger,
      out: (line) => lines.push(line),
      openDatabase: async () => (database ??= await open(logger, MIGRATE[command.name] ?? "embedded")),
    });
    if (typeof status === "number") code = status;
  } catch (e) {
    failed = true;
    code = reportFailure(e, command, io, log);
  } finally {
    try {
      await database?.close();
    } catch (e) {
      log?.warn({ err: e }, "closing the database failed");
    }
  }
  if (!failed && lines.length > 0) io.stdout(`${lines.join("\n")}\n`);
  return code;
}

function reportFailure(e: unknown, command: CommandSpec, io: CliIo, log: Logger | undefined): number {
  if (e instanceof UsageError) {
    io.stderr(`error: ${e.message} (${helpHint(command)})\n`);
    return 2;
  }
  if (isAppError(e)) {
    const validation = e.code === "VALIDATION";
    io.stderr(`error: ${describeAppError(e, command)}${validation ? ` (${helpHint(command)})` : ""}\n`);
    return validation ? 2 : 1;
  }
  if (e instanceof EnvError || e instanceof BackupError) {
    io.stderr(`error: ${e.message}\n`);
    return 1;
  }
  log?.error({ err: e, command: command.name }, "command failed");
  io.stderr(`error: ${command.name} failed: ${e instanceof Error ? e.message : String(e)}\n`);
  return 1;
}
