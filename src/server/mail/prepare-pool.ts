// The worker's threads for the CPU half of processing inbound mail (prepare-mail.ts: parsing,
// sanitizing, language), so that parsing one batch overlaps with writing the one before on the
// main thread and the worker uses more than one core. A stuck parse (a message crafted to make a
// parser spin) cannot block the worker's event loop either. A thread prepares its messages one at
// a time in order, so the one it is stuck on is its oldest: past PREPARE_TIMEOUT_MS that one is
// kept as unparsed with the reason, like any message the parser refuses, the thread is replaced,
// and the messages queued behind it fail and are taken again by the next pass.
//
// The threads run prepare-thread.ts from source under tsx (its loader registered in the thread, as
// Node 20 does not pass the main thread's `--import` hooks on) or, in production, the bundled
// prepare-thread.mjs beside the bundled worker.mjs (src/cli/launcher/process-bundles.ts).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Logger } from "@/server/logger";
import { RAW_HEADER_SCAN_BYTES, type Prepared } from "./prepare-mail";

export type PrepareRequest = { id: number; raw: Uint8Array };
/** An unreadable message's raw bytes come back with it (the main thread may have moved them to the thread). */
export type PrepareReply =
  | { id: number; prepared: Exclude<Prepared, { kind: "unreadable" }> | (Omit<Extract<Prepared, { kind: "unreadable" }>, "raw"> & { raw: Uint8Array }) }
  | { id: number; error: string };

const THREAD_YOUNG_GENERATION_MB = 8;

/** A parse that takes longer than this is given up (parse-mail.ts gives up on its own after 30 s). */
export const PREPARE_TIMEOUT_MS = 60_000;

export type PreparePool = {
  readonly threads: number;
  /**
   * Never rejects for the message's sake: what cannot be parsed comes back `unreadable`. Takes
   * `raw` over: from MOVE_FROM_BYTES on, a buffer of its own is moved to the thread and is empty
   * (detached) here once posted, so the caller must not use it afterwards.
   */
  prepare(raw: Buffer, opts?: { timeoutMs?: number }): Promise<Prepared>;
  close(): Promise<void>;
};

/**
 * Messages a thread has in hand at once: the one it works on and the next, so it never waits for
 * the main thread. The rest wait on the main thread: each message posted is a copy of its raw
 * bytes in the thread, and a batch can be tens of megabytes.
 */
const POSTED_PER_THREAD = 2;

/**
 * A message's bytes are moved to its thread (transferred, not copied) from this size on, when they
 * are a buffer of their own: a 25 MB message is then in memory once, not twice, while it is parsed.
 * Smaller ones are copied, which is cheap, and keeps them here.
 */
const MOVE_FROM_BYTES = 64 * 1024;

/** Whether `bytes` is the whole of its ArrayBuffer (not a slice of Node's pool or of a larger read), so that it can be moved. */
export function ownsItsBuffer(bytes: Uint8Array): boolean {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
}

/**
 * `head`: what is left of the raw bytes here once they are posted: all of them, or (moved to the
 * thread) a copy of their first RAW_HEADER_SCAN_BYTES, for the unreadable result of a timeout.
 */
type Pending = { raw: Buffer; head: Buffer; timeoutMs: number; posted: boolean; resolve: (p: Prepared) => void; reject: (err: Error) => void };
/** `pending` in the order prepare() was called: the posted ones first, then those still waiting. */
type Slot = { worker: Worker; pending: Map<number, Pending>; timer?: NodeJS.Timeout };

/** The thread entry and how to start it, from source (tsx) or from the bundle. */
function threadSource(): { code: string } {
  const fromSource = import.meta.url.endsWith(".ts");
  const entry = new URL(fromSource ? "./prepare-thread.ts" : "./prepare-thread.mjs", import.meta.url).href;
  if (!fromSource) return { code: `import(${JSON.stringify(entry)})` };
  const tsx = import.meta.resolve("tsx/esm/api");
  return { code: `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })` };
}

/** One thread less than the machine's cores (the main thread writes), at least one, at most four. */
export function defaultPrepareThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

export function createPreparePool(log: Logger, threads = defaultPrepareThreads()): PreparePool {
  const source = threadSource();
  let nextId = 1;
  let closed = false;
  const slots: Slot[] = [];

  function fail(slot: Slot, err: Error) {
    clearTimeout(slot.timer);
    for (const p of slot.pending.values()) p.reject(err);
    slot.pending.clear();
  }

  /** Posts the slot's waiting messages while its thread has fewer than POSTED_PER_THREAD in hand. */
  function feed(slot: Slot) {
    let posted = 0;
    for (const [id, p] of slot.pending) {
      if (posted >= POSTED_PER_THREAD) return;
      if (!p.posted) {
        p.posted = true;
        if (p.raw.byteLength >= MOVE_FROM_BYTES && ownsItsBuffer(p.raw)) {
          p.head = Buffer.from(p.raw.subarray(0, RAW_HEADER_SCAN_BYTES));
          slot.worker.postMessage({ id, raw: p.raw } satisfies PrepareRequest, [p.raw.buffer as ArrayBuffer]);
        } else {
          slot.worker.postMessage({ id, raw: p.raw } satisfies PrepareRequest);
        }
      }
      posted++;
    }
  }

  /** Times the slot's oldest message, the one its thread is working on (Map order is post order). */
  function arm(slot: Slot) {
    clearTimeout(slot.timer);
    const head = slot.pending.entries().next();
    if (head.done) return;
    const [id, p] = head.value;
    slot.timer = setTimeout(() => {
      slot.pending.delete(id);
      p.resolve({ kind: "unreadable", raw: p.head, reason: `the message could not be parsed (timeout): preparing it took longer than ${p.timeoutMs} ms`, parseReason: "timeout" });
      const index = slots.indexOf(slot);
      log.warn({ thread: index, queued: slot.pending.size }, "a mail took too long to prepare; replacing its thread");
      // The ones queued behind it fail (and are taken again by the next pass); a new thread goes on.
      fail(slot, new Error("the mail preparing thread was replaced: a message before this one took too long"));
      if (index >= 0 && !closed) spawn(index);
      void slot.worker.terminate();
    }, p.timeoutMs);
  }

  function spawn(index: number) {
    const worker = new Worker(source.code, {
      eval: true,
      name: `prepare-mail-${index}`,
      // A small young generation: a thread's garbage is mostly one message's parse, and each
      // megabyte of young space is resident memory of the worker (bench:ingest's peak RSS).
      resourceLimits: { maxYoungGenerationSizeMb: THREAD_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, pending: new Map() };
    slots[index] = slot;
    worker.unref();
    worker.on("message", (reply: PrepareReply) => {
      const p = slot.pending.get(reply.id);
      if (!p) return;
      slot.pending.delete(reply.id);
      arm(slot);
      feed(slot);
      if ("error" in reply) return p.reject(new Error(reply.error));
      const prepared = reply.prepared;
      if (prepared.kind === "unreadable") return p.resolve({ ...prepared, raw: Buffer.from(prepared.raw.buffer, prepared.raw.byteOffset, prepared.raw.byteLength) });
      // Buffers arrive as Uint8Arrays: the attachments' bytes are Buffers again.
      for (const a of [...prepared.mail.attachments, ...prepared.attachments.keep]) a.content = Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength);
      p.resolve(prepared);
    });
    worker.on("error", (err) => {
      log.error({ thread: index, err: err.message }, "a mail preparing thread failed; starting another");
      fail(slot, err);
    });
    worker.on("exit", (code) => {
      fail(slot, new Error(`the mail preparing thread exited with code ${code}`));
      if (!closed && slots[index] === slot) spawn(index);
    });
  }

  for (let i = 0; i < threads; i++) spawn(i);

  return {
    threads,
    prepare(raw, opts = {}) {
      if (closed) return Promise.reject(new Error("the prepare pool is closed"));
      // The thread with the fewest messages in hand.
      const slot = slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
      const id = nextId++;
      return new Promise<Prepared>((resolve, reject) => {
        slot.pending.set(id, { raw, head: raw, timeoutMs: opts.timeoutMs ?? PREPARE_TIMEOUT_MS, posted: false, resolve, reject });
        if (slot.pending.size === 1) arm(slot);
        feed(slot);
      });
    },
    async close() {
      closed = true;
      for (const slot of slots) clearTimeout(slot.timer);
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
