// The live path, commit to screen: a real HTTP server whose response body is the same stream the
// route GET /api/live/<workspace> returns (createLiveStream over this process's TicketListener,
// with the route's access re-check), read by an SSE client over a real socket; the changes are
// real updateTicket calls (priority toggles) whose notification the use case sends in its
// transaction. Only the route's session check is left out (it needs next-auth inside Next): the
// stream is opened for the bench member directly. The clock starts when the use case's COMMIT
// is handed to the driver and stops when the client has parsed the event.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { allowedLiveViewers, type LiveViewer } from "@/server/live/live-access";
import { viewerKey } from "@/server/live/live-registry";
import { createLiveStream } from "@/server/live/live-stream";
import { readSseStream } from "@/server/live/sse";
import { subscribeToTicketChanges, ticketListener, ticketListenerReady } from "@/server/live/ticket-listener";
import { updateTicket } from "@/server/tickets/update-ticket";
import { log } from "./bench-log";
import { lastCommitTime } from "./sql-capture";
import { summarise, type Summary } from "./timing";

export type LiveResult = { commitToEvent: Summary; callToEvent: Summary; sent: number; received: number };

function serveLiveStream(ctx: Ctx, viewer: LiveViewer): Promise<Server> {
  const server = createServer((req, res) => {
    const abort = new AbortController();
    req.on("close", () => abort.abort());
    const stream = createLiveStream({
      workspaceId: ctx.workspace.id,
      subscribe: subscribeToTicketChanges,
      signal: abort.signal,
      log: ctx.log,
      stillAllowed: async () => (await allowedLiveViewers(db(), [viewer])).has(viewerKey(viewer)),
    });
    res.writeHead(200, { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no" });
    Readable.fromWeb(stream as import("node:stream/web").ReadableStream<Uint8Array>).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}

export async function measureLive(ctx: Ctx, opts: { changes: number; ticketNumber: number; timeoutMs?: number }): Promise<LiveResult> {
  if (ctx.actor.type !== "member") throw new Error("the live path needs a member ctx");
  const member = await db().member.findFirstOrThrow({
    where: { id: ctx.actor.memberId, workspaceId: ctx.workspace.id },
    select: { user: { select: { sessionVersion: true } } },
  });
  const viewer = { memberId: ctx.actor.memberId, userId: ctx.actor.userId, workspaceId: ctx.workspace.id, sessionVersion: member.user.sessionVersion };
  if (!(await ticketListenerReady(10_000))) throw new Error("the ticket listener did not start");
  const server = await serveLiveStream(ctx, viewer);
  const abort = new AbortController();
  const arrivals = new Map<number, number>();
  const waiters = new Map<number, () => void>();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { signal: abort.signal, headers: { Accept: "text/event-stream" } });
  if (!response.ok || !response.body) throw new Error(`the live stream answered ${response.status}`);
  const reading = readSseStream(response.body, (m, at) => {
    if (m.event !== "ticket") return;
    const data = JSON.parse(m.data) as { number?: number; version?: number };
    if (data.number === opts.ticketNumber && typeof data.version === "number") {
      arrivals.set(data.version, at);
      waiters.get(data.version)?.();
    }
  });

  const ticket = await db().ticket.findUniqueOrThrow({
    where: { workspaceId_number: { workspaceId: ctx.workspace.id, number: opts.ticketNumber } },
    select: { priority: true },
  });
  const original = ticket.priority;
  const other = original === "HIGH" ? "NORMAL" : "HIGH";
  const commitToEvent: number[] = [];
  const callToEvent: number[] = [];
  let received = 0;
  try {
    for (let i = 0; i < opts.changes; i++) {
      const calledAt = performance.now();
      // An even number of toggles leaves the ticket's priority as it was.
      const result = await updateTicket(ctx, { ticketNumber: opts.ticketNumber, priority: i % 2 === 0 ? other : original });
      const committedAt = lastCommitTime();
      if (!arrivals.has(result.version)) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, opts.timeoutMs ?? 5_000);
          waiters.set(result.version, () => {
            clearTimeout(timer);
            resolve();
          });
        });
        waiters.delete(result.version);
      }
      const at = arrivals.get(result.version);
      if (at === undefined) continue;
      received += 1;
      commitToEvent.push(at - committedAt);
      callToEvent.push(at - calledAt);
      if ((i + 1) % 250 === 0) log.info({ changes: i + 1 }, "live changes sent");
    }
  } finally {
    abort.abort();
    await reading;
    await new Promise((resolve) => server.close(resolve));
    server.closeAllConnections();
    await ticketListener().close();
  }
  return { commitToEvent: summarise(commitToEvent), callToEvent: summarise(callToEvent), sent: opts.changes, received };
}
