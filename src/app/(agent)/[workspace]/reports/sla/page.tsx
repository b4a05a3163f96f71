// Reports > SLA attainment (issue 17): for agents and admins, the clocks met in time and breached
// over a period of the workspace's days, per policy, priority, problem area or agent, as figures,
// a table and charts (src/server/reports/sla-report.ts). The filters are in the URL (a GET form),
// so a view can be bookmarked or shared; a bad filter is named at its field.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { areaLabel } from "@/lib/area-label";
import { cn } from "@/lib/cn";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { AppError, type FieldIssue } from "@/server/errors";
import { slaReport } from "@/server/reports/sla-report";
import {
  MAX_SLA_REPORT_CYCLES,
  MAX_SLA_REPORT_DAYS,
  SLA_REPORT_GROUPS,
  SLA_REPORT_METRICS,
  type SlaReport,
  type SlaReportGroup,
  type SlaReportGroupBy,
} from "@/server/reports/sla-report.schemas";
import { buttonClasses } from "@/ui/button";
import { Card, CardBody } from "@/ui/card";
import { EmptyState } from "@/ui/empty-state";
import { Input } from "@/ui/input";
import { PageHeader } from "@/ui/page-header";
import { Select } from "@/ui/select";
import { NotForYou } from "../not-for-you";
import { SlaReportCharts } from "./sla-report-charts";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports.sla");
  return { title: t("title") };
}

/** Today in the time zone, as YYYY-MM-DD. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function daysBefore(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SlaReportPage({ params, searchParams }: Props) {
  const [{ workspace }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "AGENT")) return <NotForYou slug={ctx.workspace.slug} />;
  const [t, tt, format, locale] = await Promise.all([getTranslations("reports.sla"), getTranslations("tickets"), getFormatter(), getLocale()]);

  const end = today(ctx.workspace.timeZone);
  const asked = {
    from: first(query.from) || daysBefore(first(query.to) || end, 29),
    to: first(query.to) || end,
    metric: first(query.metric) || undefined,
    groupBy: first(query.groupBy) || "policy",
  };
  let report: SlaReport | null = null;
  let issues: Record<string, FieldIssue> = {};
  try {
    report = await slaReport(ctx, asked as Parameters<typeof slaReport>[1]);
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "VALIDATION") throw e;
    issues = e.fieldIssues ?? {};
  }
  const errorOf = (field: string): string | null => {
    const issue = issues[field];
    if (!issue) return null;
    if (issue.code === "periodBackwards") return t("errors.periodBackwards");
    if (issue.code === "periodTooLong") return t("errors.periodTooLong", { max: MAX_SLA_REPORT_DAYS });
    return field === "from" || field === "to" ? t("errors.date") : t("errors.option");
  };
  const groupBy: SlaReportGroupBy = report?.groupBy ?? ((SLA_REPORT_GROUPS as readonly string[]).includes(asked.groupBy) ? (asked.groupBy as SlaReportGroupBy) : "policy");

  const base = `/${ctx.workspace.slug}/reports/sla`;
  const keep = new URLSearchParams({ ...(asked.metric ? { metric: asked.metric } : {}), groupBy });
  const presets = [7, 30, 90].map((n) => ({ n, href: `${base}?${new URLSearchParams({ from: daysBefore(end, n - 1), to: end, ...Object.fromEntries(keep) }).toString()}` }));

  const percent = (v: number | null) => (v === null ? t("none") : format.number(v, { style: "percent", maximumFractionDigits: 1 }));
  const duration = (m: number | null) =>
    m === null
      ? t("none")
      : m < 60
        ? format.number(Math.round(m), { style: "unit", unit: "minute", unitDisplay: "short" })
        : format.number(m / 60, { style: "unit", unit: "hour", unitDisplay: "short", maximumFractionDigits: 1 });
  const day = (d: string) => format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const label = (g: SlaReportGroup): string => {
    switch (groupBy) {
      case "policy":
        return g.key === null ? t("deletedPolicy") : (g.name ?? g.key);
      case "priority":
        return tt(`priority.${g.key ?? "NORMAL"}`);
      case "area":
        return areaLabel(tt, g.key === null ? null : { key: g.key, name: g.name ?? g.key }, locale);
      case "agent":
        return g.key === null ? t("unassigned") : (g.name ?? g.key);
    }
  };
  const field = (name: "from" | "to" | "metric" | "groupBy") => {
    const error = errorOf(name);
    return error ? { "aria-invalid": true as const, "aria-describedby": `sla-${name}-error`, error } : { error: null };
  };
  const fields = { from: field("from"), to: field("to"), metric: field("metric"), groupBy: field("groupBy") };
  const fieldError = (name: keyof typeof fields) =>
    fields[name].error ? (
      <p id={`sla-${name}-error`} className="text-sm text-danger-700">
        {fields[name].error}
      </p>
    ) : null;
  const control = (name: keyof typeof fields) => {
    const { error: _error, ...aria } = fields[name];
    return aria;
  };

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        eyebrow={
          <Link href={`/${ctx.workspace.slug}/reports`} className="font-medium text-brand-700 hover:underline">
            {(await getTranslations("reports"))("title")}
          </Link>
        }
        title={t("title")}
        description={t("description", { timeZone: ctx.workspace.timeZone })}
      />
      <Card>
        <CardBody>
          <form method="get" action={base} aria-label={t("filters")} className="flex flex-wrap items-start gap-3">
            <div className="flex flex-col gap-1.5">
              <label htmlFor="sla-from" className="text-sm font-medium text-gray-900">
                {t("from")}
              </label>
              <Input id="sla-from" type="date" name="from" defaultValue={asked.from} max={end} required {...control("from")} />
              {fieldError("from")}
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="sla-to" className="text-sm font-medium text-gray-900">
                {t("to")}
              </label>
              <Input id="sla-to" type="date" name="to" defaultValue={asked.to} max={end} required {...control("to")} />
              {fieldError("to")}
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="sla-metric" className="text-sm font-medium text-gray-900">
                {t("metric")}
              </label>
              <Select id="sla-metric" name="metric" defaultValue={asked.metric ?? ""} {...control("metric")}>
                <option value="">{t("allMetrics")}</option>
                {SLA_REPORT_METRICS.map((m) => (
                  <option key={m} value={m}>
                    {t(`metrics.${m}`)}
                  </option>
                ))}
              </Select>
              {fieldError("metric")}
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="sla-group" className="text-sm font-medium text-gray-900">
                {t("groupBy")}
              </label>
              <Select id="sla-group" name="groupBy" defaultValue={groupBy} {...control("groupBy")}>
                {SLA_REPORT_GROUPS.map((g) => (
                  <option key={g} value={g}>
                    {t(`groups.${g}`)}
                  </option>
                ))}
              </Select>
              {fieldError("groupBy")}
            </div>
            <button type="submit" className={cn(buttonClasses({ variant: "primary" }), "sm:mt-7")}>
              {t("show")}
            </button>
          </form>
          <nav aria-label={t("presets")} className="mt-3 flex flex-wrap gap-2 text-sm">
            {presets.map((p) => (
              <Link key={p.n} href={p.href} className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50">
                {t("lastDays", { count: p.n })}
              </Link>
            ))}
          </nav>
        </CardBody>
      </Card>

      {report === null ? null : report.total.count === 0 ? (
        <EmptyState title={t("noData")} description={t("noDataHint")} />
      ) : (
        <>
          {report.capped && report.coveredUntil ? (
            <p role="status" className="rounded-md bg-warning-50 px-4 py-3 text-sm text-warning-800">
              {t("capped", { max: MAX_SLA_REPORT_CYCLES, until: format.dateTime(new Date(report.coveredUntil), { dateStyle: "medium", timeStyle: "short", timeZone: ctx.workspace.timeZone }) })}
            </p>
          ) : null}
          <section aria-label={t("summary")}>
            <dl className="grid grid-cols-2 gap-3 lg:grid-cols-5">
              {[
                { label: t("attainment"), value: percent(report.total.attainment) },
                { label: t("met"), value: format.number(report.total.met) },
                { label: t("breached"), value: format.number(report.total.breached) },
                { label: t("median"), value: duration(report.total.medianMinutes) },
                { label: t("p90"), value: duration(report.total.p90Minutes) },
              ].map((f) => (
                <div key={f.label} className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
                  <dt className="text-sm text-gray-600">{f.label}</dt>
                  <dd className="mt-1 text-2xl font-semibold text-gray-900 tabular-nums">{f.value}</dd>
                </div>
              ))}
            </dl>
          </section>
          {/* Scrolls sideways on a phone: a focusable region, so the keyboard can scroll it too. */}
          <Card className="overflow-x-auto" role="region" aria-labelledby="sla-table-caption" tabIndex={0}>
            <table className="w-full text-sm">
              <caption id="sla-table-caption" className="px-5 pt-4 pb-2 text-start text-base font-semibold text-gray-900">
                {t("caption", { group: groupBy, from: day(report.from), to: day(report.to) })}
              </caption>
              <thead className="text-gray-600">
                <tr className="border-b border-gray-200">
                  <th scope="col" className="px-5 py-2 text-start font-medium">
                    {t(`groups.${groupBy}`)}
                  </th>
                  {[t("count"), t("met"), t("breached"), t("attainment"), t("median"), t("p90")].map((h) => (
                    <th key={h} scope="col" className="px-3 py-2 text-end font-medium">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {report.groups.map((g) => (
                  <tr key={g.key ?? "none"} className="border-t border-gray-100">
                    <th scope="row" className="px-5 py-2 text-start font-normal" dir="auto">
                      {label(g)}
                    </th>
                    <td className="px-3 py-2 text-end tabular-nums">{format.number(g.count)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{format.number(g.met)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{format.number(g.breached)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{percent(g.attainment)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{duration(g.medianMinutes)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{duration(g.p90Minutes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Card>
          <SlaReportCharts days={report.days} groups={report.groups.map((g) => ({ label: label(g), count: g.count, attainment: g.attainment }))} groupBy={groupBy} />
        </>
      )}
    </div>
  );
}
