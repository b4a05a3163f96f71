// Demo accounts share a password printed in the README, so they must never land in a
// production database: with DATABASE_URL set (and not the embedded database) this refuses
// unless the operator passes --force.
import { env } from "@/env";
import { AppError } from "@/server/errors";
import { DEMO_PASSWORD, seedDemo } from "@/server/demo/seed-demo";
import type { CommandHandler } from "./command-context";

export function seedDemoRefusal(e = env()): string | null {
  if (!e.DATABASE_URL || e.SHOPDESK_EMBEDDED) return null;
  return (
    "Refusing to seed demo data into the database at DATABASE_URL: demo accounts use a published password " +
    "and must not exist in production. Unset DATABASE_URL to use the embedded database, or pass --force if this database is disposable."
  );
}

export const dbSeedDemo: CommandHandler = async ({ values, openDatabase, out, log }) => {
  const refusal = seedDemoRefusal();
  if (refusal && values.force !== true) throw new AppError("CONFLICT", refusal);
  const { db } = await openDatabase();
  const result = await seedDemo(db, log);
  if (!result.seeded) {
    out("Demo data not loaded: the database already has workspaces.");
    return;
  }
  out(`Loaded demo data: ${result.workspaces} workspaces, ${result.tickets} tickets.`);
  out(`Sign in as admin@demo.test, agent@demo.test or light@demo.test with the password ${DEMO_PASSWORD}.`);
};
