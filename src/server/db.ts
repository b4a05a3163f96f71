// The Prisma client: the only module that imports the generated client at runtime.
// Everything else receives `db` through ctx (which may be a transaction).
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { Debug as ClientDebug } from "@prisma/client/runtime/client";
import { Debug as AdapterDebug } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { databaseUrl } from "@/server/database-url";

export { databaseUrl };

export type Db = PrismaClient;
/** The client or an interactive transaction: what use cases and queries accept. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { shopdeskDb?: PrismaClient };

export function createDb(connectionString: string, max = 10): PrismaClient {
  const pool = new pg.Pool({ connectionString, max, application_name: `shopdesk-${process.env.SHOPDESK_PROCESS ?? "web"}` });
  const connections = new Map<number, pg.PoolClient>();
  pool.on("connect", (client) => connections.set(processIdOf(client), client));
  pool.on("remove", (client) => connections.delete(processIdOf(client)));
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  startForgettingQueryArgs();
  // Read through every transaction client made from this one (they delegate what they lack).
  Object.defineProperty(client, DRIVER, { value: { pool, connections } satisfies Driver });
  return client;
}

// The pg driver under a client or transaction, for the mail pipeline's bulk statements: bytes
// (raw mail, attachments) and many rows at once (db/insert-rows.ts). Prisma turns every query into
// its JSON protocol, bytes as base64, compiles and interprets it before the driver sends it:
// measured on the mail worker, storing 50 MB of blobs through the client cost 1.35 s of CPU,
// through pg itself 0.08 s. So those statements go to pg directly, on the connection of the
// caller's transaction, so that they commit or roll back with the rest of it.
// Symbol.for: Next.js may load this module more than once (one copy per bundle layer) while the
// client is shared through globalThis, so the key must be the same in every copy.
const DRIVER = Symbol.for("shopdesk.driver");
type Driver = { pool: pg.Pool; connections: Map<number, pg.PoolClient> };

/** The server process id of a pooled connection (pg reads it from the server's BackendKeyData). */
function processIdOf(client: pg.PoolClient): number {
  return (client as pg.PoolClient & { processID: number }).processID;
}

/**
 * Runs `run` with the pg connection `db` runs on: inside an interactive transaction, that
 * transaction's connection (its statements are part of the transaction; `run` must not run
 * anything concurrently with `db`); outside one, a connection of the pool for a statement of its own.
 * Parameters go to pg as they are: Buffers are sent as binary, and results are parsed by pg's
 * defaults (bytea as Buffer, uuid and bigint as strings).
 */
export async function withDriver<T>(db: DbTx, run: (client: pg.ClientBase) => Promise<T>): Promise<T> {
  const driver = (db as unknown as { [DRIVER]?: Driver })[DRIVER];
  if (!driver) throw new Error("withDriver needs a client made by createDb");
  // Inside a transaction block, the transaction started before this statement did; in a
  // statement's own implicit transaction both are the same (PostgreSQL documents that).
  const [conn] = await db.$queryRaw<{ pid: number; inTransaction: boolean }[]>`
    SELECT pg_backend_pid() AS pid, transaction_timestamp() <> statement_timestamp() AS "inTransaction"`;
  if (!conn?.inTransaction) {
    const own = await driver.pool.connect();
    try {
      return await run(own);
    } finally {
      own.release();
    }
  }
  const connection = driver.connections.get(conn.pid);
  if (!connection) throw new Error(`no pooled connection has server process ${conn.pid}`);
  return run(connection);
}

// Prisma's debug helper (in the client runtime and in the driver adapter, one copy each) keeps the
// arguments of its last 100 debug calls for error reports, whether debugging is on or not, and
// the pg adapter passes every query to it, parameters included. So the parameters of the last
// 100 queries stay in memory: harmless for small ones, but the mail worker writes raw mail and
// attachments of up to 35 MB, and measured, each 10 MB written kept about 25 MB of heap until
// 100 later queries pushed it out (and a quiet worker never makes them). Pushing 100 empty
// entries through each helper drops them; the helpers print nothing unless DEBUG names
// "shopdesk:forget".
const HISTORY_ENTRIES = 100;
const forgetClient = ClientDebug("shopdesk:forget");
const forgetAdapter = AdapterDebug("shopdesk:forget");
let forgetting: NodeJS.Timeout | undefined;

/** Drops the query parameters Prisma's debug helpers hold (see above); cheap (200 array pushes). */
export function forgetRecentQueryArgs(): void {
  for (let i = 0; i < HISTORY_ENTRIES; i++) {
    forgetClient(".");
    forgetAdapter(".");
  }
}

/** Every few seconds in each process, and after each large write of the mail pipeline. */
function startForgettingQueryArgs(): void {
  forgetting ??= setInterval(forgetRecentQueryArgs, 5_000);
  forgetting.unref();
}

/** The process-wide client, created on first use. */
export function db(): PrismaClient {
  globalForDb.shopdeskDb ??= createDb(databaseUrl());
  return globalForDb.shopdeskDb;
}

export async function disconnectDb(): Promise<void> {
  await globalForDb.shopdeskDb?.$disconnect();
  globalForDb.shopdeskDb = undefined;
}

export { Prisma } from "@/generated/prisma/client";
export type * from "@/generated/prisma/client";
