"use client";
// "3 minutes ago", kept current while the page is open; the exact time is in the tooltip.
// The first render uses the request's "now" so server and client HTML agree; afterwards the
// browser's clock takes over (also on client-side navigation, when that "now" may be old).
import { useFormatter } from "next-intl";
import { useClock } from "@/ui/use-clock";
import { toDate } from "@/ui/date-time";

export type RelativeTimeProps = {
  value: Date | string | number;
  /** How often to refresh, in milliseconds. */
  updateInterval?: number;
  className?: string;
};

export function RelativeTime({ value, updateInterval = 30_000, className }: RelativeTimeProps) {
  const format = useFormatter();
  const now = useClock(updateInterval);
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
