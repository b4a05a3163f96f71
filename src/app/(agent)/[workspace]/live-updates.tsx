"use client";
// Keeps the server-rendered agent pages (inbox, view counts, an open ticket) current: listens to
// the workspace's live stream and re-renders the route when a ticket changes. It renders
// nothing; the page simply updates in place, keeping scroll position and what was typed.
// Presence signals (who else is on a ticket) are handed to the page as window events instead:
// they change no server-rendered data, so they never refresh the route.
//
// All tabs of a browser share ONE stream: the tab holding a Web Lock connects and relays events
// to the others over a BroadcastChannel. Without HTTP/2 a browser allows six connections per
// host, and an agent with a dozen tickets open in tabs must not exhaust them.
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import { LIVE_RESYNC_EVENT, PRESENCE_EVENT } from "./tickets/[number]/presence/presence-events";

/** Changes arriving close together cause one refresh, at most one per MIN_GAP_MS. */
const COALESCE_MS = 200;
const MIN_GAP_MS = 1_000;
/** Reconnect delays after the browser gave up (an error status, e.g. a 502 during a deploy). */
const RECONNECT_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

/**
 * What the leader tab relays: a ticket change, new notifications for this member (the bell in
 * the layout) or a gap (all refresh the route), the stream (re)opening (presence may have been
 * missed, the route is current), or a presence signal.
 */
type Relay = "ticket" | "notifications" | "resync" | "reopened" | { presence: unknown };

/** `renderedAt`: when the server rendered the page (ms since the epoch); the stream starts with a resync if a ticket changed since. */
export function LiveUpdates({ workspace, renderedAt }: { workspace: string; renderedAt: number }) {
  const router = useRouter();
  // The first render's time: a refresh re-renders the layout, but the stream opened by then.
  const since = useRef(renderedAt);

  useEffect(() => {
    const name = `shopdesk-live:${workspace}`;
    let source: EventSource | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let lastRefresh = 0;
    let failures = 0;
    let missed = false; // the stream was down (or another tab held it): changes may have been missed
    let pendingWhileHidden = false;
    let stopped = false;
    const stop = new AbortController();
    let releaseLock = () => {};
    const channel = typeof BroadcastChannel === "function" ? new BroadcastChannel(name) : null;

    const refreshNow = () => {
      refreshTimer = undefined;
      // A hidden tab refreshes when it is shown again, not for every change in the meantime.
      if (document.visibilityState === "hidden") {
        pendingWhileHidden = true;
        return;
      }
      lastRefresh = Date.now();
      router.refresh();
    };
    const scheduleRefresh = () => {
      if (refreshTimer !== undefined) return;
      const wait = Math.max(COALESCE_MS, lastRefresh + MIN_GAP_MS - Date.now());
      refreshTimer = setTimeout(refreshNow, wait);
    };
    const onVisibility = () => {
      if (document.visibilityState === "visible" && pendingWhileHidden) {
        pendingWhileHidden = false;
        scheduleRefresh();
      }
    };
    /** Acts on an event in this tab; `relay` also passes it to the other tabs. */
    const handle = (kind: Relay) => {
      if (typeof kind === "object") {
        window.dispatchEvent(new CustomEvent(PRESENCE_EVENT, { detail: kind.presence }));
        return;
      }
      if (kind === "resync" || kind === "reopened") window.dispatchEvent(new Event(LIVE_RESYNC_EVENT));
      if (kind === "ticket" || kind === "notifications" || kind === "resync") scheduleRefresh();
    };
    const relay = (kind: Relay) => {
      handle(kind);
      channel?.postMessage(kind);
    };
    if (channel) {
      channel.onmessage = (e: MessageEvent<unknown>) => {
        const data = e.data;
        if (data === "ticket" || data === "notifications" || data === "resync" || data === "reopened") handle(data);
        else if (typeof data === "object" && data !== null && "presence" in data) handle({ presence: data.presence });
      };
    }

    const connect = () => {
      if (stopped) return;
      // `since`: a ticket that changed between the page's render and this moment would otherwise
      // stay stale until its next change; the server answers with a resync then.
      const es = new EventSource(`/api/live/${encodeURIComponent(workspace)}?since=${since.current}`);
      source = es;
      es.addEventListener("ticket", () => relay("ticket"));
      es.addEventListener("notifications", () => relay("notifications"));
      es.addEventListener("resync", () => relay("resync"));
      es.addEventListener("presence", (e: MessageEvent<string>) => {
        try {
          relay({ presence: JSON.parse(e.data) as unknown });
        } catch {
          // not JSON: nothing to hand over (the page validates the shape of what it gets)
        }
      });
      es.addEventListener("open", () => {
        failures = 0;
        if (missed) {
          missed = false;
          relay("resync");
        } else {
          // Presence signals sent before this moment never reached this browser: ask open ticket pages to announce themselves again.
          relay("reopened");
        }
      });
      es.addEventListener("error", () => {
        missed = true;
        // CONNECTING: the browser retries by itself. CLOSED: it gave up (an HTTP error); we retry, slower.
        if (es.readyState !== EventSource.CLOSED) return;
        es.close();
        const delay = RECONNECT_MS[Math.min(failures, RECONNECT_MS.length - 1)]!;
        failures += 1;
        reconnectTimer = setTimeout(connect, delay);
      });
    };

    const locks = typeof navigator !== "undefined" ? navigator.locks : undefined;
    if (locks && channel) {
      let waited = false;
      // Resolves at once with null when another tab holds the stream; then we queue for it.
      void locks
        .request(name, { ifAvailable: true }, (lock) => (lock ? lead() : ((waited = true), null)))
        .then(() => {
          if (!waited || stopped) return;
          return locks.request(name, { signal: stop.signal }, () => {
            // The previous leader's tab went away: events may have fallen in between.
            missed = true;
            return lead();
          });
        })
        .catch(() => undefined); // AbortError on unmount while queued
    } else {
      connect();
    }
    /** Holds the lock (and the stream) until this component unmounts. */
    function lead(): Promise<void> {
      connect();
      return new Promise<void>((resolve) => (releaseLock = resolve));
    }

    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      stop.abort();
      source?.close();
      releaseLock();
      channel?.close();
      clearTimeout(refreshTimer);
      clearTimeout(reconnectTimer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [workspace, router]);

  return null;
}
