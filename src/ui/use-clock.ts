"use client";
// The time now, in milliseconds, kept current every `interval`. The first render uses the
// request's "now" (next-intl's useNow) so server and client HTML agree; afterwards the browser's
// clock takes over (also on client-side navigation, when that "now" may be old).
import { useState, useSyncExternalStore } from "react";
import { useNow } from "next-intl";

function createClock(interval: number) {
  let current = Date.now();
  return {
    subscribe(onChange: () => void) {
      const timer = setInterval(() => {
        current = Date.now();
        onChange();
      }, interval);
      return () => clearInterval(timer);
    },
    getSnapshot: () => current,
  };
}

export function useClock(interval = 30_000): number {
  const requestNow = useNow();
  const [clock] = useState(() => createClock(interval));
  return useSyncExternalStore(clock.subscribe, clock.getSnapshot, () => requestNow.getTime());
}
