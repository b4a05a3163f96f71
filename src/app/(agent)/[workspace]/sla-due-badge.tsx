"use client";
// A ticket's next SLA deadline as a badge, on inbox rows ("Due in 2 hr") and on the ticket's SLA
// card ("Due in 2 hr, 5 min"): neutral while later, amber within the hour, red once overdue, or
// "SLA paused" while the ticket waits on the customer. A symbol and the words say it as well as the
// colour; the exact time is in the tooltip. Kept current every 30 s (useClock), so a deadline
// that passes while the page is open turns the badge into "Overdue 1 min".
import { useFormatter, useTranslations } from "next-intl";
import { slaUrgency } from "@/lib/duration-parts";
import { Badge } from "@/ui/badge";
import { toDate } from "@/ui/date-time";
import { useClock } from "@/ui/use-clock";
import { formatDuration } from "./sla-duration";

const TONE = { overdue: "danger", soon: "warning", later: "brand" } as const;

export function SlaDueBadge({ dueAt, paused, parts = 1 }: { dueAt: Date | string | null; paused: boolean; parts?: 1 | 2 }) {
  const t = useTranslations("tickets.slaDue");
  const format = useFormatter();
  const now = useClock(30_000);
  if (paused) return <Badge data-sla="paused">{t("paused")}</Badge>;
  if (!dueAt) return null;
  const date = toDate(dueAt);
  const ms = date.getTime() - now;
  const urgency = slaUrgency(ms);
  const duration = formatDuration(format, ms, parts);
  return (
    <Badge tone={TONE[urgency]} data-sla={urgency}>
      <span aria-hidden="true">{urgency === "overdue" ? "!" : "◷"}</span>
      <time dateTime={date.toISOString()} title={format.dateTime(date, { dateStyle: "full", timeStyle: "short" })}>
        {t(urgency === "overdue" ? "overdue" : "dueIn", { duration })}
      </time>
    </Badge>
  );
}
