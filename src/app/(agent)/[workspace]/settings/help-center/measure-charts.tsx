"use client";
// The measures as charts (recharts): per day, what visitors did (article views, searches, contact
// form visits, submissions); new tickets per day by channel; and the contact form's funnel. Each
// chart is a figure with a caption and its numbers in a table under "Show the numbers", for
// screen readers and for anyone who wants the exact values (src/ui/chart-figure.tsx).
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HelpCenterMeasures } from "@/server/help-center/help-center-measures";
import { ChartFigure, NumbersTable as DataTable, type ChartFigureProps } from "@/ui/chart-figure";

const CHANNELS = ["EMAIL", "FORM", "PORTAL", "PHONE", "CHAT", "API", "SOCIAL"] as const;
// Distinguishable for the common colour-vision deficiencies (Okabe–Ito), and told apart by the
// legend and the table too.
const COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#000000"];

function Figure(props: Omit<ChartFigureProps, "showNumbersLabel">) {
  const t = useTranslations("settings.helpMeasures");
  return <ChartFigure {...props} showNumbersLabel={t("showNumbers")} />;
}

export function MeasureCharts({ measures }: { measures: HelpCenterMeasures }) {
  const t = useTranslations("settings.helpMeasures");
  const tt = useTranslations("tickets");
  const format = useFormatter();
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  const activity = measures.days.map((d) => ({ day: dayLabel(d.day), views: d.views, searches: d.searches, formSessions: d.formSessions, submitted: d.submitted }));
  const used = CHANNELS.filter((c) => (measures.totals.ticketsByChannel[c] ?? 0) > 0);
  const tickets = measures.days.map((d) => ({ day: dayLabel(d.day), ...Object.fromEntries(used.map((c) => [c, d.tickets[c] ?? 0])) }));
  const { totals } = measures;
  const funnel = [
    { step: t("funnel.visits"), value: totals.formSessions },
    { step: t("funnel.shown"), value: totals.sessionsShownSuggestions },
    { step: t("funnel.opened"), value: totals.sessionsOpenedSuggestion },
    { step: t("funnel.deflected"), value: totals.deflected },
    { step: t("funnel.submitted"), value: totals.submitted },
  ];
  const series = [
    { key: "views", name: t("views") },
    { key: "searches", name: t("searches") },
    { key: "formSessions", name: t("formSessions") },
    { key: "submitted", name: t("submitted") },
  ] as const;

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <Figure
        id="chart-activity"
        title={t("activity")}
        description={t("activityHint")}
        table={<DataTable head={[t("day"), ...series.map((s) => s.name)]} rows={activity.map((d) => [d.day, d.views, d.searches, d.formSessions, d.submitted])} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={activity} margin={{ top: 8, right: -8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={16} />
            {/* Views are counted in hundreds where the rest are in units: they get the right-hand axis. */}
            <YAxis yAxisId="views" orientation="right" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis yAxisId="other" allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {series.map((s, i) => (
              <Line
                key={s.key}
                yAxisId={s.key === "views" ? "views" : "other"}
                type="monotone"
                dataKey={s.key}
                name={s.name}
                stroke={COLOURS[i]}
                strokeWidth={2}
                strokeDasharray={s.key === "views" ? "5 3" : undefined}
                dot={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </Figure>
      <Figure
        id="chart-tickets"
        title={t("ticketsByChannel")}
        description={t("ticketsByChannelHint", { count: totals.tickets })}
        table={<DataTable head={[t("channel"), t("newTickets")]} rows={used.map((c) => [tt(`channel.${c}`), totals.ticketsByChannel[c] ?? 0])} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={tickets} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend wrapperStyle={{ fontSize: 12 }} />
            {used.map((c) => (
              <Bar key={c} dataKey={c} name={tt(`channel.${c}`)} stackId="tickets" fill={COLOURS[CHANNELS.indexOf(c)]} isAnimationActive={false} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </Figure>
      <Figure
        id="chart-funnel"
        title={t("funnel.title")}
        description={t("funnel.hint")}
        table={<DataTable head={[t("funnel.step"), t("funnel.count")]} rows={funnel.map((f) => [f.step, f.value])} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={funnel} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 24 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="step" width={150} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Bar dataKey="value" name={t("funnel.count")} fill={COLOURS[0]} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </Figure>
    </div>
  );
}
