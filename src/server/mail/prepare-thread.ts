// A thread of the worker's prepare pool (prepare-pool.ts): takes raw messages from the worker's
// main thread, prepares each (prepare-mail.ts) and posts the result back. Nothing here touches
// the database, the network or a file.
import { parentPort } from "node:worker_threads";
import { prepareMail } from "./prepare-mail";
import type { PrepareReply, PrepareRequest } from "./prepare-pool";

const port = parentPort;
if (!port) throw new Error("prepare-thread.ts runs as a worker thread of prepare-pool.ts");

// One message at a time, in the order they came: the work is CPU-bound, so interleaving would gain
// nothing, and the pool can then tell which message a stuck thread is stuck on (the oldest).
let queue = Promise.resolve();
port.on("message", (request: PrepareRequest) => {
  queue = queue.then(() => prepareOne(request));
});

async function prepareOne(request: PrepareRequest): Promise<void> {
  const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
  let reply: PrepareReply;
  try {
    const prepared = await prepareMail(raw);
    // The raw bytes are the caller's already: not sent back.
    reply = prepared.kind === "unreadable" ? { id: request.id, prepared: { ...prepared, raw: null } } : { id: request.id, prepared };
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
  port!.postMessage(reply);
}
