"use client";
// A ticket's next SLA deadline as a badge: "Due in 2 h" (green), "Due in 35 min" within the hour
// (amber), "Overdue 20 min" (red), or "SLA paused" while the ticket waits on the customer. The
// words say it as well as the colour; the exact time is in the tooltip. Kept current every 30 s.
import { useFormatter, useTranslations } from "next-intl";
import { slaDuration, slaUrgency } from "@/lib/sla-duration";
import { Badge } from "@/ui/badge";
import { toDate } from "@/ui/date-time";
import { useClock } from "@/ui/use-clock";

const TONE = { overdue: "danger", soon: "warning", later: "success" } as const;

export function SlaDueBadge({ dueAt, paused }: { dueAt: Date | string | null; paused: boolean }) {
  const t = useTranslations("tickets.slaDue");
  const format = useFormatter();
  const now = useClock(30_000);
  if (paused) return <Badge data-sla="paused">{t("paused")}</Badge>;
  if (!dueAt) return null;
  const date = toDate(dueAt);
  const ms = date.getTime() - now;
  const urgency = slaUrgency(ms);
  const { unit, value } = slaDuration(ms);
  const duration = format.number(value, { style: "unit", unit, unitDisplay: "short" });
  return (
    <Badge tone={TONE[urgency]} data-sla={urgency}>
      <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "full", timeStyle: "short" })}>
        {t(urgency === "overdue" ? "overdue" : "dueIn", { duration })}
      </time>
    </Badge>
  );
}
