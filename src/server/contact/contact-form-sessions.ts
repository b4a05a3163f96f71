// What the contact form's visits did, for the help center's measures: a visit's row appears the
// first time it is shown suggestions (or when it is submitted, submit-contact-form.ts), counts the
// answers that listed articles, and keeps which suggested articles the visitor opened. A visit that
// opened one and never submitted is a deflection: the visitor found the answer.
import type { Locale } from "@/i18n/config";
import type { DbTx } from "@/server/db";

/** Counts one answer of the suggestion box that listed articles. */
export async function recordSuggestionsShown(db: DbTx, input: { workspaceId: string; sessionId: string; locale: Locale; now?: Date }): Promise<void> {
  await db.$executeRaw`INSERT INTO "ContactFormSession" ("id", "workspaceId", "locale", "suggestionsShown", "createdAt")
    VALUES (${input.sessionId}::uuid, ${input.workspaceId}::uuid, ${input.locale}, 1, ${input.now ?? new Date()})
    ON CONFLICT ("id") DO UPDATE SET "suggestionsShown" = "ContactFormSession"."suggestionsShown" + 1
     WHERE "ContactFormSession"."workspaceId" = EXCLUDED."workspaceId"`;
}

/** Notes that the visitor opened a suggested article (each article once per visit); false if it is not a published article of the workspace. */
export async function recordSuggestionOpened(db: DbTx, input: { workspaceId: string; sessionId: string; locale: Locale; articleId: string; now?: Date }): Promise<boolean> {
  const translation = await db.articleTranslation.findFirst({
    where: { workspaceId: input.workspaceId, articleId: input.articleId, locale: input.locale, status: "PUBLISHED" },
    select: { articleId: true },
  });
  if (!translation) return false;
  const published = translation.articleId;
  await db.$executeRaw`INSERT INTO "ContactFormSession" ("id", "workspaceId", "locale", "openedArticleIds", "createdAt")
    VALUES (${input.sessionId}::uuid, ${input.workspaceId}::uuid, ${input.locale}, ARRAY[${published}::uuid], ${input.now ?? new Date()})
    ON CONFLICT ("id") DO UPDATE SET "openedArticleIds" = array_append("ContactFormSession"."openedArticleIds", ${published}::uuid)
     WHERE "ContactFormSession"."workspaceId" = EXCLUDED."workspaceId"
       AND NOT (${published}::uuid = ANY("ContactFormSession"."openedArticleIds"))`;
  return true;
}
