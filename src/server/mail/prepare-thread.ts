// A thread of the worker's prepare pool (prepare-pool.ts): takes raw messages from the worker's
// main thread, prepares each (prepare-mail.ts) and posts the result back. Nothing here touches
// the database, the network or a file.
import { parentPort } from "node:worker_threads";
import { prepareMail } from "./prepare-mail";
import type { PrepareReply, PrepareRequest } from "./prepare-pool";

const port = parentPort;
if (!port) throw new Error("prepare-thread.ts runs as a worker thread of prepare-pool.ts");

port.on("message", (request: PrepareRequest) => {
  const raw = Buffer.from(request.raw.buffer, request.raw.byteOffset, request.raw.byteLength);
  prepareMail(raw).then(
    (prepared) => {
      // The raw bytes are the caller's already: not sent back.
      const reply: PrepareReply = prepared.kind === "unreadable" ? { id: request.id, prepared: { ...prepared, raw: null } } : { id: request.id, prepared };
      port.postMessage(reply);
    },
    (err: unknown) => port.postMessage({ id: request.id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) } satisfies PrepareReply),
  );
});
