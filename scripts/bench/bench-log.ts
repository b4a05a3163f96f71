// Progress lines for the benchmark, with a level, on stderr (stdout carries the results table and
// the final JSON line). Also shaped like the project's logger (`info(fields, message)`), so the
// migration runner and the embedded-server helpers can log through it.
type Fields = Record<string, unknown>;
type Level = "debug" | "info" | "warn" | "error";
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const threshold = ORDER[(process.env.BENCH_LOG_LEVEL as Level | undefined) ?? "info"] ?? ORDER.info;

function write(level: Level, a: Fields | string, b?: string): void {
  if (ORDER[level] < threshold) return;
  const [fields, message] = typeof a === "string" ? [{}, a] : [a, b ?? ""];
  const extra = Object.entries(fields)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}=${typeof v === "string" ? v : JSON.stringify(v)}`)
    .join(" ");
  const time = new Date().toISOString().slice(11, 19);
  process.stderr.write(`${time} ${level.toUpperCase().padEnd(5)} ${message}${extra ? `  ${extra}` : ""}\n`);
}

export const log = {
  debug: (a: Fields | string, b?: string) => write("debug", a, b),
  info: (a: Fields | string, b?: string) => write("info", a, b),
  warn: (a: Fields | string, b?: string) => write("warn", a, b),
  error: (a: Fields | string, b?: string) => write("error", a, b),
};
export type BenchLog = typeof log;

/** Runs `fn` as a named step, logging its start and duration; returns the result and the ms. */
export async function step<T>(name: string, fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  log.info(`${name}…`);
  const t0 = performance.now();
  const value = await fn();
  const ms = Math.round(performance.now() - t0);
  log.info({ ms }, `${name}: done in ${formatMs(ms)}`);
  return { value, ms };
}

export function formatMs(ms: number): string {
  if (ms < 1_000) return `${ms} ms`;
  if (ms < 120_000) return `${(ms / 1_000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1_000)} s`;
}
