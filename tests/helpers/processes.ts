// Real Shopdesk processes started by a test (a worker, a second web process) with their output
// kept for assertions: JSON log lines are parsed, anything else kept as text. Used by the
// integration tests and the end-to-end specs, so it imports no test framework.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createInterface } from "node:readline";
import { WORKER_MALLOC_ENV, WORKER_NODE_FLAGS } from "../../src/cli/launcher/commands";
import { bundleDir, bundlePath } from "../../src/cli/launcher/process-bundles";

export const ROOT = path.resolve(import.meta.dirname, "../..");

export type LogRecord = Record<string, unknown> & { msg?: string; level?: number };
export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type ProcessSpec = {
  /** For messages: "worker-1", "web-B". */
  name: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Print every output line as it comes (debugging a failing run). */
  echo?: boolean;
};

export class TestProcess {
  readonly child: ChildProcess;
  readonly lines: string[] = [];
  readonly records: LogRecord[] = [];
  readonly startedAt = Date.now();
  exitedAt: number | undefined;
  exit: Exit | undefined;
  readonly exited: Promise<Exit>;
  private readonly waiters = new Set<() => void>();

  constructor(readonly spec: ProcessSpec) {
    // node itself (no npm/tsx wrapper), so a signal sent to the pid reaches the process we test.
    this.child = spawn(process.execPath, spec.args, { cwd: ROOT, env: spec.env, stdio: ["ignore", "pipe", "pipe"] });
    for (const stream of [this.child.stdout!, this.child.stderr!]) {
      createInterface({ input: stream }).on("line", (line) => this.onLine(line));
    }
    // `exitedAt` is when the process ended; `exit` (and `exited`) only once its output pipes are
    // closed too, so a test that awaits the exit then reads the logs sees every last line.
    // A child of its own that kept a pipe open would hold back "close": 5 s after the exit, it counts.
    this.exited = new Promise<Exit>((resolve) => {
      const settle = (code: number | null, signal: NodeJS.Signals | null) => {
        if (this.exit) return;
        this.exit = { code, signal };
        this.wake();
        resolve(this.exit);
      };
      this.child.once("exit", (code, signal) => {
        this.exitedAt = Date.now();
        setTimeout(() => settle(code, signal), 5000).unref();
      });
      this.child.once("close", (code, signal) => {
        this.exitedAt ??= Date.now();
        settle(code, signal);
      });
    });
  }

  get pid(): number {
    return this.child.pid!;
  }

  get running(): boolean {
    return this.exit === undefined;
  }

  private onLine(line: string): void {
    this.lines.push(line);
    if (this.spec.echo) console.log(`[${this.spec.name}] ${line}`);
    if (line.startsWith("{")) {
      try {
        this.records.push(JSON.parse(line) as LogRecord);
      } catch {
        // not a log record after all: kept in `lines` only
      }
    }
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters) w();
  }

  /** Resolves with the first log record matching `match` (already logged or to come). */
  waitForLog(match: (r: LogRecord) => boolean, timeoutMs: number, what = "a matching log line"): Promise<LogRecord> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.records.find(match);
        if (found) done(() => resolve(found));
        else if (this.exit) done(() => reject(new Error(`${this.spec.name} exited (${JSON.stringify(this.exit)}) before ${what}\n${this.tail()}`)));
      };
      const timer = setTimeout(() => done(() => reject(new Error(`${this.spec.name}: no ${what} within ${timeoutMs} ms\n${this.tail()}`))), timeoutMs);
      const done = (settle: () => void) => {
        clearTimeout(timer);
        this.waiters.delete(check);
        settle();
      };
      this.waiters.add(check);
      check();
    });
  }

  /** Sends `signal`; resolves with the exit. SIGKILL after `timeoutMs` so no test leaves it behind. */
  async stop(signal: NodeJS.Signals = "SIGTERM", timeoutMs = 45_000): Promise<Exit> {
    if (this.exit) return this.exit;
    this.child.kill(signal);
    const timer = setTimeout(() => this.child.kill("SIGKILL"), timeoutMs);
    try {
      return await this.exited;
    } finally {
      clearTimeout(timer);
    }
  }

  /** The last lines of output, for failure messages. */
  tail(n = 30): string {
    return this.lines.slice(-n).join("\n");
  }
}

/**
 * The worker's production bundle (src/cli/launcher/process-bundles.ts), which the launcher runs
 * with `npm start`: SHOPDESK_TEST_WORKER_BUNDLE when set (the integration tests' global setup,
 * tests/setup/process-bundles.ts, and bench:ingest bundle the current sources), otherwise the one
 * `npm run build` made (the e2e server's build).
 */
export function workerBundle(): string {
  return process.env.SHOPDESK_TEST_WORKER_BUNDLE || bundlePath(bundleDir(ROOT), "worker");
}

/**
 * A worker's environment as in production, on the database at `url`: DATABASE_URL and a fresh
 * AUTH_SECRET set, nothing embedded, logging from `logLevel` on (tests read its log lines).
 */
export function productionWorkerEnv(url: string, logLevel: "debug" | "info"): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: url,
    AUTH_SECRET: randomBytes(32).toString("base64url"),
    SHOPDESK_EMBEDDED: "",
    LOG_LEVEL: logLevel,
  };
}

/**
 * `node <flags> <root>/.next/shopdesk/worker.mjs` (or the bundle above) with the worker's malloc
 * settings, as the launcher starts the worker in production; `nodeArgs` go first (--cpu-prof).
 */
export function startWorker(name: string, env: NodeJS.ProcessEnv, echo = false, nodeArgs: string[] = []): TestProcess {
  return new TestProcess({ name, args: [...nodeArgs, ...WORKER_NODE_FLAGS, workerBundle()], env: { ...WORKER_MALLOC_ENV, ...env }, echo });
}

/** Waits for the worker's "worker ready" line (queues created, schedules registered). */
export function workerReady(worker: TestProcess, timeoutMs = 60_000): Promise<LogRecord> {
  return worker.waitForLog((r) => typeof r.msg === "string" && r.msg.startsWith("worker ready"), timeoutMs, '"worker ready"');
}

/** Stops every process still running (SIGTERM, then SIGKILL), whatever happened in the test. */
export async function stopAll(processes: Iterable<TestProcess>, timeoutMs = 45_000): Promise<void> {
  await Promise.all([...processes].map((p) => p.stop("SIGTERM", timeoutMs)));
}
