// The commands and environments of the launcher's children, as plain data (tested in tests/unit).
import path from "node:path";
import { bundleDir, bundlePath } from "./process-bundles";
import type { ChildSpec } from "./supervisor";

export type Mode = "dev" | "prod";

export type ChildSettings = {
  root: string;
  mode: Mode;
  port: number;
  databaseUrl: string;
  embedded: boolean;
  authSecret: string;
  /** SHOPDESK_ENCRYPTION_KEY: from the environment, or the embedded data directory's. */
  encryptionKey?: string;
  /** NEXTAUTH_URL: APP_URL or http://localhost:PORT. */
  publicUrl: string;
  /** The launcher's environment, passed on (PATH, LOG_LEVEL, APP_URL, SMTP_*...). */
  baseEnv: Record<string, string | undefined>;
  /** The embedded default's mail catcher, when it runs: SMTP `host:port`, for the children. */
  mailCatcher?: string;
};

export function nextBin(root: string): string {
  return path.join(root, "node_modules", "next", "dist", "bin", "next");
}

/** Gives route handlers the TCP peer's address (see the file); every web process loads it. */
export function peerAddressHook(root: string): string {
  return path.join(root, "scripts", "peer-address-hook.mjs");
}

export function childEnv(s: ChildSettings, processName: "web" | "worker" | "mail-listener" | "build"): NodeJS.ProcessEnv {
  const e: NodeJS.ProcessEnv = {
    ...s.baseEnv,
    DATABASE_URL: s.databaseUrl,
    AUTH_SECRET: s.authSecret,
    NEXTAUTH_URL: s.publicUrl,
    PORT: String(s.port),
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: s.mode === "dev" ? "development" : "production",
    SHOPDESK_PROCESS: processName,
  };
  if (s.encryptionKey) e.SHOPDESK_ENCRYPTION_KEY = s.encryptionKey;
  if (s.mailCatcher) e.SHOPDESK_MAIL_CATCHER = s.mailCatcher;
  else delete e.SHOPDESK_MAIL_CATCHER;
  if (s.embedded) e.SHOPDESK_EMBEDDED = "1";
  else delete e.SHOPDESK_EMBEDDED;
  return e;
}

/**
 * `next dev|start`, run through node so no npx is needed. The embedded demo listens on
 * loopback only (its logins are public); production binds every interface as `next start` does.
 */
export function webSpec(s: ChildSettings): ChildSpec {
  const hook = peerAddressHook(s.root);
  const args = ["--import", hook, nextBin(s.root), s.mode === "dev" ? "dev" : "start", "--port", String(s.port)];
  const env = childEnv(s, "web");
  // `next dev` serves from a child process of its own, which inherits NODE_OPTIONS only.
  if (s.mode === "dev") env.NODE_OPTIONS = [env.NODE_OPTIONS, `--import=${JSON.stringify(hook)}`].filter(Boolean).join(" ");
  // Turbopack's dev server (Next 16.4) reloads every page in a loop ("HMR hash mismatch") as
  // soon as a browser connects to this app; webpack's dev server does not.
  if (s.mode === "dev") args.push("--webpack");
  if (s.embedded) args.push("--hostname", "127.0.0.1");
  return { name: "web", command: process.execPath, args, env, cwd: s.root };
}

/**
 * How node runs the worker or the listener: in production the bundle `npm run build` made
 * (process-bundles.ts: no tsx loader in the process), in development the sources through tsx so
 * that an edit needs no build.
 */
function processArgs(s: ChildSettings, name: "worker" | "mail-listener"): string[] {
  return s.mode === "prod" ? [bundlePath(bundleDir(s.root), name)] : ["--import", "tsx", path.join(s.root, "src", name, "index.ts")];
}

/**
 * V8's settings for the worker, from bench:ingest (README, Performance). By default V8 lets the
 * heap grow to up to four times what the last full GC kept, and each of the young generation's
 * two semi-spaces to 16 MB; the worker keeps about 50 MB live and turns mail over quickly, so its
 * heap stood at 150-160 MB, mostly garbage. A growing factor of 1.5 and 4 MB semi-spaces keep it
 * near 100 MB, for more (short) collections. Also in docker-compose.yml.
 */
export const WORKER_NODE_FLAGS = ["--max-semi-space-size=4", "--heap-growing-percent=50"] as const;

/**
 * glibc's allocator settings for the worker (other C libraries ignore them). Buffers (raw mail,
 * parsed parts, PostgreSQL rows) are malloc'ed outside V8's heap: by default glibc gives threads
 * arenas of their own, up to 8 per core (V8's background threads, which compile Prisma's
 * WebAssembly query compiler, left some 65 MB in theirs), and raises its mmap threshold after
 * each large free, so freed buffers of up to 32 MB stay in the process. Two arenas and a fixed
 * 128 KB threshold return that memory: 272 → 217 MB at bench:ingest's peak. The environment the
 * worker was given wins. Also in docker-compose.yml.
 */
export const WORKER_MALLOC_ENV = { MALLOC_ARENA_MAX: "2", MALLOC_MMAP_THRESHOLD_: "131072" } as const;

/** The worker in one node process (no npm or tsx CLI wrapper, so signals reach it directly). */
export function workerSpec(s: ChildSettings): ChildSpec {
  return {
    name: "worker",
    command: process.execPath,
    args: [...WORKER_NODE_FLAGS, ...processArgs(s, "worker")],
    env: { ...WORKER_MALLOC_ENV, ...childEnv(s, "worker") },
    cwd: s.root,
  };
}

/** The forwarding listener (src/mail-listener), an SMTP server of its own, like the worker. */
export function mailListenerSpec(s: ChildSettings): ChildSpec {
  return { name: "mail-listener", command: process.execPath, args: processArgs(s, "mail-listener"), env: childEnv(s, "mail-listener"), cwd: s.root };
}

/**
 * The embedded default's mail catcher: maildev, on loopback, keeping the last 500 messages in the
 * data directory, so a new user sees replies and acknowledgements arrive (its web page).
 */
export function mailCatcherSpec(s: ChildSettings, opts: { smtpPort: number; webPort: number; mailDir: string }): ChildSpec {
  return {
    name: "mail-catcher",
    command: process.execPath,
    args: [
      path.join(s.root, "node_modules", "maildev", "dist", "bin", "maildev.js"),
      "--smtp",
      String(opts.smtpPort),
      "--ip",
      "127.0.0.1",
      "--web",
      String(opts.webPort),
      "--web-ip",
      "127.0.0.1",
      "--mail-directory",
      opts.mailDir,
      "--max-emails",
      "500",
    ],
    env: { PATH: s.baseEnv.PATH, NODE_ENV: "production" },
    cwd: s.root,
  };
}

export function buildSpec(s: ChildSettings): ChildSpec {
  return { name: "build", command: process.execPath, args: [nextBin(s.root), "build"], env: childEnv(s, "build"), cwd: s.root };
}

/** The address the launcher polls: loopback, whichever interfaces the server binds. */
export function healthUrl(port: number): string {
  return `http://127.0.0.1:${port}/api/health`;
}

export function readyLine(publicUrl: string, opts: { embedded: boolean; demoLogins: boolean; mailCatcherUrl?: string }): string {
  const where = opts.embedded
    ? opts.demoLogins
      ? "embedded PostgreSQL, demo logins: admin@demo.test / demo1234"
      : "embedded PostgreSQL"
    : "PostgreSQL from DATABASE_URL";
  const mail = opts.mailCatcherUrl ? `; mail it sends: ${opts.mailCatcherUrl}` : "";
  return `Shopdesk is running at ${publicUrl} (${where}${mail})`;
}
