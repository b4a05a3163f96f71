// Sees the statements the real code sends, at the wire: a wrapper around pg's Client#query (the
// driver under @prisma/adapter-pg and the live listener). It records the statements of one call
// of a path, so the "raw SQL" comparison replays exactly those (same text, same bound values)
// with plain pg, and it notes when a COMMIT leaves, the start of the live path's clock.
import pg from "pg";

export type Statement = { text: string; values: unknown[] };

let recording: Statement[] | null = null;
let lastCommitAt = 0;
let installed = false;

export function installQueryHook(): void {
  if (installed) return;
  installed = true;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function hookedQuery(this: pg.Client, ...args: unknown[]) {
    const [config, second] = args;
    const text = typeof config === "string" ? config : (config as { text?: string } | null)?.text;
    if (text === "COMMIT") lastCommitAt = performance.now();
    if (recording && text) {
      const values = typeof config === "object" && config && "values" in config ? (config as { values?: unknown[] }).values : second;
      recording.push({ text, values: Array.isArray(values) ? values : [] });
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}

/** The statements `fn` sends (it must be the only thing querying meanwhile). */
export async function captureStatements(fn: () => Promise<unknown>): Promise<Statement[]> {
  recording = [];
  try {
    await fn();
    return recording;
  } finally {
    recording = null;
  }
}

/** performance.now() when the latest COMMIT was handed to the driver. */
export function lastCommitTime(): number {
  return lastCommitAt;
}

/**
 * Runs the statements one after the other as the adapter sends them (extended protocol, unnamed
 * statement, rows as arrays), but with pg's default type parsers and no ORM around them.
 */
export async function replay(client: pg.Client, statements: Statement[]): Promise<void> {
  for (const s of statements) await client.query({ text: s.text, values: s.values, rowMode: "array" });
}

/** EXPLAIN (ANALYZE, BUFFERS) of each statement, with its bound values. */
export async function explain(client: pg.Client, statements: Statement[]): Promise<string[]> {
  const plans: string[] = [];
  for (const s of statements) {
    const { rows } = await client.query<{ "QUERY PLAN": string }>({ text: `EXPLAIN (ANALYZE, BUFFERS) ${s.text}`, values: s.values });
    plans.push(`${s.text.replace(/\s+/g, " ").trim()}\n  values: ${JSON.stringify(s.values)}\n${rows.map((r) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
  }
  return plans;
}
