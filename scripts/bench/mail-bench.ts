// What bench:ingest and bench:fetch set up alike before they start: the message count, the
// environment the app's code wants (keys; the worker inherits them, so one key seals and opens the
// IMAP password), a PostgreSQL cluster of the mail benches' own (not bench:inbox's 1,000,000
// tickets) on a free port, and Dovecot, which they need. Call before importing ./bench-db, which
// reads BENCH_DATA_DIR and BENCH_PG_PORT.
import { randomBytes } from "node:crypto";

/** `--messages` as a positive integer; exits with 2 otherwise. */
export function messageCount(value: string | undefined): number {
  const count = Number(value);
  if (!Number.isInteger(count) || count < 1) {
    console.error("--messages must be a positive integer");
    process.exit(2);
  }
  return count;
}

/** The environment and checks both mail benches need; exits with 1 when Dovecot is missing. */
export async function prepareMailBench(name: string): Promise<void> {
  process.env.SHOPDESK_ENCRYPTION_KEY = randomBytes(32).toString("base64");
  process.env.AUTH_SECRET = randomBytes(32).toString("base64url");
  const { freePort } = await import("../../tests/helpers/infra");
  process.env.BENCH_DATA_DIR ??= ".shopdesk-bench-ingest";
  process.env.BENCH_PG_PORT ??= String(await freePort());
  const { dovecotUnavailable } = await import("../../tests/helpers/dovecot");
  const missing = dovecotUnavailable();
  if (missing) {
    console.error(`${name}: ${missing}`);
    process.exit(1);
  }
}
