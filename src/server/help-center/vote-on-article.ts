// "Was this article helpful?" on the public help center: one vote per visitor and article, which a
// second vote (or a comment added after voting) replaces. No account: the visitor is the random id
// of a cookie (article-feedback-request.ts), stored as its sha256. Limited per client address (per
// visitor where the address is unknown) in the shared PostgreSQL store, so a script cannot stuff
// the measures; the limit's answer says when to try again.
import "server-only";
import { z } from "zod";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { consumeOrLimit } from "@/server/rate-limits";
import { sha256Hex } from "@/server/tokens";
import { parseInput } from "@/server/validate";
import { LocaleSchema, text } from "@/lib/validation";

export const VOTE_LIMIT = { points: 30, durationSeconds: 60 * 60 } as const;

export const VoteOnArticleInput = z.object({
  workspaceId: z.uuid(),
  articleId: z.uuid(),
  locale: LocaleSchema,
  helpful: z.boolean(),
  comment: text().trim().max(1000).optional(),
});
export type VoteOnArticleInput = z.input<typeof VoteOnArticleInput>;

/**
 * Records the visitor's vote (and comment) on a published article; NOT_FOUND for a draft or
 * another workspace's article, RATE_LIMITED (retryAfter) past VOTE_LIMIT per client address.
 * `visitorOf` names the visitor, asked once the vote is known to be for a published article.
 */
export async function voteOnArticle(
  db: DbTx,
  raw: VoteOnArticleInput,
  visitorOf: () => Promise<{ id: string; address: string | null }>,
): Promise<{ helpful: boolean }> {
  const input = parseInput(VoteOnArticleInput, raw);
  // An article of a help center turned off is no longer there to vote on.
  const published = await db.articleTranslation.count({
    where: { workspaceId: input.workspaceId, articleId: input.articleId, locale: input.locale, status: "PUBLISHED", workspace: { helpCenterEnabled: true } },
  });
  if (published === 0) throw new AppError("NOT_FOUND", "No such article");
  // Only for a real vote: asking may set the visitor's cookie.
  const visitor = await visitorOf();
  const visitorHash = sha256Hex(visitor.id);
  // Per client address; where this process cannot know it (started without the peer hook),
  // per visitor, as the sign-in limits fall back to per account, rather than one budget for all.
  const key = `${input.workspaceId}:${visitor.address ? `address:${visitor.address}` : `visitor:${visitorHash}`}`;
  await consumeOrLimit("help-vote", VOTE_LIMIT, key, "Too many votes");
  // A vote again without a comment keeps the comment given before.
  const fields = { locale: input.locale, helpful: input.helpful, ...(input.comment ? { comment: input.comment } : {}) };
  await db.articleVote.upsert({
    where: { articleId_visitorHash: { articleId: input.articleId, visitorHash } },
    create: { workspaceId: input.workspaceId, articleId: input.articleId, visitorHash, ...fields },
    update: fields,
  });
  return { helpful: input.helpful };
}
