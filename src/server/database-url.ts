// The database's address, for the Prisma client (db.ts) and for what talks to PostgreSQL without
// it (pg-pool.ts, which the proxy reaches: it must not load the Prisma client).
import { env } from "@/env";

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) {
    throw new Error(
      "DATABASE_URL is not set. Start Shopdesk with `npm run dev` (embedded PostgreSQL) or set DATABASE_URL.",
    );
  }
  return url;
}
