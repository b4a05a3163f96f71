// POST /<workspace>/help/<locale>/articles/<slug>/feedback: the article page's "Was this helpful?"
// forms (fields helpful = "yes" | "no", articleId, and an optional comment), which work without
// JavaScript. Answers 303 back to the article with the outcome in its query
// (src/lib/article-feedback.ts). A visitor is a random id in a cookie set on their first vote, so
// they can change their vote and nobody else can. Only pages of APP_URL may post (403 otherwise),
// so another site cannot vote in its visitors' names.
import { randomBytes } from "node:crypto";
import type { NextRequest } from "next/server";
import { appUrl } from "@/env";
import { isLocale } from "@/i18n/config";
import { feedbackSearch, type ArticleFeedbackState } from "@/lib/article-feedback";
import { articlePath } from "@/lib/help-center-paths";
import { db as defaultDb, type DbTx } from "@/server/db";
import { isAppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-address";
import { checkSameOrigin } from "@/server/http/same-origin";
import { logger } from "@/server/logger";
import { findHelpWorkspace } from "./help-center-pages.queries";
import { voteOnArticle } from "./vote-on-article";

export const VISITOR_COOKIE = "shopdesk_visitor";
const VISITOR_ID = /^[A-Za-z0-9_-]{22,64}$/;
/** A vote and a 1,000-character comment, percent-encoded, fit well within this. */
const MAX_BODY_BYTES = 16 * 1024;

const plain = (status: number, text: string) => new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

export async function articleFeedbackResponse(
  request: NextRequest,
  target: { workspace: string; locale: string; slug: string },
  db: DbTx = defaultDb(),
): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? undefined;
  try {
    checkSameOrigin(request, new URL(appUrl()).origin);
  } catch {
    return plain(403, "Cross-origin requests are not allowed");
  }
  if (!isLocale(target.locale)) return plain(404, "Not found");
  const workspace = await findHelpWorkspace(target.workspace, db);
  if (!workspace) return plain(404, "Not found");
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/x-www-form-urlencoded") return plain(415, "Send the form as application/x-www-form-urlencoded");
  if (Number(request.headers.get("content-length") ?? 0) > MAX_BODY_BYTES) return plain(413, "The form is too large");
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES) return plain(413, "The form is too large");
  const form = new URLSearchParams(body);

  let newVisitor: string | null = null;
  let state: ArticleFeedbackState;
  try {
    const helpful = form.get("helpful");
    const vote = await voteOnArticle(
      db,
      {
        workspaceId: workspace.id,
        articleId: form.get("articleId") ?? "",
        locale: target.locale,
        // As the form sent it: the use case validates every field (VALIDATION otherwise).
        helpful: (helpful === "yes" ? true : helpful === "no" ? false : helpful) as boolean,
        comment: form.get("comment")?.trim() || undefined,
      },
      async () => {
        const existing = request.cookies.get(VISITOR_COOKIE)?.value;
        const id = existing && VISITOR_ID.test(existing) ? existing : (newVisitor = randomBytes(18).toString("base64url"));
        return { id, address: clientIp(request.headers) };
      },
    );
    state = form.get("comment")?.trim() ? { status: "commented" } : { status: "voted", helpful: vote.helpful };
  } catch (e) {
    if (isAppError(e) && e.code === "RATE_LIMITED") state = { status: "error", code: "rateLimited", retryMinutes: Math.max(1, Math.ceil((e.retryAfter ?? 60) / 60)) };
    else {
      if (!(isAppError(e) && (e.code === "VALIDATION" || e.code === "NOT_FOUND"))) logger.error({ err: e, requestId }, "help-center vote failed");
      state = { status: "error", code: "generic" };
    }
  }
  const headers = new Headers({ Location: articlePath(workspace, target.locale, target.slug) + feedbackSearch(state), "Cache-Control": "no-store" });
  if (newVisitor) {
    // A year, this site only, never readable by scripts; it names no one and carries nothing else.
    const secure = process.env.NODE_ENV === "production" ? "; Secure" : "";
    headers.append("Set-Cookie", `${VISITOR_COOKIE}=${newVisitor}; Path=/; Max-Age=${365 * 24 * 60 * 60}; HttpOnly; SameSite=Lax${secure}`);
  }
  return new Response(null, { status: 303, headers });
}
