// pg-boss on Shopdesk's own PostgreSQL (schema `pgboss`), no Redis. Several workers may run
// against one database: pg-boss serialises its own schema migrations with an advisory lock,
// hands each job to one worker (SKIP LOCKED) and sends each cron schedule once per minute.
import PgBoss from "pg-boss";
import type { Logger } from "@/server/logger";

export const BOSS_SCHEMA = "pgboss";

export type BossOptions = {
  /** "worker" runs schedules and pg-boss's maintenance; "producer" only sends jobs (web processes). */
  role?: "worker" | "producer";
  /** Connections in pg-boss's own pool. */
  max?: number;
  /** Overrides for tests (for example a shorter polling interval). */
  overrides?: Partial<PgBoss.ConstructorOptions>;
};

export function createBoss(url: string, log: Logger, opts: BossOptions = {}): PgBoss {
  const role = opts.role ?? "worker";
  const boss = new PgBoss({
    connectionString: url,
    schema: BOSS_SCHEMA,
    application_name: `shopdesk-${process.env.SHOPDESK_PROCESS ?? role}-jobs`,
    max: opts.max ?? 4,
    supervise: role === "worker",
    // How often one worker (whichever gets there first) expires jobs left "active" by a worker
    // that died: every 30 s instead of pg-boss's 120 s, so such a job is retried sooner.
    maintenanceIntervalSeconds: 30,
    schedule: role === "worker",
    ...opts.overrides,
  });
  // Without a listener an "error" event would crash the process; pg-boss retries on its own
  // (lost connections, a failed poll), so logging is what is left to do.
  boss.on("error", (err: Error & { queue?: string; worker?: string }) => {
    log.error({ err: { message: err.message, stack: err.stack }, queue: err.queue, worker: err.worker }, "pg-boss error");
  });
  return boss;
}

/** Creates and starts pg-boss (installing or migrating its schema on first start). */
export async function startBoss(url: string, log: Logger, opts: BossOptions = {}): Promise<PgBoss> {
  const boss = createBoss(url, log, opts);
  await boss.start();
  return boss;
}

export type { PgBoss };
