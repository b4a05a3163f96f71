// Timing runs and summarising them: warm-up calls first (plans, caches, JIT of our own code),
// then timed calls one after the other, each alternating with its raw-SQL twin so that load from
// elsewhere on the machine falls on both alike.
import { quantile } from "@/server/live/measure-latency";

export type Summary = { runs: number; p50: number; p95: number; p99: number; max: number };

export function summarise(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    runs: sorted.length,
    p50: round(quantile(sorted, 0.5)),
    p95: round(quantile(sorted, 0.95)),
    p99: round(quantile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? Number.NaN),
  };
}

async function timeOne(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/** `runs` timed calls of `path` and of `raw`, interleaved, after `warmup` untimed calls of each. */
export async function timePair(
  path: () => Promise<unknown>,
  raw: () => Promise<unknown>,
  runs: number,
  warmup: number,
): Promise<{ path: Summary; raw: Summary }> {
  for (let i = 0; i < warmup; i++) {
    await path();
    await raw();
  }
  const a: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < runs; i++) {
    a.push(await timeOne(path));
    b.push(await timeOne(raw));
  }
  return { path: summarise(a), raw: summarise(b) };
}
