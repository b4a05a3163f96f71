// bench:sla's sweep, in a process of its own as the worker runs it in production (sla-run.ts
// starts it): sweeps one workspace at `--at` and prints the result as one JSON line.
import "./server-only-hook";
import pino from "pino";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`${name} is required`);
  return process.argv[i + 1]!;
};

const { db, disconnectDb } = await import("@/server/db");
const { sweepSla } = await import("@/server/sla/sweep-sla");
try {
  const t0 = performance.now();
  const total = { swept: 0, notices: 0, mails: 0, runs: 0 };
  // A run stops when its time budget is spent; the worker's next run (a minute later) goes on.
  // Here the next run follows at once, so the time measured is the sweep's work and rest alone.
  for (let complete = false; !complete; ) {
    const run = await sweepSla(db(), pino({ level: "silent" }), { now: new Date(arg("--at")), workspaceId: arg("--workspace") });
    total.swept += run.swept;
    total.notices += run.notices;
    total.mails += run.mails;
    total.runs += 1;
    complete = run.complete;
  }
  process.stdout.write(`${JSON.stringify({ ...total, ms: Math.round(performance.now() - t0) })}\n`);
} finally {
  await disconnectDb();
}
