// Parses the operator CLI's command line with node:util parseArgs, and formats help.
// Errors are UsageErrors with one line that names the flag; the runner exits 2 on them.
import { parseArgs } from "node:util";
import { CLI_NAME, COMMANDS, findCommand, type CommandSpec, type FlagSpec } from "./spec";

export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: CommandSpec,
  ) {
    super(message);
    this.name = "UsageError";
  }
}

export type FlagValues = Record<string, string | boolean | undefined>;

export type CommandLine =
  | { kind: "help"; command?: CommandSpec }
  | { kind: "run"; command: CommandSpec; values: FlagValues; positionals: string[] };

const HELP_FLAGS = new Set(["--help", "-h"]);

function flagOf(nodeMessage: string): string | undefined {
  return /'(-{1,2}[^' =]+)/.exec(nodeMessage)?.[1];
}

/** Turns node:util's parse errors into one short line naming the flag. */
function usageFromParseError(e: unknown, command: CommandSpec): UsageError {
  const err = e as { code?: string; message?: string };
  const msg = err.message ?? String(e);
  const flag = flagOf(msg);
  switch (err.code) {
    case "ERR_PARSE_ARGS_UNKNOWN_OPTION":
      return new UsageError(`Unknown flag ${flag ?? msg} for ${command.name}`, command);
    case "ERR_PARSE_ARGS_INVALID_OPTION_VALUE":
      return new UsageError(
        /does not take an argument/.test(msg)
          ? `Flag ${flag} takes no value`
          : `Missing value for ${flag ?? "a flag"}`,
        command,
      );
    case "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL": {
      const arg = /'([^']*)'/.exec(msg)?.[1] ?? "";
      return new UsageError(`Unexpected argument "${arg}" for ${command.name} (flags take the form --name value)`, command);
    }
    default:
      return new UsageError(msg, command);
  }
}

export function parseCommandLine(argv: readonly string[]): CommandLine {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError("No command given");
  if (HELP_FLAGS.has(first) || first === "help") {
    const topic = rest[0];
    if (topic === undefined) return { kind: "help" };
    const command = findCommand(topic);
    if (!command) throw new UsageError(`Unknown command "${topic}"`);
    return { kind: "help", command };
  }
  if (first.startsWith("-")) throw new UsageError(`Unknown flag ${first} (the command comes first)`);
  const command = findCommand(first);
  if (!command) throw new UsageError(`Unknown command "${first}"`);
  if (rest.some((a) => HELP_FLAGS.has(a))) return { kind: "help", command };

  let values: FlagValues;
  let positionals: string[];
  try {
    const options = Object.fromEntries(Object.entries(command.flags).map(([name, f]) => [name, { type: f.type }]));
    const parsed = parseArgs({ args: [...rest], options, strict: true, allowPositionals: command.positionals !== undefined });
    values = parsed.values as FlagValues;
    positionals = parsed.positionals;
  } catch (e) {
    throw usageFromParseError(e, command);
  }
  if (command.positionals && positionals.length === 0) {
    throw new UsageError(`Missing ${command.positionals.value} for ${command.name}`, command);
  }

  const missing = Object.entries(command.flags)
    .filter(([name, f]) => f.type === "string" && f.required && (values[name] === undefined || values[name] === ""))
    .map(([name]) => `--${name}`);
  if (missing.length > 0) {
    throw new UsageError(`Missing required flag${missing.length > 1 ? "s" : ""} ${missing.join(", ")} for ${command.name}`, command);
  }
  for (const [name, f] of Object.entries(command.flags)) {
    const v = values[name];
    if (f.type !== "string" || !f.choices || typeof v !== "string") continue;
    const lower = v.toLowerCase();
    if (!f.choices.includes(lower)) {
      throw new UsageError(`Invalid --${name} "${v}": use one of ${f.choices.join(", ")}`, command);
    }
    values[name] = lower;
  }
  return { kind: "run", command, values, positionals };
}

function usageLine(command: CommandSpec): string {
  const parts = Object.entries(command.flags).map(([name, f]) => {
    const text = f.type === "string" ? `--${name} ${f.value}` : `--${name}`;
    return f.type === "string" && f.required ? text : `[${text}]`;
  });
  return [CLI_NAME, command.name, ...parts, ...(command.positionals ? [command.positionals.value] : [])].join(" ");
}

function flagLine(name: string, f: FlagSpec, width: number): string {
  const label = f.type === "string" ? `--${name} ${f.value}` : `--${name}`;
  const required = f.type === "string" && f.required ? " (required)" : "";
  return `  ${label.padEnd(width)}  ${f.description}${required}`;
}

export function formatCommandHelp(command: CommandSpec): string {
  const labels = Object.entries(command.flags).map(([n, f]) => (f.type === "string" ? `--${n} ${f.value}` : `--${n}`));
  const width = Math.max(10, ...labels.map((l) => l.length));
  const flags = Object.entries(command.flags).map(([n, f]) => flagLine(n, f, width));
  return [
    `Usage: ${usageLine(command)}`,
    "",
    command.description,
    "",
    "Flags:",
    ...flags,
    `  ${"-h, --help".padEnd(width)}  Show this help`,
    ...(command.positionals ? ["", "Arguments:", `  ${command.positionals.value.padEnd(width)}  ${command.positionals.description}`] : []),
    "",
    "Example:",
    ...command.examples.map((e) => `  ${e}`),
    "",
  ].join("\n");
}

export function formatGlobalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    `Usage: ${CLI_NAME} <command> [flags]`,
    "",
    "Operator commands for Shopdesk.",
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    "",
    `Run \`${CLI_NAME} <command> --help\` for a command's flags.`,
    "Database: DATABASE_URL when set, otherwise the embedded PostgreSQL under SHOPDESK_DATA_DIR (.shopdesk/),",
    "started for the command when the app is not running. Logs go to stderr (LOG_LEVEL, default warn).",
    "Exit status: 0 success, 1 failure (conflict, not found...), 2 bad arguments.",
    "",
  ].join("\n");
}

/** The flag that sets a use-case input field, for error messages (`timeZone` -> `--timezone`). */
export function flagForField(command: CommandSpec, field: string): string {
  const top = field.split(".")[0] ?? field;
  return `--${command.fieldFlags?.[field] ?? command.fieldFlags?.[top] ?? top}`;
}
