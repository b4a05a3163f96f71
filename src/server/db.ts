// The Prisma client: the only module that imports the generated client at runtime.
// Everything else receives `db` through ctx (which may be a transaction).
import { PrismaPg } from "@prisma/adapter-pg";
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
  return new PrismaClient({ adapter });
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
