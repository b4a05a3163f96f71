// The ticket page's SLA card (issue 17): the policy that applies, each clock's state, and below it
// the timeline of what started, paused, resumed, met or breached each clock, oldest first. Times
// are in the agent's time zone, as everywhere on the page. Every state says itself in words and a
// symbol, never by colour alone.
import { isolate } from "@/lib/bidi";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SlaTimelineEntry } from "@/server/sla/sla-clock";
import type { SlaMetricState, TicketSlaView } from "@/server/sla/ticket-sla.queries";
import { Badge } from "@/ui/badge";
import { Card } from "@/ui/card";
import { SlaDueBadge } from "../../sla-due-badge";
import { formatDuration, SLA_TIME_FORMAT } from "../../sla-duration";

type Translator = (key: string, values?: Record<string, string | number>) => string;
type Format = Awaited<ReturnType<typeof getFormatter>>;

export async function SlaCard({ sla }: { sla: TicketSlaView }) {
  const [t, format] = await Promise.all([getTranslations("slaTimeline"), getFormatter()]);
  const time = (d: Date) => format.dateTime(d, SLA_TIME_FORMAT);
  return (
    <Card className="p-4" data-testid="sla-card">
      <section aria-labelledby="sla-heading">
        <h2 id="sla-heading" className="text-sm font-semibold text-gray-900">
          {t("title")}
        </h2>
        <p className="mt-1 text-sm text-gray-600">{t("policy", { name: isolate(sla.policyName) })}</p>
        {sla.metrics.length > 0 && (
          <dl className="mt-3 flex flex-col gap-2 text-sm">
            {sla.metrics.map((m) => (
              <div key={m.metric} className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1">
                <dt className="text-gray-700">{t(`metric.${m.metric}`)}</dt>
                <dd className="flex flex-col items-end gap-0.5">
                  <MetricBadge state={m} t={t} />
                  <span className="text-xs text-gray-600">{metricDetail(m, t, time)}</span>
                </dd>
              </div>
            ))}
          </dl>
        )}
        <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-gray-500">{t("timeline")}</h3>
        <ol className="mt-2 flex flex-col gap-2 border-s border-gray-200 ps-3 text-sm" data-testid="sla-timeline">
          {sla.timeline.map((e, i) => (
            <li key={`${e.metric}-${e.kind}-${e.at.getTime()}-${i}`} className="flex flex-col">
              <span className="text-gray-800">{describeEntry(e, sla.timeline, t, format, time)}</span>
              <time dateTime={e.at.toISOString()} className="text-xs text-gray-500">
                {time(e.at)}
              </time>
            </li>
          ))}
        </ol>
      </section>
    </Card>
  );
}

function MetricBadge({ state, t }: { state: SlaMetricState; t: Translator }) {
  switch (state.state) {
    case "running":
      return <SlaDueBadge dueAt={state.dueAt} paused={false} parts={2} />;
    case "paused":
      return (
        <Badge tone="neutral">
          <span aria-hidden="true">⏸</span>
          {t("state.paused")}
        </Badge>
      );
    case "met":
    case "stopped":
      if (state.breachedAt) {
        return (
          <Badge tone="danger">
            <span aria-hidden="true">!</span>
            {t("state.breached")}
          </Badge>
        );
      }
      return state.state === "met" ? (
        <Badge tone="success">
          <span aria-hidden="true">✓</span>
          {t("state.met")}
        </Badge>
      ) : (
        <Badge tone="neutral">
          <span aria-hidden="true">■</span>
          {t("state.stopped")}
        </Badge>
      );
  }
}

function metricDetail(state: SlaMetricState, t: Translator, time: (d: Date) => string): string {
  switch (state.state) {
    case "running":
      return t("detail.due", { time: time(state.dueAt) });
    case "paused":
      return t("detail.pausedSince", { time: time(state.since) });
    case "met":
      return state.breachedAt ? t("detail.breachedMet", { breached: time(state.breachedAt), time: time(state.at) }) : t("detail.met", { time: time(state.at) });
    case "stopped":
      return state.breachedAt ? t("detail.breachedStopped", { breached: time(state.breachedAt), time: time(state.at) }) : t("detail.stopped", { time: time(state.at) });
  }
}

/** One timeline entry in words: "First response: clock started, due Mon, 7 Dec, 10:30". */
function describeEntry(e: SlaTimelineEntry, all: readonly SlaTimelineEntry[], t: Translator, format: Format, time: (d: Date) => string): string {
  const metric = t(`metric.${e.metric}`);
  switch (e.kind) {
    case "started":
    case "resumed":
    case "retargeted":
      return e.dueAt ? t(`entry.${e.kind}Due`, { metric, due: time(e.dueAt) }) : t(`entry.${e.kind}`, { metric });
    case "paused":
    case "stopped":
      return t(`entry.${e.kind}`, { metric });
    case "breached":
      return t("entry.breached", { metric, due: time(e.dueAt ?? e.at) });
    case "met": {
      const breach = lastBreachOfCycle(e, all);
      return breach ? t("entry.metLate", { metric, late: formatDuration(format, e.at.getTime() - (breach.dueAt ?? breach.at).getTime()) }) : t("entry.met", { metric });
    }
  }
}

/** The breach of the cycle a "met" entry ends: one of the same metric after that cycle's start. */
function lastBreachOfCycle(met: SlaTimelineEntry, all: readonly SlaTimelineEntry[]): SlaTimelineEntry | undefined {
  const before = all.filter((x) => x.metric === met.metric && x.at.getTime() <= met.at.getTime());
  const start = before.findLast((x) => x.kind === "started" || (met.metric === "resolution" && x.kind === "met" && x !== met));
  return before.findLast((x) => x.kind === "breached" && (!start || x.at.getTime() >= start.at.getTime()));
}
