// The production build, made when .next holds none of the current sources (build-cache.ts):
// shared by `npm start` (the launcher, before `next start`) and `npm run build`.
import type { Logger } from "@/server/logger";
import { buildState, clearBuildStamp, hashBuildInputs, writeBuildStamp } from "./build-cache";
import { bundleProcesses } from "./process-bundles";

/** How often a long build says it is still going (Next is silent while it compiles). */
export const BUILD_HEARTBEAT_MS = 15_000;

export type BuildRun = () => Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

export type BuildOutcome =
  | { built: false; reason: "current"; builtAt: string }
  | { built: true; reason: "missing" | "stale" | "forced"; ms: number }
  | { built: false; reason: "failed"; code: number | null; signal: NodeJS.Signals | null };

/**
 * `next build` (`runNext`), then, once it succeeded, the worker's and the listener's bundles
 * (process-bundles.ts): one build, one stamp. Next empties .next when it starts, so the bundles
 * are written after it.
 */
export function withProcessBundles(root: string, log: Pick<Logger, "info" | "warn">, runNext: BuildRun): BuildRun {
  return async () => {
    const result = await runNext();
    if (result.code !== 0) return result;
    const t0 = performance.now();
    try {
      await bundleProcesses(root);
    } catch (err) {
      log.warn({ err: err instanceof Error ? err.message : String(err) }, "bundling the worker and the mail listener failed");
      return { code: 1, signal: null };
    }
    log.info({ ms: Math.round(performance.now() - t0) }, "worker and mail listener bundled");
    return result;
  };
}

export class BuildFailedError extends Error {
  override name = "BuildFailedError";
}

/** What a person at the terminal reads before a build starts (logs are JSON lines beside it). */
export function buildBanner(reason: "missing" | "stale" | "forced"): string {
  switch (reason) {
    case "missing":
      return "Building Shopdesk, first start only (about a minute on two cores)…";
    case "stale":
      return "The sources changed since the last build: building Shopdesk again (about a minute)…";
    case "forced":
      return "Building Shopdesk…";
  }
}

/**
 * Runs `run` (which starts `next build`) unless the build in `root`/.next is of the current
 * sources; `force` builds anyway. The stamp is written only when the build exits 0.
 */
export async function buildIfNeeded(opts: {
  root: string;
  log: Pick<Logger, "info" | "warn">;
  run: BuildRun;
  force?: boolean;
  /** Where the banner goes (the launcher: stdout). */
  say?: (line: string) => void;
}): Promise<BuildOutcome> {
  const { root, log, run } = opts;
  const t0 = performance.now();
  const inputs = await hashBuildInputs(root);
  const state = await buildState(root, inputs.hash);
  const hashMs = Math.round(performance.now() - t0);
  if (state.state === "current" && !opts.force) {
    log.info({ inputs: inputs.files, hashMs, builtAt: state.stamp.builtAt }, "production build is current");
    return { built: false, reason: "current", builtAt: state.stamp.builtAt };
  }
  const reason = opts.force || state.state === "current" ? "forced" : state.state;
  log.info({ reason, inputs: inputs.files, hashMs, inputsHash: inputs.hash.slice(0, 12) }, "building Shopdesk (next build)");
  opts.say?.(buildBanner(reason));

  await clearBuildStamp(root);
  const started = performance.now();
  const heartbeat = setInterval(() => {
    log.info({ seconds: Math.round((performance.now() - started) / 1000) }, "still building Shopdesk…");
  }, BUILD_HEARTBEAT_MS);
  heartbeat.unref();
  let result;
  try {
    result = await run();
  } finally {
    clearInterval(heartbeat);
  }
  const ms = Math.round(performance.now() - started);
  if (result.code !== 0) {
    log.warn({ code: result.code, signal: result.signal, ms }, "next build did not finish");
    return { built: false, reason: "failed", code: result.code, signal: result.signal };
  }
  await writeBuildStamp(root, inputs.hash, ms);
  log.info({ ms }, "build done");
  return { built: true, reason, ms };
}
