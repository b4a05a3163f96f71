"use client";
// The SLA report as charts (recharts): attainment per day of the period, and a bar per group. Each
// is a figure with its numbers in a table (src/ui/chart-figure.tsx). Days run left to right in
// every language; the group bars are horizontal with their names beside them, readable either way.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SlaReportGroupBy } from "@/server/reports/sla-report.schemas";
import { ChartFigure, NumbersTable } from "@/ui/chart-figure";

// Okabe–Ito blue and vermillion, as the other charts.
const MET = "#0072B2";
const LINE = "#D55E00";

export type ChartDay = { day: string; met: number; breached: number; attainment: number | null };
export type ChartGroup = { label: string; count: number; attainment: number | null };

export function SlaReportCharts({ days, groups, groupBy }: { days: ChartDay[]; groups: ChartGroup[]; groupBy: SlaReportGroupBy }) {
  const t = useTranslations("reports.sla");
  const format = useFormatter();
  const percent = (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const axisPercent = (v: number) => format.number(v / 100, { style: "percent", maximumFractionDigits: 0 });
  const dayLabel = (day: string) => format.dateTime(new Date(`${day}T12:00:00Z`), { day: "numeric", month: "short", timeZone: "UTC" });
  // Percent points (0–100) for the axes; a day without clocks is a gap in the line, not a zero.
  const perDay = days.map((d) => ({ day: dayLabel(d.day), attainment: d.attainment === null ? null : Math.round(d.attainment * 1000) / 10 }));
  const perGroup = groups.map((g) => ({ label: g.label, attainment: g.attainment === null ? 0 : Math.round(g.attainment * 1000) / 10 }));
  const name = t("attainment");

  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      <ChartFigure
        id="chart-sla-days"
        title={t("perDay")}
        description={t("perDayHint")}
        showNumbersLabel={t("showNumbers")}
        table={
          <NumbersTable
            head={[t("day"), t("met"), t("breached"), t("attainment")]}
            rows={days.filter((d) => d.met + d.breached > 0).map((d) => [dayLabel(d.day), format.number(d.met), format.number(d.breached), percent(d.attainment)])}
          />
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <LineChart accessibilityLayer={false} data={perDay} margin={{ top: 8, right: 8, bottom: 0, left: -8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={axisPercent} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => axisPercent(Number(v))} />
            <Line type="monotone" dataKey="attainment" name={name} stroke={LINE} strokeWidth={2} dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          </LineChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        id="chart-sla-groups"
        title={t("perGroup", { group: groupBy })}
        description={t("perGroupHint")}
        showNumbersLabel={t("showNumbers")}
        table={<NumbersTable head={[t(`groups.${groupBy}`), t("count"), t("attainment")]} rows={groups.map((g) => [g.label, format.number(g.count), percent(g.attainment)])} />}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart accessibilityLayer={false} data={perGroup} layout="vertical" margin={{ top: 8, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
            <XAxis type="number" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tickFormatter={axisPercent} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={140} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(v) => axisPercent(Number(v))} />
            <Bar dataKey="attainment" name={name} fill={MET} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
