// A thread of the worker's prepare pool (prepare-pool.ts): takes raw messages from the worker's
// main thread, prepares each (prepare-mail.ts) and posts the result back. Nothing here touches
// the database, the network or a file.
import { parentPort } from "node:worker_threads";
import { prepareMail } from "./prepare-mail";
import { ownsItsBuffer, type PrepareReply, type PrepareRequest } from "./prepare-pool";

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
  // Large buffers of our own are moved to the main thread, not copied: the attachments' bytes, and
  // an unreadable message's raw bytes (which the main thread may have moved here).
  const move = new Set<ArrayBuffer>();
  const moving = (bytes: Uint8Array) => {
    if (ownsItsBuffer(bytes)) move.add(bytes.buffer as ArrayBuffer);
  };
  try {
    const prepared = await prepareMail(raw);
    if (prepared.kind === "unreadable") {
      moving(prepared.raw);
      reply = { id: request.id, prepared };
    } else {
      for (const a of [...prepared.mail.attachments, ...prepared.attachments.keep]) moving(a.content);
      reply = { id: request.id, prepared };
    }
  } catch (err) {
    reply = { id: request.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) };
  }
  port!.postMessage(reply, [...move]);
}
