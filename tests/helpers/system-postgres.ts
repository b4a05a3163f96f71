// A throw-away server of the system's (Debian's) PostgreSQL, for tests that need a version
// other than the embedded 18: e.g. the backup test, whose pg_dump (Debian 12's 15) refuses a
// newer server. Data lives in a temporary directory that stop() deletes; loopback only.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { constants } from "node:fs";
import { access, chmod, chown, mkdir, mkdtemp, open, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { generatePassword, runningPostmaster, stopPostgres } from "@/server/db/embedded-server";
import { freePort, withClient } from "./infra";

export type SystemPostgres = {
  version: number;
  /** The server's bin folder, which also holds its pg_dump, pg_restore and psql. */
  binDir: string;
  port: number;
  /** URL of a database on this server (as the superuser `postgres`). */
  urlFor: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

/** Debian's layout: /usr/lib/postgresql/<version>/bin. */
export function debianBinDir(version: number): string {
  return `/usr/lib/postgresql/${version}/bin`;
}

async function missingPrograms(binDir: string): Promise<string[]> {
  const programs = ["initdb", "postgres", "pg_dump", "pg_restore", "psql"];
  const missing: string[] = [];
  for (const p of programs) {
    await access(path.join(binDir, p), constants.X_OK).catch(() => missing.push(p));
  }
  return missing;
}

/** PostgreSQL refuses to run as root: as root, run it as the `postgres` user the Debian package creates. */
function postgresIds(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    return {
      uid: Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim()),
      gid: Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim()),
    };
  } catch {
    throw new Error("Running as root, the test needs the `postgres` system user (apt-get install postgresql-15 creates it).");
  }
}

function run(file: string, args: string[], options: { cwd: string; ids?: { uid: number; gid: number } }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(file, args, { cwd: options.cwd, ...options.ids, env: { ...process.env, LC_ALL: "C" }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    child.once("error", reject);
    child.once("close", (code) => (code === 0 ? resolve() : reject(new Error(`${path.basename(file)} failed (${code}):\n${output.slice(-2000)}`))));
  });
}

/**
 * Initialises and starts a private server of Debian's PostgreSQL `version`. Fails, never skips,
 * when that version is not installed: the message says which package to install.
 */
export async function startSystemPostgres(version = 15): Promise<SystemPostgres> {
  const binDir = debianBinDir(version);
  const missing = await missingPrograms(binDir);
  if (missing.length > 0) {
    throw new Error(
      `PostgreSQL ${version} is not installed (${missing.join(", ")} missing in ${binDir}): ` +
        `apt-get install postgresql-${version} (it brings postgresql-client-${version}).`,
    );
  }
  const ids = postgresIds();
  const dir = await mkdtemp(path.join(tmpdir(), `shopdesk-pg${version}-`));
  // The server's user must be able to enter the directory (and nothing more).
  await chmod(dir, 0o711);
  const dataDir = path.join(dir, "pg");
  const password = generatePassword();
  let child: ChildProcess | undefined;
  const onExit = () => {
    if (child?.pid) process.kill(child.pid, "SIGQUIT");
  };
  const stop = async () => {
    process.removeListener("exit", onExit);
    if (child?.pid) await stopPostgres(child.pid, child).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await mkdir(dataDir, { mode: 0o700 });
    const pwfile = path.join(dir, "pwfile");
    await writeFile(pwfile, `${password}\n`, { mode: 0o600 });
    if (ids) {
      await chown(dataDir, ids.uid, ids.gid);
      await chown(pwfile, ids.uid, ids.gid);
    }
    await run(
      path.join(binDir, "initdb"),
      ["-D", dataDir, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${pwfile}`, "--encoding=UTF8", "--no-locale", "--no-sync"],
      { cwd: dir, ids },
    );
    await rm(pwfile);

    const port = await freePort();
    const logFile = path.join(dir, "postgres.log");
    const log = await open(logFile, "a", 0o644);
    try {
      const settings = {
        listen_addresses: "127.0.0.1",
        unix_socket_directories: "",
        // Throw-away data: durability costs time and buys nothing here.
        fsync: "off",
        synchronous_commit: "off",
        full_page_writes: "off",
      };
      const args = ["-D", dataDir, "-p", String(port), ...Object.entries(settings).flatMap(([k, v]) => ["-c", `${k}=${v}`])];
      child = spawn(path.join(binDir, "postgres"), args, { cwd: dir, ...ids, detached: true, stdio: ["ignore", log.fd, log.fd] });
    } finally {
      await log.close();
    }
    process.on("exit", onExit);
    let exited: string | undefined;
    child.once("exit", (code, signal) => (exited = `exit ${code ?? signal}`));
    const deadline = Date.now() + 30_000;
    for (;;) {
      const info = await runningPostmaster(dataDir);
      if (info && info.pid === child.pid && info.status === "ready") break;
      if (exited || Date.now() > deadline) {
        const tail = (await readFile(logFile, "utf8").catch(() => "")).trim().split("\n").slice(-8).join("\n");
        throw new Error(`PostgreSQL ${version} did not start (${exited ?? "timeout"}):\n${tail}`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }

    const urlFor = (database: string) => `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${encodeURIComponent(database)}`;
    return {
      version,
      binDir,
      port,
      urlFor,
      createDatabase: async (name) => {
        await withClient(urlFor("postgres"), (c) => c.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`));
        return urlFor(name);
      },
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
