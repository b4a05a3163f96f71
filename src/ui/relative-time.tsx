"use client";
// "3 minutes ago", kept current while the page is open; the exact time is in the tooltip.
// The first render uses the request's "now" so server and client HTML agree; afterwards the
// browser's clock takes over (also on client-side navigation, when that "now" may be old).
import { useState, useSyncExternalStore } from "react";
import { useFormatter, useNow } from "next-intl";
import { toDate } from "@/ui/date-time";

export type RelativeTimeProps = {
  value: Date | string | number;
  /** How often to refresh, in milliseconds. */
  updateInterval?: number;
  className?: string;
};

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

export function RelativeTime({ value, updateInterval = 30_000, className }: RelativeTimeProps) {
  const format = useFormatter();
  const requestNow = useNow();
  const [clock] = useState(() => createClock(updateInterval));
  const now = useSyncExternalStore(clock.subscribe, clock.getSnapshot, () => requestNow.getTime());
  const date = toDate(value);
  if (Number.isNaN(date.getTime())) return null;
  // A timestamp a few seconds ahead of this clock (server vs browser) still reads "now".
  const reference = date.getTime() > now && date.getTime() - now < 60_000 ? date.getTime() : now;
  return (
    <time
      dateTime={date.toISOString()}
      title={format.dateTime(date, { dateStyle: "full", timeStyle: "short" })}
      className={className}
    >
      {format.relativeTime(date, reference)}
    </time>
  );
}
