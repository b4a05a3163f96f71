// Global setup of the integration tests: a database of their own, migrated, thrown away at the end.
// - By default a private embedded PostgreSQL in a fresh temporary directory on a free port (never
//   the developer's .shopdesk data), tuned for speed over durability since nothing is kept.
// - With TEST_DATABASE_URL (e.g. a CI service), a fresh `shopdesk_test_<random>` database on that
//   server, dropped afterwards.
// Tests read the URL with inject("databaseUrl"); tests/setup/env.ts also puts it in DATABASE_URL.
import { randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import {
  embeddedUrl,
  ensureDatabase,
  generatePassword,
  initialiseCluster,
  startPostgres,
  stopPostgres,
  type StartedServer,
} from "@/server/db/embedded-server";
import { applyMigrations } from "@/server/db/migrations";
import { freePort } from "../helpers/infra";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}


/** A private server; returns its URL and how to stop it and delete its files. */
async function startPrivateServer(log: (msg: string) => void): Promise<{ url: string; stop: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), "shopdesk-test-"));
  // When we are root the server runs as `postgres`, which must be able to enter the directory.
  await chmod(dir, 0o711);
  let server: StartedServer | undefined;
  // If the run is killed, don't leave a server behind (nothing async runs in 'exit').
  const onExit = () => {
    if (server) process.kill(server.pid, "SIGQUIT");
  };
  process.on("exit", onExit);
  const stop = async () => {
    process.removeListener("exit", onExit);
    if (server) await stopPostgres(server.pid, server.child).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const password = generatePassword();
    const dataDir = path.join(dir, "pg");
    let t = performance.now();
    await initialiseCluster(dataDir, password, log, ["--no-sync"]);
    const initMs = Math.round(performance.now() - t);
    t = performance.now();
    const port = await freePort();
    server = await startPostgres({
      dataDir,
      port,
      // Throw-away data: durability costs time and buys nothing here.
      settings: { fsync: "off", synchronous_commit: "off", full_page_writes: "off" },
    });
    await ensureDatabase(port, password, "shopdesk_test");
    log(`test PostgreSQL on 127.0.0.1:${port} (initdb ${initMs} ms, start ${Math.round(performance.now() - t)} ms)`);
    return { url: embeddedUrl(port, password, "shopdesk_test"), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A fresh database on the server TEST_DATABASE_URL points at. */
async function createDatabaseOn(serverUrl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `shopdesk_test_${randomBytes(6).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), stop: () => admin(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`) };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const logger = pino({ level: process.env.LOG_LEVEL || "warn" });
  const t0 = performance.now();
  const database = process.env.TEST_DATABASE_URL
    ? await createDatabaseOn(process.env.TEST_DATABASE_URL)
    : await startPrivateServer((msg) => logger.info(msg));
  try {
    const { applied } = await applyMigrations(database.url, logger);
    logger.info({ applied: applied.length, ms: Math.round(performance.now() - t0) }, "test database ready");
  } catch (error) {
    await database.stop();
    throw error;
  }
  project.provide("databaseUrl", database.url);
  // Workers started from here inherit it too (tests/setup/env.ts sets it again from inject()).
  process.env.DATABASE_URL = database.url;
  return database.stop;
}
