"use client";
// A running SLA clock's badge: "Due in 2 hr, 5 min", turning into "Overdue 3 min" when the
// deadline passes while the page is open. The first render uses the request's "now" so server
// and client HTML agree; afterwards the browser's clock ticks it every 30 seconds.
import { useState, useSyncExternalStore } from "react";
import { useFormatter, useNow, useTranslations } from "next-intl";
import { Badge } from "@/ui/badge";
import { formatDuration } from "./sla-duration";

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

/** Under this much time left, a running clock is shown as a warning. */
const SOON_MS = 60 * 60_000;

export function SlaCountdown({ dueAt }: { dueAt: Date }) {
  const t = useTranslations("slaTimeline.state");
  const format = useFormatter();
  const requestNow = useNow();
  const [clock] = useState(() => createClock(30_000));
  const now = useSyncExternalStore(clock.subscribe, clock.getSnapshot, () => requestNow.getTime());
  const left = dueAt.getTime() - now;
  const duration = formatDuration(format, left);
  if (left < 0) {
    return (
      <Badge tone="danger">
        <span aria-hidden="true">!</span>
        {t("overdue", { duration })}
      </Badge>
    );
  }
  return (
    <Badge tone={left < SOON_MS ? "warning" : "brand"}>
      <span aria-hidden="true">◷</span>
      {t("dueIn", { duration })}
    </Badge>
  );
}
