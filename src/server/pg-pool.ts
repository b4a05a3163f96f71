// A small node-postgres pool for what Prisma does not do: rate-limiter-flexible's store
// (and, later, LISTEN/NOTIFY). Shared per process.
import pg from "pg";
import { databaseUrl } from "@/server/database-url";

const globalForPool = globalThis as unknown as { shopdeskPgPool?: pg.Pool };

export function pgPool(): pg.Pool {
  globalForPool.shopdeskPgPool ??= new pg.Pool({
    connectionString: databaseUrl(),
    max: 4,
    application_name: `shopdesk-${process.env.SHOPDESK_PROCESS ?? "web"}-aux`,
  });
  return globalForPool.shopdeskPgPool;
}

export async function closePgPool(): Promise<void> {
  await globalForPool.shopdeskPgPool?.end();
  globalForPool.shopdeskPgPool = undefined;
}
