// Counts a read of a published article, for the help center's measures: one counter per article,
// language and calendar day of the workspace (ArticleViewDay), incremented by an upsert once the
// page was sent. Not counted: prefetches (the browser fetching a page the visitor may never open)
// and self-declared crawlers, whose reads are not readers'.
import { db as defaultDb, type DbTx } from "@/server/db";
import { logger } from "@/server/logger";

type HeaderSource = { get(name: string): string | null };

const CRAWLER = /bot\b|bot\/|crawl|spider|slurp|facebookexternalhit|embedly|preview|scanner|monitor/i;

/** Whether a request is a person reading the page (not a prefetch, not a crawler). */
export function isReaderRequest(headers: HeaderSource): boolean {
  if (headers.get("next-router-prefetch") || /prefetch/i.test(headers.get("purpose") ?? "") || /prefetch/i.test(headers.get("sec-purpose") ?? "")) return false;
  const agent = headers.get("user-agent") ?? "";
  return agent.length > 0 && !CRAWLER.test(agent);
}

export async function recordArticleView(
  input: { workspaceId: string; articleId: string; locale: string; timeZone: string; now?: Date },
  db: DbTx = defaultDb(),
): Promise<void> {
  try {
    await db.$executeRaw`INSERT INTO "ArticleViewDay" ("workspaceId", "articleId", "locale", "day", "views")
      VALUES (${input.workspaceId}::uuid, ${input.articleId}::uuid, ${input.locale}, (${input.now ?? new Date()}::timestamptz AT TIME ZONE ${input.timeZone})::date, 1)
      ON CONFLICT ("articleId", "locale", "day") DO UPDATE SET "views" = "ArticleViewDay"."views" + 1`;
  } catch (err) {
    // A lost count is no reason to fail anything: the page was already sent.
    logger.warn({ err, articleId: input.articleId }, "could not count an article view");
  }
}
