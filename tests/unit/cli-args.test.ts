// The operator CLI's argument parsing and help, without a database.
import { describe, expect, it } from "vitest";
import { flagForField, formatCommandHelp, formatGlobalHelp, parseCommandLine, UsageError } from "@/cli/commands/args";
import { COMMANDS, findCommand } from "@/cli/commands/spec";

function usageError(argv: string[]): UsageError {
  try {
    parseCommandLine(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return e as UsageError;
  }
  throw new Error(`expected a UsageError for ${argv.join(" ")}`);
}

describe("parseCommandLine", () => {
  it("parses a command with its flags", () => {
    const parsed = parseCommandLine(["workspace:create", "--slug", "acme", "--name", "Acme Shop", "--timezone=Europe/Athens"]);
    expect(parsed).toMatchObject({
      kind: "run",
      command: { name: "workspace:create" },
      values: { slug: "acme", name: "Acme Shop", timezone: "Europe/Athens" },
    });
  });

  it("lower-cases and checks choices", () => {
    const parsed = parseCommandLine(["user:create", "--email", "a@b.test", "--workspace", "acme", "--role", "LIGHT_AGENT"]);
    expect(parsed.kind === "run" && parsed.values.role).toBe("light_agent");
    expect(usageError(["user:create", "--email", "a@b.test", "--workspace", "acme", "--role", "owner"]).message).toBe(
      'Invalid --role "owner": use one of admin, agent, light_agent',
    );
  });

  it("takes file arguments only for a command that has them", () => {
    expect(parseCommandLine(["mail:import", "--mailbox", "support@acme.example", "a.eml", "old.mbox"])).toMatchObject({
      kind: "run",
      values: { mailbox: "support@acme.example" },
      positionals: ["a.eml", "old.mbox"],
    });
    expect(usageError(["mail:import", "--mailbox", "support@acme.example"]).message).toBe("Missing FILE... for mail:import");
    expect(usageError(["mailbox:list", "--workspace", "acme", "extra"]).message).toContain('Unexpected argument "extra" for mailbox:list');
    expect(formatCommandHelp(findCommand("mail:import")!)).toContain("Usage: npm run shopdesk -- mail:import --mailbox EMAIL [--workspace SLUG] FILE...");
  });

  it("parses boolean flags", () => {
    expect(parseCommandLine(["db:seed-demo", "--force"])).toMatchObject({ kind: "run", values: { force: true } });
    expect(parseCommandLine(["db:seed-demo"])).toMatchObject({ kind: "run", values: {} });
    expect(usageError(["db:seed-demo", "--force=yes"]).message).toBe("Flag --force takes no value");
  });

  it("parses the backup commands' flags", () => {
    expect(parseCommandLine(["backup:create"])).toMatchObject({ kind: "run", command: { name: "backup:create" }, values: {} });
    expect(parseCommandLine(["backup:create", "--file", "/var/backups/nightly.dump", "--force"])).toMatchObject({
      kind: "run",
      values: { file: "/var/backups/nightly.dump", force: true },
    });
    expect(parseCommandLine(["backup:restore", "--file=nightly.dump"])).toMatchObject({
      kind: "run",
      command: { name: "backup:restore" },
      values: { file: "nightly.dump" },
    });
    expect(usageError(["backup:restore"]).message).toBe("Missing required flag --file for backup:restore");
    expect(usageError(["backup:restore", "--force"]).message).toBe("Missing required flag --file for backup:restore");
    expect(usageError(["backup:restore", "--file", "x.dump", "--force=yes"]).message).toBe("Flag --force takes no value");
    expect(usageError(["backup:create", "nightly.dump"]).message).toBe(
      'Unexpected argument "nightly.dump" for backup:create (flags take the form --name value)',
    );
    expect(usageError(["backup:create", "--output", "x"]).message).toBe("Unknown flag --output for backup:create");
  });

  it("returns help globally and per command, before checking required flags", () => {
    expect(parseCommandLine(["--help"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["-h"])).toEqual({ kind: "help" });
    expect(parseCommandLine(["help", "token:create"])).toMatchObject({ kind: "help", command: { name: "token:create" } });
    expect(parseCommandLine(["token:create", "--help"])).toMatchObject({ kind: "help", command: { name: "token:create" } });
    expect(parseCommandLine(["token:create", "--bogus", "-h"])).toMatchObject({ kind: "help", command: { name: "token:create" } });
  });

  it("names the missing required flags", () => {
    expect(usageError(["workspace:create", "--slug", "acme"]).message).toBe("Missing required flag --name for workspace:create");
    expect(usageError(["token:create"]).message).toBe("Missing required flags --workspace, --name for token:create");
    expect(usageError(["token:create", "--workspace", "", "--name", "x"]).message).toBe(
      "Missing required flag --workspace for token:create",
    );
  });

  it("rejects unknown commands, unknown flags, missing values and positionals", () => {
    expect(usageError([]).message).toBe("No command given");
    expect(usageError(["workspace:delete"]).message).toBe('Unknown command "workspace:delete"');
    expect(usageError(["help", "nope"]).message).toBe('Unknown command "nope"');
    expect(usageError(["--slug", "x"]).message).toBe("Unknown flag --slug (the command comes first)");
    const unknown = usageError(["token:create", "--workspace", "acme", "--name", "x", "--colour", "red"]);
    expect(unknown.message).toBe("Unknown flag --colour for token:create");
    expect(unknown.command?.name).toBe("token:create");
    expect(usageError(["token:create", "--workspace", "acme", "--name"]).message).toBe("Missing value for --name");
    // A flag where a value should be is a missing value, not the value "--name".
    expect(usageError(["token:create", "--workspace", "--name", "x"]).message).toBe("Missing value for --workspace");
    expect(usageError(["token:revoke", "acme", "--workspace", "acme", "--name", "x"]).message).toBe(
      'Unexpected argument "acme" for token:revoke (flags take the form --name value)',
    );
  });
});

describe("help", () => {
  it("lists every command", () => {
    const text = formatGlobalHelp();
    expect(text).toMatch(/^Usage: npm run shopdesk -- <command> \[flags\]/);
    for (const c of COMMANDS) expect(text).toContain(c.name);
  });

  it("shows a command's usage line with required and optional flags", () => {
    const text = formatCommandHelp(findCommand("workspace:create")!);
    expect(text).toContain(
      "Usage: npm run shopdesk -- workspace:create --slug SLUG --name NAME [--timezone TZ] [--locale LOCALE]",
    );
    expect(text).toMatch(/--slug SLUG\s+URL name.*\(required\)/);
    expect(text).toContain("-h, --help");
  });

  it("shows the backup commands' usage, and that the app must be stopped before a restore", () => {
    expect(formatCommandHelp(findCommand("backup:create")!)).toContain("Usage: npm run shopdesk -- backup:create [--file FILE] [--force]");
    const restore = formatCommandHelp(findCommand("backup:restore")!);
    expect(restore).toContain("Usage: npm run shopdesk -- backup:restore --file FILE [--force]");
    expect(restore).toMatch(/--file FILE\s+The backup to restore \(required\)/);
    expect(restore).toContain("Stop the app and the workers first.");
  });
});

describe("flagForField", () => {
  it("maps use-case fields to the flags that set them", () => {
    const command = findCommand("workspace:create")!;
    expect(flagForField(command, "timeZone")).toBe("--timezone");
    expect(flagForField(command, "defaultLocale")).toBe("--locale");
    expect(flagForField(command, "slug")).toBe("--slug");
  });
});
