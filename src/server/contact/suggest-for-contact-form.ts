// The contact form's suggestion box, behind GET /<workspace>/contact/<locale>/suggestions: up to
// SUGGESTIONS published articles in the page's language for what the visitor is writing, and the
// visit's count of suggestions shown. Public, so limited per client address; a token that is not
// this workspace's still gets suggestions, it just counts for no visit.
import { z } from "zod";
import { LocaleSchema, text } from "@/lib/validation";
import { db as defaultDb, type DbTx } from "@/server/db";
import { findHelpWorkspace } from "@/server/help-center/help-center-pages.queries";
import { suggestArticles } from "@/server/help-center/search-articles";
import { consumeOrLimit, type Limit } from "@/server/rate-limits";
import { parseInput } from "@/server/validate";
import { recordSuggestionOpened, recordSuggestionsShown } from "./contact-form-sessions";
import { formSessionOf } from "./form-token";

export const SUGGESTIONS = 5;
/** A fast typist with a pause every few words asks a few times a minute; this is far above that. */
export const SUGGEST_LIMIT: Limit = { points: 120, durationSeconds: 10 * 60 };

const SuggestInput = z.object({
  workspace: text().trim().min(1).max(48),
  locale: LocaleSchema,
  q: text().max(1_000),
  t: text().max(200).optional(),
});

export type ContactSuggestion = { id: string; slug: string; title: string; snippet: string };

export async function suggestForContactForm(
  raw: z.input<typeof SuggestInput>,
  visitor: { address: string | null },
  db: DbTx = defaultDb(),
): Promise<ContactSuggestion[] | null> {
  const input = parseInput(SuggestInput, raw);
  const workspace = await findHelpWorkspace(input.workspace, db);
  if (!workspace) return null;
  if (visitor.address) await consumeOrLimit("contact-suggest", SUGGEST_LIMIT, visitor.address, "too many suggestion requests");
  const hits = await suggestArticles(db, { workspaceId: workspace.id, locale: input.locale, text: input.q, limit: SUGGESTIONS });
  const sessionId = formSessionOf(input.t, workspace.id);
  if (hits.length > 0 && sessionId) await recordSuggestionsShown(db, { workspaceId: workspace.id, sessionId, locale: input.locale });
  return hits.map((h) => ({ id: h.articleId, slug: h.slug, title: h.title, snippet: h.snippet.map((s) => s.text).join("") }));
}

const OpenedInput = z.object({ workspace: text().trim().min(1).max(48), locale: LocaleSchema, t: text().max(200), articleId: z.uuid() });

/** A suggested article was opened (navigator.sendBeacon): false when the token or article is not the workspace's. */
export async function suggestionOpened(raw: z.input<typeof OpenedInput>, db: DbTx = defaultDb()): Promise<boolean> {
  const input = parseInput(OpenedInput, raw);
  const workspace = await findHelpWorkspace(input.workspace, db);
  const sessionId = workspace ? formSessionOf(input.t, workspace.id) : null;
  if (!workspace || !sessionId) return false;
  return recordSuggestionOpened(db, { workspaceId: workspace.id, sessionId, locale: input.locale, articleId: input.articleId });
}
