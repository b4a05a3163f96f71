// The Prisma client: the only module that imports the generated client at runtime.
// Everything else receives `db` through ctx (which may be a transaction).
import { PrismaPg } from "@prisma/adapter-pg";
import { Debug as ClientDebug } from "@prisma/client/runtime/client";
import { Debug as AdapterDebug } from "@prisma/driver-adapter-utils";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "@/env";

export type Db = PrismaClient;
/** The client or an interactive transaction: what use cases and queries accept. */
export type DbTx = Omit<PrismaClient, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

const globalForDb = globalThis as unknown as { shopdeskDb?: PrismaClient };

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Shopdesk with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.",
    );
  }
  return url;
}

export function createDb(connectionString: string, max = 10): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max, application_name: `shopdesk-${process.env.SHOPDESK_PROCESS ?? "web"}` });
  startForgettingQueryArgs();
  return new PrismaClient({ adapter });
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
