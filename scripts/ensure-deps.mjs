// Runs before `npm start`, `npm run dev` and `npm test` (their "pre" scripts), with plain Node and
// nothing installed yet, so that each of the README's two commands works on a fresh clone alone:
//   - node_modules missing, or not what package-lock.json lists: `npm ci` (its postinstall
//     generates the Prisma client);
//   - prisma/schema.prisma changed since the client was generated: generate it again;
//   - with --test-tools (the tests): Debian's headless Chromium at /usr/bin/chromium-headless-shell
//     PostgreSQL 15 and Dovecot (dovecot-imapd),
//     installed with apt when we are root and apt exists, otherwise one line saying how, and exit 1.
// Checks that pass cost a few milliseconds, so a service file may run `npm start` every time.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
/** Where the end-to-end tests look for the browser (playwright.config.ts reads the same variable). */
const DEBIAN_CHROMIUM = "/usr/bin/chromium-headless-shell";
const CHROMIUM = process.env.CHROMIUM_PATH || DEBIAN_CHROMIUM;
/** Written by scripts/prisma-generate.mjs after a successful generate: the schema's hash. */
export const SCHEMA_STAMP = "src/generated/prisma/.schema-sha256";

/** The hash recorded in SCHEMA_STAMP, or undefined when the project has no schema. */
export function schemaHash(dir = root) {
  const schema = path.join(dir, "prisma", "schema.prisma");
  return existsSync(schema) ? createHash("sha256").update(readFileSync(schema)).digest("hex") : undefined;
}

const say = (line) => console.error(`shopdesk: ${line}`);

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * Why node_modules does not match package-lock.json, or null when it does. npm records what it
 * installed in node_modules/.package-lock.json; every package the lock file lists must be there
 * in the same version, except optional ones npm skips on this platform (such as another
 * system's PostgreSQL binaries).
 */
export function dependencyDrift(lock, installed) {
  if (!lock?.packages) return "package-lock.json is missing or unreadable";
  if (!installed?.packages) return "node_modules is missing";
  for (const [key, want] of Object.entries(lock.packages)) {
    if (key === "" || want.link) continue;
    const have = installed.packages[key];
    if (!have) {
      if (want.optional) continue;
      return `${key.replace(/^node_modules\//, "")} is not installed`;
    }
    if (want.version && have.version !== want.version) {
      return `${key.replace(/^node_modules\//, "")} is ${have.version}, package-lock.json wants ${want.version}`;
    }
  }
  return null;
}

function run(command, args) {
  const res = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (res.error) throw res.error;
  return res.status ?? 1;
}

function ensureDependencies() {
  const drift = dependencyDrift(
    readJson(path.join(root, "package-lock.json")),
    readJson(path.join(root, "node_modules", ".package-lock.json")),
  );
  if (!drift) return;
  say(`installing dependencies (${drift}): npm ci`);
  const t0 = Date.now();
  const status = run("npm", ["ci", "--no-audit", "--no-fund"]);
  if (status !== 0) {
    say(`npm ci failed (exit ${status}); if package.json changed, run \`npm install\` to update package-lock.json`);
    process.exit(status);
  }
  say(`dependencies installed in ${Math.round((Date.now() - t0) / 1000)} s`);
}

function ensurePrismaClient() {
  const want = schemaHash();
  if (!want) return;
  const stamp = path.join(root, SCHEMA_STAMP);
  const have = existsSync(stamp) ? readFileSync(stamp, "utf8").trim() : "";
  if (have === want) return;
  say("prisma/schema.prisma changed since the Prisma client was generated: generating it");
  const status = run(process.execPath, ["scripts/prisma-generate.mjs"]);
  if (status !== 0) process.exit(status);
}

/**
 * Debian packages the tests use, each found by a file it installs: the browser of the e2e tests,
 * PostgreSQL 15 for the backup test (its pg_dump cannot dump the embedded PostgreSQL 18), and
 * Dovecot, the real IMAP server of the mail tests (tests/helpers/dovecot.ts).
 */
function missingTestPackages() {
  const missing = [];
  if (CHROMIUM === DEBIAN_CHROMIUM && !existsSync(CHROMIUM)) missing.push("chromium-headless-shell");
  if (!["postgres", "initdb", "pg_dump", "pg_restore", "psql"].every((p) => existsSync(`/usr/lib/postgresql/15/bin/${p}`))) {
    missing.push("postgresql-15");
  }
  if (!existsSync("/usr/sbin/dovecot")) missing.push("dovecot-imapd");
  return missing;
}

function ensureTestTools() {
  // apt installs the default path only: a CHROMIUM_PATH elsewhere is the user's to provide.
  if (CHROMIUM !== DEBIAN_CHROMIUM && !existsSync(CHROMIUM)) {
    say(`the end-to-end tests need Chromium at CHROMIUM_PATH=${CHROMIUM}, which does not exist: fix the path or unset it to use Debian's ${DEBIAN_CHROMIUM}`);
    process.exit(1);
  }
  const missing = missingTestPackages();
  if (missing.length === 0) return;
  const command = `apt-get install -y ${missing.join(" ")}`;
  if (process.getuid?.() !== 0 || !existsSync("/usr/bin/apt-get")) {
    say(`the tests need Debian's ${missing.join(" and ")}: run \`sudo ${command}\`, then npm test again`);
    process.exit(1);
  }
  say(`installing what the tests need: ${command}`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  for (const args of [["update"], ["install", "-y", ...missing]]) {
    const res = spawnSync("apt-get", args, { stdio: "inherit", env });
    if (res.status !== 0) {
      say(`apt-get ${args.join(" ")} failed (exit ${res.status}); run \`${command}\` yourself, then npm test again`);
      process.exit(res.status ?? 1);
    }
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [major, minor] = process.versions.node.split(".").map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    say(`Node.js 20.19 or newer is needed, this is ${process.versions.node}`);
    process.exit(1);
  }
  // The system packages first: a machine that cannot have them is told at once, not after an install.
  if (process.argv.includes("--test-tools")) ensureTestTools();
  ensureDependencies();
  ensurePrismaClient();
}
