// The operator CLI: a few real processes (`tsx src/cli/index.ts`, as `npm run shopdesk --` runs it)
// for exit codes and stdout, and in-process runs for the error mapping (each spawn costs ~1-2 s).
import { execFile } from "node:child_process";
import path from "node:path";
import pino from "pino";
import { afterAll, describe, expect, it } from "vitest";
import { runCli, type CliIo } from "@/cli/commands/run";
import type { CliDatabase } from "@/cli/commands/database";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import { verifyPassword } from "@/server/auth/password";
import { db, disconnectDb } from "@/server/db";
import { keyring, openSecret } from "@/server/mail/secret-box";
import { INBOUND_SECRET_PATTERN } from "@/server/mailboxes/mailbox.queries";
import { getInvitation } from "@/server/members/get-invitation";
import { sha256Hex } from "@/server/tokens";

const log = pino({ level: "silent" });
const ROOT = path.resolve(import.meta.dirname, "../..");
const TSX = path.join(ROOT, "node_modules/.bin/tsx");

type Run = { code: number; stdout: string; stderr: string };

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      ["src/cli/index.ts", ...args],
      { cwd: ROOT, env: { ...process.env, NODE_ENV: "test", LOG_LEVEL: "warn" }, timeout: 180_000 },
      (error, stdout, stderr) => resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Runs the CLI in this process against the test database; returns what it printed. */
async function inProcess(...args: string[]): Promise<Run & { opened: boolean }> {
  let stdout = "";
  let stderr = "";
  let opened = false;
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) };
  const openDatabase = async (): Promise<CliDatabase> => {
    opened = true;
    return { db: db(), url: "test", embedded: false, applied: [], close: async () => undefined };
  };
  const code = await runCli(args, { io, log, openDatabase });
  return { code, stdout, stderr, opened };
}

const lastLine = (text: string) => text.trimEnd().split("\n").at(-1) ?? "";
const slug = `cli-${Date.now().toString(36)}`;

afterAll(async () => {
  await disconnectDb();
});

describe("shopdesk CLI (processes)", () => {
  // Generous timeouts: each process compiles the TypeScript it loads, which is slow on a busy machine.
  it("prints help and refuses bad arguments with exit code 2", { timeout: 240_000 }, async () => {
    const [help, bad] = await Promise.all([cli("--help"), cli("workspace:create", "--slug", "acme", "--colour", "red")]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: npm run shopdesk -- <command> [flags]");
    for (const c of ["workspace:create", "user:create", "token:create", "token:revoke", "db:migrate", "db:seed-demo", "backup:create", "backup:restore", "secrets:rotate", "mailbox:create", "mailbox:list"]) {
      expect(help.stdout).toContain(c);
    }
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toEqual([
      "error: Unknown flag --colour for workspace:create (see `npm run shopdesk -- workspace:create --help`)",
    ]);
  });

  it("creates a workspace, users, an invitation and an API token", { timeout: 420_000 }, async () => {
    const created = await cli("workspace:create", "--slug", slug, "--name", "CLI Shop", "--timezone", "Europe/Athens", "--locale", "el");
    expect(created).toMatchObject({ code: 0, stderr: "" });
    expect(created.stdout).toContain(`Created workspace "CLI Shop" (${slug})`);
    const ws = await db().workspace.findUniqueOrThrow({ where: { slug }, include: { problemAreas: true } });
    expect(ws).toMatchObject({ name: "CLI Shop", timeZone: "Europe/Athens", defaultLocale: "el" });
    expect(ws.problemAreas.length).toBeGreaterThan(0);

    const [admin, invited, token] = await Promise.all([
      cli("user:create", "--workspace", slug, "--email", "Owner@CLI.test", "--name", "Olga Owner", "--role", "admin", "--password", "a long secret"),
      cli("user:create", "--workspace", slug, "--email", "agent@cli.test", "--role", "agent"),
      cli("token:create", "--workspace", slug, "--name", "shop-sync"),
    ]);

    expect(admin).toMatchObject({ code: 0, stderr: "" });
    const owner = await db().user.findUniqueOrThrow({ where: { email: "owner@cli.test" }, include: { memberships: true } });
    expect(owner.memberships).toMatchObject([{ workspaceId: ws.id, role: "ADMIN", deactivatedAt: null }]);
    expect(await verifyPassword(owner.passwordHash!, "a long secret")).toBe(true);

    expect(invited).toMatchObject({ code: 0, stderr: "" });
    const link = lastLine(invited.stdout);
    expect(link).toMatch(/^https?:\/\/[^ ]+\/invite\/[A-Za-z0-9_-]{43}$/);
    const invitation = await getInvitation(db(), { token: link.split("/invite/")[1]! });
    expect(invitation).toMatchObject({ workspaceSlug: slug, email: "agent@cli.test", role: "AGENT", state: "valid" });
    expect(await db().user.count({ where: { email: "agent@cli.test" } })).toBe(0);

    expect(token).toMatchObject({ code: 0, stderr: "" });
    const secret = lastLine(token.stdout);
    expect(secret).toMatch(/^sd_[A-Za-z0-9_-]{43}$/);
    expect(token.stdout.split("\n").length).toBeGreaterThan(2);
    const ctx = await authenticateApiToken(db(), log, secret);
    expect(ctx?.workspace.id).toBe(ws.id);
    expect(ctx?.actor).toMatchObject({ type: "api", tokenName: "shop-sync" });

    // Revoking runs in-process (same runner and handler, one process fewer).
    const revoked = await inProcess("token:revoke", "--workspace", slug, "--name", "shop-sync");
    expect(revoked).toMatchObject({ code: 0, stderr: "" });
    expect(revoked.stdout).toContain('Revoked API token "shop-sync"');
    expect(await authenticateApiToken(db(), log, secret)).toBeNull();
  });
});

describe("shopdesk CLI (mailboxes)", () => {
  it("mailbox:create prints the forwarding address and the inbound secret once; mailbox:list shows a table", async () => {
    const mslug = `${slug}-mb`;
    expect((await inProcess("workspace:create", "--slug", mslug, "--name", "Mailbox Shop")).code).toBe(0);
    const created = await inProcess(
      "mailbox:create", "--workspace", mslug, "--name", "Support", "--address", "Support@Mailbox.test",
      "--imap-host", "imap.mailbox.test", "--imap-port", "993", "--imap-security", "TLS",
      "--imap-username", "support@mailbox.test", "--imap-password", "imap-secret", "--auto-acknowledge",
    );
    expect(created).toMatchObject({ code: 0, stderr: "" });
    const lines = created.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`Created mailbox support@mailbox.test ("Support") for ${mslug}, the workspace's default.`);
    const forwarding = /^Forwarding address: ([a-z2-7]{24}@localhost)$/.exec(lines[1]!)?.[1];
    expect(forwarding).toBeDefined();
    // The id, which the raw MIME URL needs, and that URL with the secret's line.
    const id = /^Id: ([0-9a-f-]{36})$/.exec(lines[2]!)?.[1];
    expect(id).toBeDefined();
    expect(lines[3]).toContain(`POST /api/v1/mailboxes/${id}/inbound`);
    const secret = lastLine(created.stdout);
    expect(secret).toMatch(INBOUND_SECRET_PATTERN);
    expect(created.stdout).not.toContain("imap-secret");
    const row = await db().mailbox.findFirstOrThrow({ where: { address: "support@mailbox.test", workspace: { slug: mslug } } });
    expect(row).toMatchObject({ id, imapHost: "imap.mailbox.test", imapPort: 993, imapSecurity: "TLS", autoAcknowledge: true, inboundSecretHash: sha256Hex(secret) });
    expect(openSecret(row.imapPasswordEnc!, await keyring())).toBe("imap-secret");

    expect((await inProcess("mailbox:create", "--workspace", mslug, "--name", "Returns", "--address", "returns@mailbox.test")).code).toBe(0);
    const list = await inProcess("mailbox:list", "--workspace", mslug);
    expect(list).toMatchObject({ code: 0, stderr: "" });
    const table = list.stdout.trimEnd().split("\n").map((l) => l.split(/\s{2,}/));
    expect(table).toEqual([
      ["ADDRESS", "NAME", "DEFAULT", "IMAP", "SMTP", "STATUS", "FORWARDING ADDRESS", "ID"],
      ["support@mailbox.test", "Support", "yes", "imap.mailbox.test:993", "-", "ok", forwarding, id],
      ["returns@mailbox.test", "Returns", "no", "-", "-", "ok", expect.stringMatching(/^[a-z2-7]{24}@localhost$/), expect.stringMatching(/^[0-9a-f-]{36}$/)],
    ]);
  });

  it("mailbox:create names the flags of incomplete or invalid settings, and a taken address", async () => {
    const slug = `${Date.now().toString(36)}-mb-errors`;
    expect((await inProcess("workspace:create", "--slug", slug, "--name", "Mailbox Errors")).code).toBe(0);
    const bad = await inProcess("mailbox:create", "--workspace", slug, "--name", "X", "--address", "x@mailbox.test", "--imap-host", "imap.mailbox.test", "--imap-port", "abc");
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("invalid --imap-port");
    expect(bad.stderr).toContain("invalid --imap-password");
    const wrongChoice = await inProcess("mailbox:create", "--workspace", slug, "--name", "X", "--address", "x@mailbox.test", "--smtp-security", "ssl");
    expect(wrongChoice.code).toBe(2);
    expect(wrongChoice.stderr).toMatch(/Invalid --smtp-security "ssl"/);
    expect((await inProcess("mailbox:create", "--workspace", slug, "--name", "A", "--address", "taken@mailbox.test")).code).toBe(0);
    const taken = await inProcess("mailbox:create", "--workspace", slug, "--name", "B", "--address", "TAKEN@mailbox.test");
    expect(taken.code).toBe(2);
    expect(taken.stderr).toMatch(/^error: invalid --address: is already used by another mailbox of this workspace/);
  });
});

describe("shopdesk CLI (error mapping)", () => {
  it("a use case's validation error names the flag and exits 2", async () => {
    const r = await inProcess("workspace:create", "--slug", "Not A Slug!", "--name", "X", "--timezone", "Mars/Olympus");
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(/^error: invalid --slug: .+; invalid --timezone: unknown time zone \(see .+--help`\)\n$/);

    const email = await inProcess("user:create", "--workspace", slug, "--email", "nope", "--role", "agent");
    expect(email.code).toBe(2);
    expect(email.stderr).toMatch(/^error: invalid --email: /);

    const password = await inProcess("user:create", "--workspace", "x", "--email", "a@b.test", "--role", "agent", "--password", "short");
    expect(password.code).toBe(2);
    expect(password.stderr).toMatch(/^error: Missing required flag --name \(needed with --password\)/);
  });

  it("conflicts and unknown names exit 1 with their message", async () => {
    const taken = await inProcess("workspace:create", "--slug", slug, "--name", "Again");
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe(`error: A workspace with the slug "${slug}" already exists\n`);

    const noWorkspace = await inProcess("token:create", "--workspace", "no-such-shop", "--name", "x");
    expect(noWorkspace.code).toBe(1);
    expect(noWorkspace.stderr).toBe('error: No workspace with the slug "no-such-shop"\n');

    const noToken = await inProcess("token:revoke", "--workspace", slug, "--name", "never-made");
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toBe('error: No API token named "never-made"\n');

    const member = await inProcess("user:create", "--workspace", slug, "--email", "owner@cli.test", "--role", "agent");
    expect(member.code).toBe(1);
    expect(member.stderr).toContain("already a member");
  });

  it("db:seed-demo refuses a DATABASE_URL database unless forced", async () => {
    expect(process.env.DATABASE_URL).toBeTruthy();
    const r = await inProcess("db:seed-demo");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: Refusing to seed demo data into the database at DATABASE_URL.*--force/);
    expect(r.opened).toBe(false);
  });
});
