// Starts Shopdesk for the end-to-end tests (playwright.config.ts runs this as its webServer):
// a fresh data directory every run, so the embedded PostgreSQL is initialised, migrated and
// seeded with the demo data from scratch, then the launcher in production mode.
// The settings come from the webServer's env; this script only refuses ones that could
// point at a developer's real data.
import { existsSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function fail(message) {
  console.error(`e2e/start-server: ${message}`);
  process.exit(1);
}

const dataDirSetting = process.env.SHOPDESK_DATA_DIR ?? "";
const dataDir = path.resolve(root, dataDirSetting);
// Only ever wipe a directory of ours: `.shopdesk-e2e*` directly inside the repository.
if (path.dirname(dataDir) !== root || !/^\.shopdesk-e2e[\w-]*$/.test(path.basename(dataDir))) {
  fail(`SHOPDESK_DATA_DIR must be a .shopdesk-e2e* folder in ${root}, got "${dataDirSetting}"`);
}
for (const name of ["PORT", "EMBEDDED_PG_PORT"]) {
  if (!/^\d+$/.test(process.env[name] ?? "")) fail(`${name} must be set to a port number`);
}
const port = process.env.PORT;
const launcher = path.join(root, "src/cli/start.ts");
if (!existsSync(launcher)) fail(`the launcher ${path.relative(root, launcher)} does not exist`);

await rm(dataDir, { recursive: true, force: true });
await mkdir(dataDir, { recursive: true });

const appUrl = process.env.APP_URL ?? `http://localhost:${port}`;
// Set before the launcher loads: it reads the environment once.
Object.assign(process.env, {
  NODE_ENV: "production",
  NEXT_TELEMETRY_DISABLED: "1",
  APP_URL: appUrl,
  NEXTAUTH_URL: appUrl,
  // Empty counts as unset (src/env.ts) and, being set, is not overridden by a developer's .env
  // file: the run always uses its own embedded PostgreSQL.
  DATABASE_URL: "",
  LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
});

console.log(
  `e2e/start-server: data in ${path.relative(root, dataDir)}, web on :${port}, PostgreSQL on :${process.env.EMBEDDED_PG_PORT}`,
);
// The launcher runs in this process (this script is started with `node --import tsx`), so
// the signals Playwright sends reach it directly; it stops web, worker and PostgreSQL, then exits.
await import(pathToFileURL(launcher).href);
