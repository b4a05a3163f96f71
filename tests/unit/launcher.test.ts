// The launcher's pieces that need neither Next nor a database: the persisted AUTH_SECRET,
// readiness polling, the children's commands and environments, and child supervision.
import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUTH_SECRET_FILE, ensureAuthSecret } from "@/cli/launcher/auth-secret";
import { childEnv, healthUrl, mailCatcherSpec, mailListenerSpec, readyLine, webSpec, WORKER_MALLOC_ENV, WORKER_NODE_FLAGS, workerSpec, type ChildSettings } from "@/cli/launcher/commands";
import { isPortFree, NotReadyError, waitForHttpOk } from "@/cli/launcher/readiness";
import { Supervisor, type ExitInfo } from "@/cli/launcher/supervisor";

const quiet = pino({ level: "silent" });
let tmp: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), "shopdesk-launcher-"));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe("ensureAuthSecret", () => {
  it("generates a secret once, stores it with mode 0600 and returns it on every later start", async () => {
    const dir = path.join(tmp, "data-1");
    const first = await ensureAuthSecret(dir);
    expect(first.source).toBe("generated");
    expect(first.secret.length).toBeGreaterThanOrEqual(32);
    const file = path.join(dir, AUTH_SECRET_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await readFile(file, "utf8")).trim()).toBe(first.secret);

    const second = await ensureAuthSecret(dir);
    expect(second).toEqual({ secret: first.secret, source: "file", file });
    const other = await ensureAuthSecret(path.join(tmp, "data-2"));
    expect(other.secret).not.toBe(first.secret);
  });

  it("prefers AUTH_SECRET from the environment and writes nothing", async () => {
    const dir = path.join(tmp, "data-env");
    const fromEnv = "x".repeat(40);
    expect(await ensureAuthSecret(dir, fromEnv)).toEqual({ secret: fromEnv, source: "env" });
    await expect(stat(path.join(dir, AUTH_SECRET_FILE))).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("replaces an unusable file and tightens loose permissions", async () => {
    const dir = path.join(tmp, "data-3");
    await ensureAuthSecret(dir);
    const file = path.join(dir, AUTH_SECRET_FILE);
    await writeFile(file, "too-short\n", { mode: 0o644 });
    const replaced = await ensureAuthSecret(dir);
    expect(replaced.source).toBe("generated");
    expect(replaced.secret).not.toBe("too-short");
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it("gives two concurrent first starts the same secret", async () => {
    const dir = path.join(tmp, "data-race");
    const [a, b] = await Promise.all([ensureAuthSecret(dir), ensureAuthSecret(dir)]);
    expect(a.secret).toBe(b.secret);
  });
});

describe("waitForHttpOk", () => {
  let server: http.Server;
  let url: string;
  let calls = 0;

  beforeAll(async () => {
    // 503 twice (the database is not there yet), then 200.
    server = http.createServer((req, res) => {
      if (req.url === "/never") {
        res.statusCode = 503;
        res.end();
        return;
      }
      calls++;
      res.statusCode = calls < 3 ? 503 : 200;
      res.end(JSON.stringify({ status: calls < 3 ? "error" : "ok" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as net.AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it("polls until the server answers 200", async () => {
    const attempts = await waitForHttpOk(`${url}/api/health`, { timeoutMs: 5000, intervalMs: 20 });
    expect(attempts).toBe(3);
  });

  it("gives up after the timeout, naming the last answer", async () => {
    const started = Date.now();
    const err = await waitForHttpOk(`${url}/never`, { timeoutMs: 1500, intervalMs: 20 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(NotReadyError);
    expect((err as NotReadyError).lastStatus).toBe(503);
    expect((err as NotReadyError).message).toContain("did not answer 200 within 2 s (last: 503)");
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it("reports a refused connection and stops early when aborted", async () => {
    const port = await freePort();
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 500);
    const started = Date.now();
    const err = await waitForHttpOk(`http://127.0.0.1:${port}/`, { timeoutMs: 10_000, intervalMs: 20, signal: controller.signal }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(NotReadyError);
    expect((err as NotReadyError).lastStatus).toBe("ECONNREFUSED");
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
  const { port } = s.address() as net.AddressInfo;
  await new Promise((resolve) => s.close(resolve));
  return port;
}

describe("isPortFree", () => {
  it("tells a taken port from a free one", async () => {
    const s = net.createServer();
    await new Promise<void>((resolve) => s.listen(0, "127.0.0.1", resolve));
    const { port } = s.address() as net.AddressInfo;
    expect(await isPortFree(port, "127.0.0.1")).toBe(false);
    await new Promise((resolve) => s.close(resolve));
    expect(await isPortFree(port, "127.0.0.1")).toBe(true);
  });
});

describe("children's commands", () => {
  const base: ChildSettings = {
    root: "/srv/shopdesk",
    mode: "dev",
    port: 3950,
    databaseUrl: "postgresql://u:p@127.0.0.1:54350/shopdesk",
    embedded: true,
    authSecret: "s".repeat(43),
    encryptionKey: "k".repeat(43) + "=",
    publicUrl: "http://localhost:3950",
    baseEnv: { PATH: "/usr/bin", LOG_LEVEL: "debug", SHOPDESK_EMBEDDED: "1" },
  };

  it("runs next dev (webpack) on loopback for the embedded default, through node", () => {
    const web = webSpec(base);
    expect(web.command).toBe(process.execPath);
    expect(web.args).toEqual([
      "--import",
      "/srv/shopdesk/scripts/peer-address-hook.mjs",
      "/srv/shopdesk/node_modules/next/dist/bin/next",
      "dev",
      "--port",
      "3950",
      "--webpack",
      "--hostname",
      "127.0.0.1",
    ]);
    expect(web.cwd).toBe("/srv/shopdesk");
    // next dev serves from its own child process, which gets the hook through NODE_OPTIONS.
    expect(web.env.NODE_OPTIONS).toBe('--import="/srv/shopdesk/scripts/peer-address-hook.mjs"');
  });

  it("runs next start on every interface with DATABASE_URL", () => {
    const web = webSpec({ ...base, mode: "prod", embedded: false });
    expect(web.args).toEqual([
      "--import",
      "/srv/shopdesk/scripts/peer-address-hook.mjs",
      "/srv/shopdesk/node_modules/next/dist/bin/next",
      "start",
      "--port",
      "3950",
    ]);
  });

  it("runs the worker in one node process: its sources through tsx in dev, the build's bundle in prod", () => {
    expect(workerSpec(base).args).toEqual([...WORKER_NODE_FLAGS, "--import", "tsx", "/srv/shopdesk/src/worker/index.ts"]);
    const prod = workerSpec({ ...base, mode: "prod" });
    expect(prod.args).toEqual([...WORKER_NODE_FLAGS, "/srv/shopdesk/.next/shopdesk/worker.mjs"]);
    expect(prod.env).toMatchObject({ ...WORKER_MALLOC_ENV, SHOPDESK_PROCESS: "worker", NODE_ENV: "production" });
    // An operator's own allocator settings win.
    expect(workerSpec({ ...base, baseEnv: { ...base.baseEnv, MALLOC_ARENA_MAX: "1" } }).env.MALLOC_ARENA_MAX).toBe("1");
  });

  it("gives docker-compose's worker the launcher's node flags and allocator settings", async () => {
    const compose = await readFile(path.join(import.meta.dirname, "../../docker-compose.yml"), "utf8");
    expect(compose).toContain(`command: ${JSON.stringify(["node", ...WORKER_NODE_FLAGS, ".next/shopdesk/worker.mjs"]).replaceAll(",", ", ")}`);
    for (const [k, v] of Object.entries(WORKER_MALLOC_ENV)) expect(compose).toContain(`${k}: "${v}"`);
  });

  it("runs the forwarding listener as a process of its own, with the database and its name", () => {
    const spec = mailListenerSpec(base);
    expect(spec.args).toEqual(["--import", "tsx", "/srv/shopdesk/src/mail-listener/index.ts"]);
    expect(mailListenerSpec({ ...base, mode: "prod" }).args).toEqual(["/srv/shopdesk/.next/shopdesk/mail-listener.mjs"]);
    expect(spec.env).toMatchObject({ DATABASE_URL: base.databaseUrl, SHOPDESK_PROCESS: "mail-listener", SHOPDESK_EMBEDDED: "1" });
  });

  it("passes the database, secrets, URLs and process name to each child", () => {
    expect(childEnv(base, "web")).toMatchObject({
      PATH: "/usr/bin",
      LOG_LEVEL: "debug",
      DATABASE_URL: base.databaseUrl,
      SHOPDESK_EMBEDDED: "1",
      AUTH_SECRET: base.authSecret,
      SHOPDESK_ENCRYPTION_KEY: base.encryptionKey,
      NEXTAUTH_URL: "http://localhost:3950",
      PORT: "3950",
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "development",
      SHOPDESK_PROCESS: "web",
    });
    const prodWorker = childEnv({ ...base, mode: "prod", embedded: false }, "worker");
    expect(prodWorker.SHOPDESK_PROCESS).toBe("worker");
    expect(prodWorker.NODE_ENV).toBe("production");
    // An inherited flag must not mark a DATABASE_URL database as the embedded demo.
    expect(prodWorker).not.toHaveProperty("SHOPDESK_EMBEDDED");
  });

  it("runs the mail catcher on loopback only, and tells the children where it listens", () => {
    const spec = mailCatcherSpec(base, { smtpPort: 1025, webPort: 1080, mailDir: "/srv/shopdesk/.shopdesk/mail" });
    expect(spec.args).toEqual([
      "/srv/shopdesk/node_modules/maildev/dist/bin/maildev.js",
      "--smtp", "1025", "--ip", "127.0.0.1", "--web", "1080", "--web-ip", "127.0.0.1",
      "--mail-directory", "/srv/shopdesk/.shopdesk/mail", "--max-emails", "500",
    ]);
    expect(childEnv({ ...base, mailCatcher: "127.0.0.1:1025" }, "worker").SHOPDESK_MAIL_CATCHER).toBe("127.0.0.1:1025");
    // Inherited from a shell, it must not send a production Shopdesk's mail to a catcher.
    expect(childEnv({ ...base, baseEnv: { ...base.baseEnv, SHOPDESK_MAIL_CATCHER: "127.0.0.1:1025" } }, "worker")).not.toHaveProperty("SHOPDESK_MAIL_CATCHER");
  });

  it("prints the ready line the README promises", () => {
    expect(readyLine("http://localhost:3000", { embedded: true, demoLogins: true, mailCatcherUrl: "http://localhost:1080" })).toBe(
      "Shopdesk is running at http://localhost:3000 (embedded PostgreSQL, demo logins: admin@demo.test / demo1234; mail it sends: http://localhost:1080)",
    );
    expect(readyLine("https://help.example.com", { embedded: false, demoLogins: false })).toBe(
      "Shopdesk is running at https://help.example.com (PostgreSQL from DATABASE_URL)",
    );
    expect(healthUrl(3950)).toBe("http://127.0.0.1:3950/api/health");
  });
});

describe("Supervisor", () => {
  const node = (name: string, script: string) => ({ name, command: process.execPath, args: ["-e", script], env: process.env, cwd: tmp });
  /** A script that installs `setup`, then says so by creating a file the test waits for. */
  let n = 0;
  const readyChild = (name: string, setup: string) => {
    const flag = path.join(tmp, `ready-${name}-${++n}`);
    const script = `${setup}; setInterval(() => {}, 1000); require("node:fs").writeFileSync(${JSON.stringify(flag)}, "")`;
    return { spec: node(name, script), ready: waitForFile(flag) };
  };
  async function waitForFile(file: string) {
    for (let i = 0; i < 200; i++) {
      if (await stat(file).then(() => true, () => false)) return;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`${file} never appeared`);
  }

  it("reports a child that exits on its own as unexpected", async () => {
    const unexpected: ExitInfo[] = [];
    const sup = new Supervisor(quiet, (info) => unexpected.push(info));
    const exit = await sup.start(node("web", "process.exit(3)"));
    expect(exit).toEqual({ name: "web", code: 3, signal: null });
    expect(unexpected).toEqual([exit]);
  });

  it("does not report a one-off that is expected to exit", async () => {
    const unexpected: ExitInfo[] = [];
    const sup = new Supervisor(quiet, (info) => unexpected.push(info));
    expect((await sup.start(node("build", "process.exit(0)"), { expectExit: true })).code).toBe(0);
    expect(unexpected).toEqual([]);
  });

  it("forwards the signal to every child and waits for them", async () => {
    const unexpected: ExitInfo[] = [];
    const sup = new Supervisor(quiet, (info) => unexpected.push(info));
    // A child that cleans up on SIGTERM and exits 0, as the worker does; one that just dies.
    const worker = readyChild("worker", "process.on('SIGTERM', () => setTimeout(() => process.exit(0), 50))");
    const web = readyChild("web", "");
    void sup.start(worker.spec);
    void sup.start(web.spec);
    await Promise.all([worker.ready, web.ready]);
    const exits = await sup.stopAll("SIGTERM", 5000);
    expect(exits).toEqual(
      expect.arrayContaining([
        { name: "worker", code: 0, signal: null },
        { name: "web", code: null, signal: "SIGTERM" },
      ]),
    );
    expect(unexpected).toEqual([]);
  });

  it("kills a child that ignores the signal once the timeout passes", async () => {
    const sup = new Supervisor(quiet);
    const stubborn = readyChild("stubborn", "process.on('SIGTERM', () => {})");
    void sup.start(stubborn.spec);
    await stubborn.ready;
    const started = Date.now();
    const [exit] = await sup.stopAll("SIGTERM", 300);
    expect(exit).toEqual({ name: "stubborn", code: null, signal: "SIGKILL" });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
