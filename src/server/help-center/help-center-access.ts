// What the help center's use cases share: fetch-or-404 within the workspace, problem areas by key,
// and slugs that are free in a language.
import { fieldError } from "@/server/validate";
import { Prisma, type DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { slugify, uniqueSlug } from "./slug";

export async function getCategoryInWorkspace(db: DbTx, workspaceId: string, id: string) {
  const category = await db.helpCategory.findFirst({ where: { id, workspaceId }, select: { id: true, parentId: true } });
  if (!category) throw new AppError("NOT_FOUND", "No such category");
  return category;
}

export async function getArticleInWorkspace(db: DbTx, workspaceId: string, id: string) {
  const article = await db.article.findFirst({ where: { id, workspaceId }, select: { id: true, categoryId: true } });
  if (!article) throw new AppError("NOT_FOUND", "No such article");
  return article;
}

/**
 * The ids of the workspace's problem areas with these keys; an unknown or archived key is a field
 * error, except an archived area in `kept` (the ids an article already has), which stays.
 */
export async function resolveAreaKeys(db: DbTx, workspaceId: string, keys: readonly string[], field: string, kept: readonly string[] = []): Promise<string[]> {
  if (keys.length === 0) return [];
  const wanted = [...new Set(keys)];
  const found = await db.problemArea.findMany({
    where: { workspaceId, key: { in: wanted }, OR: [{ archivedAt: null }, { id: { in: [...kept] } }] },
    select: { id: true, key: true },
  });
  const missing = wanted.filter((k) => !found.some((a) => a.key === k));
  if (missing.length > 0) {
    throw fieldError(field, "invalid", `unknown problem area: ${missing.join(", ")}`);
  }
  return found.map((a) => a.id);
}

type SlugTable = "article" | "category";

async function slugTaken(db: DbTx, table: SlugTable, workspaceId: string, locale: string, slug: string, exceptId: string | null): Promise<boolean> {
  if (table === "article") {
    return (await db.articleTranslation.count({ where: { workspaceId, locale, slug, ...(exceptId ? { NOT: { articleId: exceptId } } : {}) } })) > 0;
  }
  return (await db.helpCategoryTranslation.count({ where: { workspaceId, locale, slug, ...(exceptId ? { NOT: { categoryId: exceptId } } : {}) } })) > 0;
}

/**
 * The slug to store for an article's or category's language: the one given, which must be free
 * in that language (else a `taken` error on `field`); else the one it has (`current`: an edit
 * keeps its URL); else one made from `title`, with a number added until it is free. `exceptId`:
 * the article or category itself, whose slug may stay.
 */
export async function chooseSlug(
  db: DbTx,
  table: SlugTable,
  target: { workspaceId: string; locale: string; exceptId: string | null; current?: string | null },
  given: string | undefined,
  title: string,
  field: string,
): Promise<string> {
  const { workspaceId, locale, exceptId, current } = target;
  if (given && given !== current) {
    if (await slugTaken(db, table, workspaceId, locale, given, exceptId)) throw slugTakenError(field);
    return given;
  }
  if (current) return current;
  return uniqueSlug(slugify(title), (candidate) => slugTaken(db, table, workspaceId, locale, candidate, exceptId));
}

export function slugTakenError(field: string): AppError {
  return fieldError(field, "taken", "is already used in this language");
}

/** Whether `err` is a unique violation (a concurrent save got there first); `onSlug`: on a slug key. */
export function uniqueViolation(err: unknown): { onSlug: boolean } | null {
  if (!(err instanceof Prisma.PrismaClientKnownRequestError) || err.code !== "P2002") return null;
  // Prisma 7 names the key's columns in meta (driverAdapterError.cause.constraint.fields with
  // driver adapters, target without): either way the word is in there.
  return { onSlug: JSON.stringify(err.meta ?? {}).includes("slug") };
}
