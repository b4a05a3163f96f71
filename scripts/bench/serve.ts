// Starts the benchmark's PostgreSQL (measure settings) and keeps it up until Ctrl-C, for looking
// at plans by hand: `npx tsx scripts/bench/serve.ts`, then psql with the URL it prints.
import { startBenchServer } from "./bench-db";
import { log } from "./bench-log";

const server = await startBenchServer("measure");
log.info({ url: server.url.replace(/:[^:@/]+@/, ":***@") }, "bench PostgreSQL up; Ctrl-C stops it (password in .shopdesk-bench/pg-password)");
const stop = () => void server.stop().then(() => process.exit(0));
process.once("SIGINT", stop);
process.once("SIGTERM", stop);
setInterval(() => undefined, 1 << 30);
