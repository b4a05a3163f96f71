// Search of the public help center in the visitor's language: published articles only, best first,
// each with a snippet of its body around what matched. The query is the language's stemmed words
// (PostgreSQL's configuration for en, el, ar, et) OR the folded words of the inbox search (accents
// and case ignored, the last word a prefix, so suggestions work while typing); see the migration
// 20261205162600_help_center_search_functions for the documents they match.
//
// Snippets come back as segments, not HTML: ts_headline marks matches with private-use characters,
// which are split here, so nothing of an article's text is ever interpreted as markup.
import type { DbTx } from "@/server/db";
import { Prisma } from "@/server/db";
import type { Locale } from "@/lib/validation";
import { foldedPrefixTsquery } from "@/server/search/search-tickets";

export type SnippetSegment = { text: string; match: boolean };
export type ArticleHit = { articleId: string; slug: string; title: string; snippet: SnippetSegment[] };

const START = "\uE000";
const STOP = "\uE001";
const HEADLINE_OPTIONS = `StartSel=${START}, StopSel=${STOP}, MaxFragments=2, MaxWords=24, MinWords=10, FragmentDelimiter=" … "`;
/** The longest query looked up (and recorded). */
export const MAX_QUERY_CHARS = 200;

/** A headline's text split into its marked matches and the text between them. */
export function snippetSegments(headline: string): SnippetSegment[] {
  const segments: SnippetSegment[] = [];
  for (const piece of headline.split(/(\uE000[^\uE000\uE001]*\uE001)/)) {
    if (!piece) continue;
    const match = piece.startsWith(START) && piece.endsWith(STOP);
    segments.push({ text: (match ? piece.slice(1, -1) : piece).replace(/[\uE000\uE001]/g, ""), match });
  }
  return segments;
}

/**
 * Published articles of the workspace in `locale` matching `query`, at most `limit`, and how many
 * match in all. `record`: the search is counted for the admins' measures (HelpSearch), a
 * no-result one with its query; suggestions shown while typing are not recorded.
 */
export async function searchArticles(
  db: DbTx,
  input: { workspaceId: string; locale: Locale; query: string; limit?: number; record?: boolean },
): Promise<{ total: number; hits: ArticleHit[] }> {
  const query = input.query.trim().slice(0, MAX_QUERY_CHARS);
  // Without a letter or digit there is no word to look for.
  if (!/[\p{L}\p{N}]/u.test(query)) return { total: 0, hits: [] };
  const limit = Math.min(Math.max(input.limit ?? 10, 1), 50);
  const config = Prisma.sql`shopdesk_help_config(${input.locale})`;
  const tsquery = Prisma.sql`(plainto_tsquery(${config}, ${query}) || ${foldedPrefixTsquery(query)})`;
  // Ranked and cut first; snippets (the costly part) for the rows shown only.
  const rows = await db.$queryRaw<Array<{ articleId: string; slug: string; title: string; headline: string; total: number }>>`
    WITH q AS (SELECT ${tsquery} AS query),
    found AS (
      SELECT t."articleId", t."slug", t."title", t."bodyText",
             ts_rank_cd(t."searchVector", q.query) AS rank, t."publishedAt", count(*) OVER ()::int AS total
        FROM "ArticleTranslation" t, q
       WHERE t."workspaceId" = ${input.workspaceId}::uuid AND t."locale" = ${input.locale}
         AND t."status" = 'PUBLISHED' AND t."searchVector" @@ q.query
       ORDER BY rank DESC, t."publishedAt" DESC, t."articleId"
       LIMIT ${limit}
    )
    SELECT f."articleId", f."slug", f."title", f."total",
           ts_headline(${config}, f."bodyText", q.query, ${HEADLINE_OPTIONS}) AS "headline"
      FROM found f, q
     ORDER BY f.rank DESC, f."publishedAt" DESC, f."articleId"`;
  const total = rows[0]?.total ?? 0;
  if (input.record) {
    await db.helpSearch.create({ data: { workspaceId: input.workspaceId, locale: input.locale, query, results: total } });
  }
  return { total, hits: rows.map((r) => ({ articleId: r.articleId, slug: r.slug, title: r.title, snippet: snippetSegments(r.headline) })) };
}
