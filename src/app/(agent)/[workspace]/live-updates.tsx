"use client";
// Keeps the server-rendered agent pages (inbox, view counts, an open ticket) current: listens to
// the workspace's live stream and re-renders the route when a ticket changes. It renders
// nothing; the page simply updates in place, keeping scroll position and what was typed.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

/** Changes arriving close together cause one refresh, at most one per MIN_GAP_MS. */
const COALESCE_MS = 200;
const MIN_GAP_MS = 1_000;
/** Reconnect delays after the browser gave up (an error status, e.g. a 502 during a deploy). */
const RECONNECT_MS = [2_000, 5_000, 15_000, 30_000, 60_000];

export function LiveUpdates({ workspace }: { workspace: string }) {
  const router = useRouter();

  useEffect(() => {
    let source: EventSource | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | undefined;
    let reconnectTimer: ReturnType<typeof setTimeout> | undefined;
    let lastRefresh = 0;
    let failures = 0;
    let missed = false; // the stream was down: changes may have been missed
    let pendingWhileHidden = false;
    let stopped = false;

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

    const connect = () => {
      if (stopped) return;
      const es = new EventSource(`/api/live/${encodeURIComponent(workspace)}`);
      source = es;
      es.addEventListener("ticket", scheduleRefresh);
      es.addEventListener("resync", scheduleRefresh);
      es.addEventListener("open", () => {
        failures = 0;
        if (missed) {
          missed = false;
          scheduleRefresh();
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

    connect();
    document.addEventListener("visibilitychange", onVisibility);
    return () => {
      stopped = true;
      source?.close();
      clearTimeout(refreshTimer);
      clearTimeout(reconnectTimer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [workspace, router]);

  return null;
}
