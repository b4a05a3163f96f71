// More Shopdesk processes beside the e2e server (playwright.config.ts starts web A and its worker
// through the launcher): a second web process and a second worker on the same embedded database,
// started the way an operator runs them behind a load balancer, and the operator CLI.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { isPortFree, waitForHttpOk } from "../src/cli/launcher/readiness";
import { ROOT, TestProcess, startWorker, stopAll, workerReady } from "../tests/helpers/processes";

/** Every process started here, so a spec's afterAll can stop them even when a start failed half-way. */
const spawned = new Set<TestProcess>();

/** Stops (SIGTERM, then SIGKILL) every process started here that still runs. */
export async function stopStartedProcesses(): Promise<void> {
  await stopAll(spawned);
  spawned.clear();
}

/** The e2e server's data directory (playwright.config.ts: E2E_DATA_DIR, default .shopdesk-e2e). */
const DATA_DIR = path.join(ROOT, process.env.E2E_DATA_DIR ?? ".shopdesk-e2e");

/**
 * The e2e server's database, found as the CLI finds a running embedded server: the port from
 * server.json, the password from pg-password.
 */
export function e2eDatabaseUrl(): string {
  const { port } = JSON.parse(readFileSync(path.join(DATA_DIR, "server.json"), "utf8")) as { port: number };
  const password = readFileSync(path.join(DATA_DIR, "pg-password"), "utf8").trim();
  return `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/shopdesk`;
}

/** The AUTH_SECRET the launcher generated for web A: every web process must share it. */
export function e2eAuthSecret(): string {
  return readFileSync(path.join(DATA_DIR, "auth-secret"), "utf8").trim();
}

/** The SHOPDESK_ENCRYPTION_KEY the launcher generated for web A: mailbox passwords open only with it. */
export function e2eEncryptionKey(): string {
  return readFileSync(path.join(DATA_DIR, "encryption-key"), "utf8").trim();
}

/** The environment of every extra process: what the launcher gives its children. */
export function sharedEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: e2eDatabaseUrl(),
    AUTH_SECRET: e2eAuthSecret(),
    SHOPDESK_ENCRYPTION_KEY: e2eEncryptionKey(),
    SHOPDESK_EMBEDDED: "1",
    // The launcher's mail catcher (playwright.config.ts), as the launcher tells its own children.
    SHOPDESK_MAIL_CATCHER: `127.0.0.1:${process.env.E2E_CATCHER_SMTP_PORT ?? "1125"}`,
    LOG_LEVEL: "info",
  };
}

/** Waits as the launcher does for web A, but gives up at once when `web` exits, showing its output. */
async function waitForHealth(web: TestProcess, url: string, timeoutMs: number): Promise<void> {
  const exited = new AbortController();
  void web.exited.then(() => exited.abort());
  try {
    await waitForHttpOk(url, { timeoutMs, signal: exited.signal });
  } catch (err) {
    const why = web.running ? (err instanceof Error ? err.message : String(err)) : `${web.spec.name} exited (${JSON.stringify(web.exit)})`;
    throw new Error(`${why}\n${web.tail()}`);
  }
}

/**
 * `next start` on `port` (loopback) from the same build as web A, with its own public URL,
 * ready once /api/health answers 200.
 */
export async function startWeb(name: string, port: number): Promise<TestProcess> {
  if (!(await isPortFree(port, "127.0.0.1"))) throw new Error(`port ${port} for ${name} is in use: set E2E_PORT_B to a free port`);
  const origin = `http://127.0.0.1:${port}`;
  const web = new TestProcess({
    name,
    args: [
      "--import",
      path.join(ROOT, "scripts/peer-address-hook.mjs"),
      path.join(ROOT, "node_modules/next/dist/bin/next"),
      "start",
      "--port",
      String(port),
      "--hostname",
      "127.0.0.1",
    ],
    env: { ...sharedEnv(), PORT: String(port), APP_URL: origin, NEXTAUTH_URL: origin, SHOPDESK_PROCESS: "web" },
  });
  spawned.add(web);
  await waitForHealth(web, `${origin}/api/health`, 60_000);
  return web;
}

/** A worker on the e2e database, ready once it logged "worker ready". */
export async function startExtraWorker(name: string): Promise<TestProcess> {
  const worker = startWorker(name, sharedEnv());
  spawned.add(worker);
  await workerReady(worker, 90_000);
  return worker;
}

/** Runs the operator CLI (`npm run shopdesk -- …`) against the e2e database; resolves with stdout. */
export function shopdesk(...args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ["--import", "tsx", path.join(ROOT, "src/cli/index.ts"), ...args],
      { cwd: ROOT, env: { ...sharedEnv(), LOG_LEVEL: "warn" }, timeout: 120_000 },
      // The message names the command only: the arguments may hold a password.
      (error, stdout, stderr) =>
        error ? reject(new Error(`shopdesk ${args[0]} failed (exit ${error.code ?? error.signal})\n${stderr}`)) : resolve(stdout),
    );
  });
}
