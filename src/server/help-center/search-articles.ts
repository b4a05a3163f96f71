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
  const config = Prisma.sql`shopdesk_help_config(${input.locale})`;
  const found = await rankedArticles(db, input, Prisma.sql`(plainto_tsquery(${config}, ${query}) || ${foldedPrefixTsquery(query)})`, input.limit ?? 10);
  if (input.record) {
    await db.helpSearch.create({ data: { workspaceId: input.workspaceId, locale: input.locale, query, results: found.total } });
  }
  return found;
}

/** The most words of a text that suggestions look for (the subject's first, then the message's). */
export const MAX_SUGGESTION_WORDS = 24;

/**
 * Articles that may answer a message being written (the contact form's suggestions): published in
 * `locale`, matching ANY of its words, those matching more and rarer words first. A message is
 * sentences, not a search, so its words are ORed where a search ANDs them; words the language's
 * configuration drops (its stop words: "the", "my", "του", "ja") are left out of the folded
 * (unaccented) half too, else they would match every article. Words under 3 letters are ignored.
 */
export async function suggestArticles(db: DbTx, input: { workspaceId: string; locale: Locale; text: string; limit?: number }): Promise<ArticleHit[]> {
  const words = [...new Set(input.text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu) ?? [])]
    .filter((w) => Array.from(w).length >= 3)
    .slice(0, MAX_SUGGESTION_WORDS);
  if (words.length === 0) return [];
  const config = Prisma.sql`shopdesk_help_config(${input.locale})`;
  // Each word's tsquery in its own parentheses, ORed: PostgreSQL quotes each part's text form.
  const tsquery = Prisma.sql`(SELECT coalesce(string_agg('(' || p::text || ')', ' | '), '')::tsquery FROM (
      SELECT plainto_tsquery(${config}, w) AS p FROM unnest(${words}::text[]) w
      UNION ALL
      SELECT plainto_tsquery('simple'::regconfig, shopdesk_search_fold(w)) FROM unnest(${words}::text[]) w
       WHERE numnode(plainto_tsquery(${config}, w)) > 0
    ) parts WHERE numnode(p) > 0)`;
  return (await rankedArticles(db, input, tsquery, input.limit ?? 5)).hits;
}

/** Published articles of the workspace in `locale` matching `tsquery`, best first, with snippets. */
async function rankedArticles(
  db: DbTx,
  input: { workspaceId: string; locale: Locale },
  tsquery: Prisma.Sql,
  wanted: number,
): Promise<{ total: number; hits: ArticleHit[] }> {
  const limit = Math.min(Math.max(wanted, 1), 50);
  const config = Prisma.sql`shopdesk_help_config(${input.locale})`;
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
  return { total, hits: rows.map((r) => ({ articleId: r.articleId, slug: r.slug, title: r.title, snippet: snippetSegments(r.headline) })) };
}
