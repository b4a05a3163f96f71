// What the help center and the contact form did over a period, for the admins' measures page
// (Settings > Help center): per day of the workspace's calendar, article views, searches (and
// those that found nothing), contact-form visits, submissions and deflections, and new tickets by
// channel; over the period, the searches that found nothing (what to write next) and each
// article's views and votes. Deflection rate: visits that opened a suggested article and did not
// submit, out of the visits that were shown suggestions. Admins only; every read is the workspace's.
import { z } from "zod";
import type { Channel } from "@/generated/prisma/enums";
import { LocaleSchema, text } from "@/lib/validation";
import { requireRole, type Ctx } from "@/server/context";
import { fieldError, parseInput } from "@/server/validate";

export const MAX_MEASURE_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export const HelpCenterMeasuresInput = z.object({
  /** First and last day, inclusive, in the workspace's time zone (YYYY-MM-DD). */
  from: text().regex(DAY),
  to: text().regex(DAY),
  /** The language article titles are shown in, when the article has it. */
  locale: LocaleSchema.optional(),
});
export type HelpCenterMeasuresInput = z.input<typeof HelpCenterMeasuresInput>;

export type MeasureDay = {
  day: string;
  views: number;
  searches: number;
  noResultSearches: number;
  formSessions: number;
  submitted: number;
  deflected: number;
  tickets: Partial<Record<Channel, number>>;
};

export type HelpCenterMeasures = {
  from: string;
  to: string;
  timeZone: string;
  days: MeasureDay[];
  totals: {
    views: number;
    searches: number;
    noResultSearches: number;
    formSessions: number;
    /** Visits that were shown at least one suggested article. */
    sessionsShownSuggestions: number;
    /** Visits that opened at least one, and how many articles were opened in all. */
    sessionsOpenedSuggestion: number;
    suggestionsOpened: number;
    submitted: number;
    deflected: number;
    /** deflected ÷ sessionsShownSuggestions; null when no visit was shown suggestions. */
    deflectionRate: number | null;
    tickets: number;
    ticketsByChannel: Partial<Record<Channel, number>>;
  };
  noResultQueries: Array<{ query: string; count: number }>;
  articles: Array<{ articleId: string; title: string; views: number; helpful: number; notHelpful: number }>;
};

const n = (v: unknown) => Number(v ?? 0);

export async function helpCenterMeasures(ctx: Ctx, raw: HelpCenterMeasuresInput): Promise<HelpCenterMeasures> {
  requireRole(ctx, "ADMIN");
  const input = parseInput(HelpCenterMeasuresInput, raw);
  const from = new Date(`${input.from}T00:00:00Z`);
  const to = new Date(`${input.to}T00:00:00Z`);
  const days = Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
  if (!Number.isFinite(days) || days < 1 || days > MAX_MEASURE_DAYS) {
    throw fieldError("to", "invalidPeriod", `must be from 0 to ${MAX_MEASURE_DAYS - 1} days after from`);
  }
  const ws = ctx.workspace.id;
  const tz = ctx.workspace.timeZone;
  const locale = input.locale ?? ctx.workspace.defaultLocale;
  // The period's bounds as instants: midnight of `from` to midnight after `to`, on the workspace's clock.
  const [bounds] = await ctx.db.$queryRaw<Array<{ start: Date; end: Date }>>`
    SELECT (${input.from}::date::timestamp AT TIME ZONE ${tz}) AS "start", ((${input.to}::date + 1)::timestamp AT TIME ZONE ${tz}) AS "end"`;
  const { start: since, end: until } = bounds!;

  const [views, searches, sessions, tickets, noResult, articles] = await Promise.all([
    ctx.db.$queryRaw<Array<{ day: string; views: bigint }>>`
      SELECT to_char(v."day", 'YYYY-MM-DD') AS "day", sum(v."views") AS "views" FROM "ArticleViewDay" v
       WHERE v."workspaceId" = ${ws}::uuid AND v."day" BETWEEN ${input.from}::date AND ${input.to}::date GROUP BY v."day"`,
    ctx.db.$queryRaw<Array<{ day: string; searches: bigint; none: bigint }>>`
      SELECT to_char(s."createdAt" AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS "day", count(*) AS "searches", count(*) FILTER (WHERE s."results" = 0) AS "none"
        FROM "HelpSearch" s WHERE s."workspaceId" = ${ws}::uuid AND s."createdAt" >= ${since} AND s."createdAt" < ${until} GROUP BY 1`,
    ctx.db.$queryRaw<Array<{ day: string; sessions: bigint; shown: bigint; opened: bigint; openedArticles: bigint; submitted: bigint; deflected: bigint }>>`
      SELECT to_char(f."createdAt" AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS "day", count(*) AS "sessions",
              count(*) FILTER (WHERE f."suggestionsShown" > 0) AS "shown",
              count(*) FILTER (WHERE cardinality(f."openedArticleIds") > 0) AS "opened",
              coalesce(sum(cardinality(f."openedArticleIds")), 0) AS "openedArticles",
              count(*) FILTER (WHERE f."submittedAt" IS NOT NULL) AS "submitted",
              count(*) FILTER (WHERE cardinality(f."openedArticleIds") > 0 AND f."submittedAt" IS NULL) AS "deflected"
         FROM "ContactFormSession" f WHERE f."workspaceId" = ${ws}::uuid AND f."createdAt" >= ${since} AND f."createdAt" < ${until} GROUP BY 1`,
    // Every status named, so the index (workspaceId, status, createdAt) serves the range.
    ctx.db.$queryRaw<Array<{ day: string; channel: Channel; tickets: bigint }>>`
      SELECT to_char(t."createdAt" AT TIME ZONE ${tz}, 'YYYY-MM-DD') AS "day", t."channel", count(*) AS "tickets"
        FROM "Ticket" t WHERE t."workspaceId" = ${ws}::uuid AND t."status" IN ('OPEN', 'PENDING', 'CLOSED') AND t."createdAt" >= ${since} AND t."createdAt" < ${until}
       GROUP BY 1, 2`,
    ctx.db.$queryRaw<Array<{ query: string; count: bigint }>>`
      SELECT lower(s."query") AS "query", count(*) AS "count" FROM "HelpSearch" s
       WHERE s."workspaceId" = ${ws}::uuid AND s."results" = 0 AND s."createdAt" >= ${since} AND s."createdAt" < ${until}
       GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 25`,
    ctx.db.$queryRaw<Array<{ articleId: string; title: string | null; views: bigint; helpful: bigint; notHelpful: bigint }>>`
      WITH v AS (SELECT "articleId", sum("views") AS "views" FROM "ArticleViewDay"
                  WHERE "workspaceId" = ${ws}::uuid AND "day" BETWEEN ${input.from}::date AND ${input.to}::date GROUP BY 1),
           votes AS (SELECT "articleId", count(*) FILTER (WHERE "helpful") AS "helpful", count(*) FILTER (WHERE NOT "helpful") AS "notHelpful"
                       FROM "ArticleVote" WHERE "workspaceId" = ${ws}::uuid AND "createdAt" >= ${since} AND "createdAt" < ${until} GROUP BY 1),
           ids AS (SELECT "articleId" FROM v UNION SELECT "articleId" FROM votes)
      SELECT ids."articleId"::text AS "articleId", coalesce(v."views", 0) AS "views", coalesce(votes."helpful", 0) AS "helpful", coalesce(votes."notHelpful", 0) AS "notHelpful",
             (SELECT t."title" FROM "ArticleTranslation" t WHERE t."articleId" = ids."articleId" AND t."workspaceId" = ${ws}::uuid
               ORDER BY (t."locale" = ${locale}) DESC, (t."locale" = ${ctx.workspace.defaultLocale}) DESC, t."locale" LIMIT 1) AS "title"
        FROM ids LEFT JOIN v ON v."articleId" = ids."articleId" LEFT JOIN votes ON votes."articleId" = ids."articleId"
       ORDER BY 2 DESC, 3 + 4 DESC, 1 LIMIT 50`,
  ]);

  const series = new Map<string, MeasureDay>();
  for (let i = 0; i < days; i++) {
    const day = new Date(from.getTime() + i * 86_400_000).toISOString().slice(0, 10);
    series.set(day, { day, views: 0, searches: 0, noResultSearches: 0, formSessions: 0, submitted: 0, deflected: 0, tickets: {} });
  }
  const at = (day: string) => series.get(day);
  for (const r of views) if (at(r.day)) at(r.day)!.views = n(r.views);
  for (const r of searches) if (at(r.day)) Object.assign(at(r.day)!, { searches: n(r.searches), noResultSearches: n(r.none) });
  for (const r of sessions) if (at(r.day)) Object.assign(at(r.day)!, { formSessions: n(r.sessions), submitted: n(r.submitted), deflected: n(r.deflected) });
  for (const r of tickets) if (at(r.day)) at(r.day)!.tickets[r.channel] = n(r.tickets);

  const sum = <K extends keyof MeasureDay>(k: K) => [...series.values()].reduce((a, d) => a + (d[k] as number), 0);
  const ticketsByChannel: Partial<Record<Channel, number>> = {};
  for (const r of tickets) ticketsByChannel[r.channel] = (ticketsByChannel[r.channel] ?? 0) + n(r.tickets);
  const shown = sessions.reduce((a, r) => a + n(r.shown), 0);
  const deflected = sum("deflected");
  return {
    from: input.from,
    to: input.to,
    timeZone: tz,
    days: [...series.values()],
    totals: {
      views: sum("views"),
      searches: sum("searches"),
      noResultSearches: sum("noResultSearches"),
      formSessions: sum("formSessions"),
      sessionsShownSuggestions: shown,
      sessionsOpenedSuggestion: sessions.reduce((a, r) => a + n(r.opened), 0),
      suggestionsOpened: sessions.reduce((a, r) => a + n(r.openedArticles), 0),
      submitted: sum("submitted"),
      deflected,
      deflectionRate: shown > 0 ? deflected / shown : null,
      tickets: Object.values(ticketsByChannel).reduce((a, c) => a + (c ?? 0), 0),
      ticketsByChannel,
    },
    noResultQueries: noResult.map((r) => ({ query: r.query, count: n(r.count) })),
    articles: articles.map((r) => ({ articleId: r.articleId, title: r.title ?? "", views: n(r.views), helpful: n(r.helpful), notHelpful: n(r.notHelpful) })),
  };
}
