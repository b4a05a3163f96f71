// The operator commands, their flags and help texts. Pure data: the parser and the help
// printer read it, and the unit tests parse against it.

export type StringFlag = {
  type: "string";
  /** Placeholder shown in usage lines (`--slug SLUG`). */
  value: string;
  description: string;
  required?: boolean;
  /** Allowed values, compared case-insensitively; the parser returns them lower-cased. */
  choices?: readonly string[];
};
export type BooleanFlag = { type: "boolean"; description: string };
export type FlagSpec = StringFlag | BooleanFlag;

export type CommandName =
  | "workspace:create"
  | "user:create"
  | "token:create"
  | "token:revoke"
  | "db:migrate"
  | "db:seed-demo"
  | "backup:create"
  | "backup:restore"
  | "secrets:rotate"
  | "mailbox:create"
  | "mailbox:list"
  | "mail:import";

export type CommandSpec = {
  name: CommandName;
  summary: string;
  description: string;
  flags: Record<string, FlagSpec>;
  /** Use-case input fields whose names differ from the flag that sets them. */
  fieldFlags?: Record<string, string>;
  /** Arguments after the flags (file names), when the command takes them; at least one is required. */
  positionals?: { value: string; description: string };
  examples: string[];
};

export const CLI_NAME = "npm run shopdesk --";

export const ROLE_CHOICES = ["admin", "agent", "light_agent"] as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: "workspace:create",
    summary: "Create a workspace",
    description: "Creates a workspace with the default problem areas. Add its first admin with user:create.",
    flags: {
      slug: { type: "string", value: "SLUG", required: true, description: "URL name: lower-case letters, digits and dashes" },
      name: { type: "string", value: "NAME", required: true, description: "Display name, e.g. the shop's name" },
      timezone: { type: "string", value: "TZ", description: "IANA time zone (default UTC), e.g. Europe/Athens" },
      locale: { type: "string", value: "LOCALE", description: "Default language: en, el, ar, et or pl (default en)" },
    },
    fieldFlags: { timeZone: "timezone", defaultLocale: "locale" },
    examples: [`${CLI_NAME} workspace:create --slug acme --name "Acme Shop" --timezone Europe/Tallinn`],
  },
  {
    name: "user:create",
    summary: "Add a user to a workspace (with a password, or by invitation link)",
    description:
      "With --password, creates the account (or reuses an existing one, keeping its password) and adds it to the workspace.\n" +
      "Without --password, creates an invitation and prints its link (valid 7 days); the person chooses their name and password.",
    flags: {
      email: { type: "string", value: "EMAIL", required: true, description: "Email address (the sign-in name)" },
      workspace: { type: "string", value: "SLUG", required: true, description: "Workspace slug" },
      role: { type: "string", value: "ROLE", required: true, choices: ROLE_CHOICES, description: "admin, agent or light_agent" },
      name: { type: "string", value: "NAME", description: "Full name (required with --password)" },
      password: {
        type: "string",
        value: "PASSWORD",
        description: "Initial password, at least 8 characters (visible in shell history; omit to invite instead)",
      },
    },
    examples: [
      `${CLI_NAME} user:create --workspace acme --email owner@acme.test --name "Ada Owner" --role admin --password 'a long secret'`,
      `${CLI_NAME} user:create --workspace acme --email agent@acme.test --role agent`,
    ],
  },
  {
    name: "token:create",
    summary: "Create an API token (printed once, alone on the last line)",
    description: "Creates a named API token for the workspace's REST API. Only its hash is stored: copy it now.",
    flags: {
      workspace: { type: "string", value: "SLUG", required: true, description: "Workspace slug" },
      name: { type: "string", value: "NAME", required: true, description: "A name unique in the workspace, e.g. shopify-sync" },
      role: {
        type: "string",
        value: "ROLE",
        choices: ["agent", "admin"],
        description: "agent (default: tickets, messages, customers) or admin (also mailboxes and other settings)",
      },
    },
    examples: [
      `TOKEN=$(${CLI_NAME} token:create --workspace acme --name shopify-sync | tail -n 1)`,
      `${CLI_NAME} token:create --workspace acme --name provisioning --role admin`,
    ],
  },
  {
    name: "token:revoke",
    summary: "Revoke an API token by name",
    description: "Deletes the workspace's API token with this name; requests using it are refused at once.",
    flags: {
      workspace: { type: "string", value: "SLUG", required: true, description: "Workspace slug" },
      name: { type: "string", value: "NAME", required: true, description: "The token's name" },
    },
    examples: [`${CLI_NAME} token:revoke --workspace acme --name shopify-sync`],
  },
  {
    name: "db:migrate",
    summary: "Apply pending database migrations",
    description: "Applies the migrations under prisma/migrations that the database has not run yet.",
    flags: {},
    examples: [`${CLI_NAME} db:migrate`],
  },
  {
    name: "db:seed-demo",
    summary: "Load the demo workspaces (embedded database only)",
    description:
      "Creates the demo workspaces `demo` and `northwind` with sample tickets, unless any workspace exists.\n" +
      "Demo accounts share a published password, so this refuses to run against DATABASE_URL unless --force is given.",
    flags: {
      force: { type: "boolean", description: "Seed even though DATABASE_URL points at a real database" },
    },
    examples: [`${CLI_NAME} db:seed-demo`],
  },
  {
    name: "backup:create",
    summary: "Back up the whole database to a pg_dump archive (path on the last line)",
    description:
      "Writes a consistent snapshot of the database (pg_dump's custom format: tickets, accounts, jobs and the migration history)\n" +
      "while Shopdesk keeps running. Needs pg_dump of the server's major version or newer: PG_BIN_DIR, then PATH.\n" +
      "The embedded PostgreSQL 18 does not include pg_dump: install the PostgreSQL 18 client tools for it.",
    flags: {
      file: {
        type: "string",
        value: "FILE",
        description: "Where to write it (default shopdesk-backup-<UTC yyyymmdd-hhmmss>.dump in the current folder)",
      },
      force: { type: "boolean", description: "Replace FILE if it exists" },
    },
    examples: [`${CLI_NAME} backup:create --file /var/backups/shopdesk/nightly.dump`, `FILE=$(${CLI_NAME} backup:create | tail -n 1)`],
  },
  {
    name: "backup:restore",
    summary: "Restore a backup into an empty database (--force replaces its contents)",
    description:
      "Restores an archive written by backup:create into the database, in one transaction: on any error nothing changes.\n" +
      "Refuses a database that holds tables unless --force, which first drops the schemas the backup holds (public, pgboss).\n" +
      "Stop the app and the workers first. Needs pg_restore and psql of the server's major version or newer (PG_BIN_DIR, then PATH).",
    flags: {
      file: { type: "string", value: "FILE", required: true, description: "The backup to restore" },
      force: { type: "boolean", description: "Replace what the database holds (everything in the backup's schemas is dropped)" },
    },
    examples: [
      `DATABASE_URL=postgresql://shopdesk@db.internal/shopdesk_copy ${CLI_NAME} backup:restore --file nightly.dump`,
      `${CLI_NAME} backup:restore --file nightly.dump --force`,
    ],
  },
  {
    name: "secrets:rotate",
    summary: "Re-encrypt every mailbox password with the current encryption key",
    description:
      "Decrypts each stored IMAP/SMTP password with SHOPDESK_ENCRYPTION_KEY or one of SHOPDESK_ENCRYPTION_KEYS_OLD and\n" +
      "encrypts it again with SHOPDESK_ENCRYPTION_KEY. Safe to run while Shopdesk runs, and again. Exits 1, naming them,\n" +
      "when some password opens with none of the keys (the others are still re-encrypted).",
    flags: {},
    examples: [`SHOPDESK_ENCRYPTION_KEY=<new> SHOPDESK_ENCRYPTION_KEYS_OLD=<previous> ${CLI_NAME} secrets:rotate`],
  },
  {
    name: "mailbox:create",
    summary: "Add a mailbox (prints its forwarding address, and its inbound secret once)",
    description:
      "Adds a support address to the workspace, with the IMAP account to fetch from and the SMTP account to reply through\n" +
      "when given (passwords are stored encrypted). The workspace's first mailbox is its default. Prints the forwarding\n" +
      "address (the shop may forward its mail there) and the secret for raw MIME posts, which is not shown again.",
    flags: {
      workspace: { type: "string", value: "SLUG", required: true, description: "Workspace slug" },
      name: { type: "string", value: "NAME", required: true, description: "Display name, e.g. Support" },
      address: { type: "string", value: "EMAIL", required: true, description: "The shop's support address" },
      "imap-host": { type: "string", value: "HOST", description: "IMAP server (with --imap-port, --imap-security, --imap-username, --imap-password)" },
      "imap-port": { type: "string", value: "PORT", description: "IMAP port, usually 993 (tls) or 143 (starttls)" },
      "imap-security": { type: "string", value: "MODE", choices: ["tls", "starttls", "none"], description: "tls, starttls or none" },
      "imap-username": { type: "string", value: "USER", description: "IMAP user name" },
      "imap-password": { type: "string", value: "PASSWORD", description: "IMAP password (visible in shell history)" },
      "imap-folder": { type: "string", value: "FOLDER", description: "Folder to fetch from (default INBOX)" },
      "smtp-host": { type: "string", value: "HOST", description: "SMTP server for replies (with --smtp-port, --smtp-security)" },
      "smtp-port": { type: "string", value: "PORT", description: "SMTP port, usually 465 (tls) or 587 (starttls)" },
      "smtp-security": { type: "string", value: "MODE", choices: ["tls", "starttls", "none"], description: "tls, starttls or none" },
      "smtp-username": { type: "string", value: "USER", description: "SMTP user name" },
      "smtp-password": { type: "string", value: "PASSWORD", description: "SMTP password (visible in shell history)" },
      "auto-acknowledge": { type: "boolean", description: "Acknowledge new tickets automatically" },
    },
    fieldFlags: {
      "imap.host": "imap-host",
      "imap.port": "imap-port",
      "imap.security": "imap-security",
      "imap.username": "imap-username",
      "imap.password": "imap-password",
      "imap.folder": "imap-folder",
      "smtp.host": "smtp-host",
      "smtp.port": "smtp-port",
      "smtp.security": "smtp-security",
      "smtp.username": "smtp-username",
      "smtp.password": "smtp-password",
      autoAcknowledge: "auto-acknowledge",
    },
    examples: [
      `${CLI_NAME} mailbox:create --workspace acme --name Support --address support@acme.example`,
      `${CLI_NAME} mailbox:create --workspace acme --name Support --address support@acme.example \\\n` +
        `    --imap-host imap.acme.example --imap-port 993 --imap-security tls --imap-username support@acme.example --imap-password '…'`,
    ],
  },
  {
    name: "mailbox:list",
    summary: "List a workspace's mailboxes (address, name, default, IMAP/SMTP host, status)",
    description: "Prints one line per mailbox of the workspace, the default first, with its forwarding address.",
    flags: {
      workspace: { type: "string", value: "SLUG", required: true, description: "Workspace slug" },
    },
    examples: [`${CLI_NAME} mailbox:list --workspace acme`],
  },
  {
    name: "mail:import",
    summary: "Import .eml files or mbox files into a mailbox (each message once, however often it is run)",
    description:
      "Stores every message of the files in the mailbox as if it had just arrived; the worker then turns them into\n" +
      "tickets as usual. A file is an mbox when it starts with a `From ` line (mboxo or mboxrd), otherwise one message\n" +
      "(.eml). Messages already in the mailbox (the same bytes) are skipped, so an interrupted import can simply be run\n" +
      "again. Empty messages and messages over 35 MB are refused and listed. Progress goes to stderr, the summary to\n" +
      "stdout; the exit status is 1 when a message was refused.",
    flags: {
      mailbox: { type: "string", value: "EMAIL", required: true, description: "The mailbox's address (see mailbox:list)" },
      workspace: { type: "string", value: "SLUG", description: "Workspace slug, when several workspaces have that address" },
    },
    positionals: { value: "FILE...", description: ".eml or mbox files" },
    examples: [`${CLI_NAME} mail:import --mailbox support@acme.example old-mail.mbox`, `${CLI_NAME} mail:import --mailbox support@acme.example --workspace acme *.eml`],
  },
];

export function findCommand(name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.name === name);
}
