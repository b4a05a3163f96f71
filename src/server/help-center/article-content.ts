// Writes one language of an article and records it as a new version: what create, save and
// restore have in common. The HTML is sanitized here, on the server, whatever the editor sent.
import type { z } from "zod";
import type { Ctx } from "@/server/context";
import { actorMemberId } from "@/server/context";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import type { Locale } from "@/lib/validation";
import { articleImageIds, articleText, sanitizeArticleHtml } from "./article-html";
import { chooseSlug } from "./help-center-access";
import type { ArticleContentSchema, SavedArticleContent } from "./help-center.schemas";

export type ArticleContent = z.output<typeof ArticleContentSchema>;

/**
 * Saves `content` as the article's language `content.locale` (created when new) and as its next
 * version. `expectedVersion`: the save is refused with CONFLICT when the language has moved on
 * since (someone else saved); two saves racing from the same version end the same way, as the
 * version numbers are unique. `restoredFrom`: the version this save brings back.
 */
export async function writeArticleContent(
  db: DbTx,
  ctx: Pick<Ctx, "actor" | "workspace">,
  articleId: string,
  content: ArticleContent,
  opts: { expectedVersion?: number; restoredFrom?: number; field?: string } = {},
): Promise<SavedArticleContent> {
  const workspaceId = ctx.workspace.id;
  const locale = content.locale as Locale;
  const current = await db.articleTranslation.findUnique({
    where: { articleId_locale: { articleId, locale } },
    select: { id: true, slug: true, version: true, publishedAt: true },
  });
  if (current && opts.expectedVersion !== undefined && current.version !== opts.expectedVersion) {
    throw new AppError("CONFLICT", `This article was saved by someone else since version ${opts.expectedVersion} (it is at version ${current.version}): reload it first`);
  }
  const field = opts.field ?? "content.slug";
  // An edited article keeps its URL unless a new slug is given.
  const slug = await chooseSlug(db, "article", { workspaceId, locale, exceptId: articleId, current: current?.slug }, content.slug, content.title, field);
  const bodyHtml = await sanitizeWithImages(db, ctx.workspace, content.bodyHtml);
  const fields = {
    title: content.title,
    slug,
    description: content.description,
    bodyHtml,
    bodyText: articleText(bodyHtml),
    status: content.status,
    // The first publication's date stays through later edits; unpublishing clears it.
    publishedAt: content.status === "PUBLISHED" ? (current?.publishedAt ?? new Date()) : null,
  };
  let translationId: string;
  let version: number;
  if (current) {
    version = current.version + 1;
    // Compare-and-set: a save that committed since our read makes this one a CONFLICT.
    const { count } = await db.articleTranslation.updateMany({ where: { id: current.id, version: current.version }, data: { ...fields, version } });
    if (count === 0) throw new AppError("CONFLICT", "This article was saved by someone else at the same time: reload it first");
    translationId = current.id;
  } else {
    version = 1;
    translationId = (await db.articleTranslation.create({ data: { workspaceId, articleId, locale, ...fields, version }, select: { id: true } })).id;
  }
  await db.articleVersion.create({
    data: {
      workspaceId,
      translationId,
      version,
      title: fields.title,
      description: fields.description,
      bodyHtml,
      status: fields.status,
      authorMemberId: actorMemberId(ctx.actor),
      restoredFrom: opts.restoredFrom ?? null,
    },
  });
  await db.article.update({ where: { id: articleId }, data: { updatedAt: new Date() } });
  return { articleId, locale, slug, version, status: fields.status };
}

/**
 * The body sanitized, its images limited to those uploaded to this workspace: an id of another
 * workspace's image, pasted under this workspace's path, would only ever show a broken image.
 */
async function sanitizeWithImages(db: DbTx, workspace: Ctx["workspace"], html: string): Promise<string> {
  const clean = sanitizeArticleHtml(html, { workspaceSlug: workspace.slug });
  const ids = articleImageIds(clean);
  if (ids.length === 0) return clean;
  const known = await db.articleImage.findMany({ where: { workspaceId: workspace.id, id: { in: ids } }, select: { id: true } });
  if (known.length === ids.length) return clean;
  return sanitizeArticleHtml(clean, { workspaceSlug: workspace.slug, knownImageIds: new Set(known.map((k) => k.id.toLowerCase())) });
}
