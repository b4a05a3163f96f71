// Readiness checks for the launcher: a free port before the web server starts, and the web
// server answering its health route before "Shopdesk is running" is printed.
import net from "node:net";

/** Resolves true when nothing listens on host:port (by binding it briefly). */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE" || err.code === "EACCES") resolve(false);
      else reject(err);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export type WaitOptions = {
  /** Give up after this long. */
  timeoutMs: number;
  /** Pause between attempts. */
  intervalMs?: number;
  /** Limit for one request (the first one in dev mode compiles the route). */
  requestTimeoutMs?: number;
  /** Stops waiting early, e.g. when the web process exits or a signal arrives. */
  signal?: AbortSignal;
};

export class NotReadyError extends Error {
  constructor(
    message: string,
    readonly lastStatus: number | string | undefined,
  ) {
    super(message);
    this.name = "NotReadyError";
  }
}

/** Resolves after `ms`, or at once when `signal` aborts; leaves no listener behind. */
function pause(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}

/** One GET with its own time limit, also cut short by `signal`. */
async function getStatus(url: string, timeoutMs: number, signal?: AbortSignal): Promise<number> {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, timeoutMs);
  signal?.addEventListener("abort", abort, { once: true });
  try {
    const res = await fetch(url, { signal: controller.signal, redirect: "manual" });
    await res.arrayBuffer().catch(() => undefined);
    return res.status;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", abort);
  }
}

/** Polls `url` until it answers 200; resolves with the number of attempts. */
export async function waitForHttpOk(url: string, opts: WaitOptions): Promise<number> {
  const deadline = Date.now() + opts.timeoutMs;
  const interval = opts.intervalMs ?? 250;
  let last: number | string | undefined;
  for (let attempt = 1; ; attempt++) {
    if (opts.signal?.aborted) throw new NotReadyError(`stopped waiting for ${url}`, last);
    const remaining = deadline - Date.now();
    if (remaining <= 0) break;
    try {
      last = await getStatus(url, Math.min(remaining, opts.requestTimeoutMs ?? 30_000), opts.signal);
      if (last === 200) return attempt;
    } catch (err) {
      // A request cut short (deadline or stop) says less than the answer before it.
      const aborted = err instanceof Error && err.name === "AbortError";
      if (!aborted || last === undefined) {
        last = aborted ? "no answer in time" : err instanceof Error ? ((err.cause as NodeJS.ErrnoException | undefined)?.code ?? err.name) : String(err);
      }
    }
    await pause(Math.min(interval, Math.max(0, deadline - Date.now())), opts.signal);
  }
  throw new NotReadyError(`${url} did not answer 200 within ${Math.round(opts.timeoutMs / 1000)} s (last: ${last ?? "no answer"})`, last);
}
