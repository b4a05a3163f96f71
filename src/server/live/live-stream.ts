// The body of one server-sent-events connection: a workspace's ticket changes (ids only),
// other members' presence on its tickets (`presence`: who, which ticket, what state; never the
// viewer's own), `notifications` when the viewer has new in-app notifications (never another
// member's), `resync` after the listener lost its connection or when the page opening the
// stream may have missed a change before it opened, a comment heartbeat so proxies
// keep an idle connection open, and cleanup when the client goes away. Pure over its inputs, so it is
// tested with a fake subscription; the route gives it the process's listener.
import type { Logger } from "@/server/logger";
import type { LiveSubscriber, Unsubscribe } from "@/server/live/ticket-listener";
import { sseComment, sseEvent, sseRetry } from "@/server/live/sse";

export type LiveStreamOptions = {
  workspaceId: string;
  subscribe: (workspaceId: string, subscriber: LiveSubscriber) => Unsubscribe;
  /** The request's signal: aborts when the client disconnects. */
  signal: AbortSignal;
  log: Pick<Logger, "debug" | "info" | "warn">;
  heartbeatMs?: number;
  /** EventSource's reconnect delay after a dropped connection. */
  retryMs?: number;
  /** Asked at every heartbeat; false ends the stream (member deactivated, signed out everywhere). */
  stillAllowed?: () => Promise<boolean>;
  /** Events queued for a client that does not read; past this it is cut off and will resync on reconnect. */
  maxQueued?: number;
  /** Called once the stream is open with its close function; returns what to call when it closes (the process's register). */
  register?: (close: () => void) => () => void;
  /** The member this stream is for: their own presence is not sent back (their other tabs show nothing for themselves). */
  viewerMemberId?: string;
  /**
   * Asked once subscribed: true when a change may have happened since the page opening the stream
   * was rendered (see TicketListener.changedSince); the stream then starts with `resync`.
   */
  missedBeforeOpen?: () => boolean;
};

export const LIVE_HEARTBEAT_MS = 20_000;
export const LIVE_RETRY_MS = 3_000;

export function createLiveStream(options: LiveStreamOptions): ReadableStream<Uint8Array> {
  const { workspaceId, subscribe, signal, log } = options;
  const encoder = new TextEncoder();
  let finish = () => {};

  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      let unsubscribe: Unsubscribe = () => {};
      let unregister = () => {};
      const timers: { heartbeat?: NodeJS.Timeout } = {};

      finish = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        unregister();
        clearInterval(timers.heartbeat);
        signal.removeEventListener("abort", finish);
        log.debug({ workspaceId }, "live updates: stream closed");
        try {
          controller.close();
        } catch {
          // already closed or errored by the runtime
        }
      };
      if (signal.aborted) {
        finish();
        return;
      }

      const send = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -(options.maxQueued ?? 1_000)) {
          log.warn({ workspaceId }, "live updates: client does not read, closing its stream");
          finish();
          return;
        }
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          finish();
        }
      };

      log.debug({ workspaceId }, "live updates: stream opened");
      send(sseRetry(options.retryMs ?? LIVE_RETRY_MS));
      send(sseComment("connected"));
      unsubscribe = subscribe(workspaceId, (event) => {
        if (event.type === "resync") {
          send(sseEvent("resync", {}));
          return;
        }
        if (event.type === "presence") {
          const { ticketId, number, memberId, name, tab, state, at } = event.presence;
          if (memberId === options.viewerMemberId) return;
          send(sseEvent("presence", { ticketId, number, memberId, name, tab, state, at }));
          return;
        }
        if (event.type === "notifications") {
          // Only the member they are for learns of them (and of nothing else: no ids, no count).
          if (event.memberId === options.viewerMemberId) send(sseEvent("notifications", {}));
          return;
        }
        // Only what the client needs to know that it should refetch; never the workspace id or content.
        const { ticketId, number, version, kind } = event.change;
        send(sseEvent("ticket", { ticketId, number, version, kind }));
      });
      // After subscribing: what changed from here on arrives as events, what changed before is this.
      if (options.missedBeforeOpen?.()) send(sseEvent("resync", {}));

      let checking = false;
      timers.heartbeat = setInterval(() => {
        send(sseComment("ping"));
        if (!options.stillAllowed || checking || closed) return;
        checking = true;
        options
          .stillAllowed()
          .then((allowed) => {
            if (allowed) return;
            log.info({ workspaceId }, "live updates: access ended, closing the stream");
            finish();
          })
          // A database blip should not drop every agent's stream; the next heartbeat asks again.
          .catch((err: unknown) => log.warn({ err, workspaceId }, "live updates: access re-check failed"))
          .finally(() => {
            checking = false;
          });
      }, options.heartbeatMs ?? LIVE_HEARTBEAT_MS);
      signal.addEventListener("abort", finish, { once: true });
      if (options.register) unregister = options.register(finish);
    },
    cancel() {
      finish();
    },
  });
}
