// Settings > Help center measures (admins): what the help center and the contact form did over a
// period of the workspace's calendar days, as figures, charts and tables
// (src/server/help-center/help-center-measures.ts). The period is in the URL (a GET form), so a
// view can be bookmarked or shared.
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole } from "@/server/context";
import { helpCenterMeasures, MAX_MEASURE_DAYS } from "@/server/help-center/help-center-measures";
import { isLocale } from "@/i18n/config";
import { buttonClasses } from "@/ui/button";
import { Card, CardBody, CardHeader } from "@/ui/card";
import { Input } from "@/ui/input";
import { PageHeader } from "@/ui/page-header";
import { AdminOnly } from "../admin-only";
import { MeasureCharts } from "./measure-charts";

type Props = { params: Promise<{ workspace: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("settings.helpMeasures");
  return { title: t("metaTitle") };
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the time zone, as YYYY-MM-DD. */
function today(timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

function daysBefore(day: string, n: number): string {
  return new Date(new Date(`${day}T00:00:00Z`).getTime() - n * 86_400_000).toISOString().slice(0, 10);
}

export default async function HelpCenterMeasuresPage({ params, searchParams }: Props) {
  const [{ workspace }, query] = await Promise.all([params, searchParams]);
  const ctx = await requireMemberPage(workspace);
  if (!hasRole(ctx.actor, "ADMIN")) return <AdminOnly slug={ctx.workspace.slug} />;
  const [t, format] = await Promise.all([getTranslations("settings.helpMeasures"), getFormatter()]);
  const end = today(ctx.workspace.timeZone);
  const asked = { from: typeof query.from === "string" && DAY.test(query.from) ? query.from : null, to: typeof query.to === "string" && DAY.test(query.to) ? query.to : null };
  let from = asked.from ?? daysBefore(asked.to ?? end, 29);
  let to = asked.to ?? end;
  // A period backwards or too long is read as the last 30 days, and said so.
  const days = (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
  const invalid = !(days >= 1 && days <= MAX_MEASURE_DAYS);
  if (invalid) {
    to = end;
    from = daysBefore(end, 29);
  }
  const locale = await getLocale();
  const measures = await helpCenterMeasures(ctx, { from, to, ...(isLocale(locale) ? { locale } : {}) });
  const base = `/${ctx.workspace.slug}/settings/help-center`;
  const presets = [7, 30, 90].map((n) => ({ n, href: `${base}?from=${daysBefore(end, n - 1)}&to=${end}` }));
  const { totals } = measures;
  const figures = [
    { label: t("views"), value: format.number(totals.views) },
    { label: t("searches"), value: format.number(totals.searches), note: t("noResultNote", { count: totals.noResultSearches }) },
    { label: t("formSessions"), value: format.number(totals.formSessions), note: t("submittedNote", { count: totals.submitted }) },
    { label: t("suggestionsOpened"), value: format.number(totals.suggestionsOpened), note: t("sessionsOpenedNote", { count: totals.sessionsOpenedSuggestion }) },
    {
      label: t("deflectionRate"),
      value: totals.deflectionRate === null ? "—" : format.number(totals.deflectionRate, { style: "percent", maximumFractionDigits: 1 }),
      note: t("deflectionNote", { deflected: totals.deflected, shown: totals.sessionsShownSuggestions }),
    },
    { label: t("newTickets"), value: format.number(totals.tickets) },
  ];

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} description={t("description", { timeZone: measures.timeZone })} />
      <Card>
        <CardBody>
          <form method="get" action={base} className="flex flex-wrap items-end gap-3">
            <div className="flex flex-col gap-1.5">
              <label htmlFor="measures-from" className="text-sm font-medium text-gray-900">
                {t("from")}
              </label>
              <Input id="measures-from" type="date" name="from" defaultValue={from} max={end} required />
            </div>
            <div className="flex flex-col gap-1.5">
              <label htmlFor="measures-to" className="text-sm font-medium text-gray-900">
                {t("to")}
              </label>
              <Input id="measures-to" type="date" name="to" defaultValue={to} max={end} required />
            </div>
            <button type="submit" className={buttonClasses({ variant: "primary" })}>
              {t("show")}
            </button>
            <nav aria-label={t("presets")} className="flex flex-wrap gap-2 text-sm">
              {presets.map((p) => (
                <Link key={p.n} href={p.href} className="rounded-md px-2 py-1 font-medium text-brand-700 hover:bg-brand-50">
                  {t("lastDays", { count: p.n })}
                </Link>
              ))}
            </nav>
          </form>
          {invalid && (asked.from || asked.to) ? (
            <p role="status" className="mt-3 text-sm text-warning-800">
              {t("invalidPeriod", { max: MAX_MEASURE_DAYS })}
            </p>
          ) : null}
        </CardBody>
      </Card>
      <section aria-label={t("summary")}>
        <dl className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          {figures.map((f) => (
            <div key={f.label} className="rounded-xl border border-gray-200 bg-white p-4 shadow-sm">
              <dt className="text-sm text-gray-600">{f.label}</dt>
              <dd className="mt-1 text-2xl font-semibold text-gray-900 tabular-nums">{f.value}</dd>
              {f.note ? <dd className="mt-1 text-xs text-gray-600">{f.note}</dd> : null}
            </div>
          ))}
        </dl>
      </section>
      <MeasureCharts measures={measures} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader title={t("noResultQueries")} description={t("noResultQueriesHint")} level={2} />
          {measures.noResultQueries.length === 0 ? (
            <CardBody>
              <p className="text-sm text-gray-600">{t("noneYet")}</p>
            </CardBody>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-start text-gray-600">
                <tr>
                  <th scope="col" className="px-5 py-2 text-start font-medium">{t("query")}</th>
                  <th scope="col" className="px-5 py-2 text-end font-medium">{t("times")}</th>
                </tr>
              </thead>
              <tbody>
                {measures.noResultQueries.map((q) => (
                  <tr key={q.query} className="border-t border-gray-100">
                    <td className="px-5 py-2" dir="auto">{q.query}</td>
                    <td className="px-5 py-2 text-end tabular-nums">{format.number(q.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
        <Card>
          <CardHeader title={t("articles")} description={t("articlesHint")} level={2} />
          {measures.articles.length === 0 ? (
            <CardBody>
              <p className="text-sm text-gray-600">{t("noneYet")}</p>
            </CardBody>
          ) : (
            <table className="w-full text-sm">
              <thead className="text-gray-600">
                <tr>
                  <th scope="col" className="px-5 py-2 text-start font-medium">{t("article")}</th>
                  <th scope="col" className="px-3 py-2 text-end font-medium">{t("views")}</th>
                  <th scope="col" className="px-3 py-2 text-end font-medium">{t("helpful")}</th>
                  <th scope="col" className="px-5 py-2 text-end font-medium">{t("notHelpful")}</th>
                </tr>
              </thead>
              <tbody>
                {measures.articles.map((a) => (
                  <tr key={a.articleId} className="border-t border-gray-100">
                    <td className="px-5 py-2" dir="auto">{a.title}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{format.number(a.views)}</td>
                    <td className="px-3 py-2 text-end tabular-nums">{format.number(a.helpful)}</td>
                    <td className="px-5 py-2 text-end tabular-nums">{format.number(a.notHelpful)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </Card>
      </div>
    </div>
  );
}
