"use server";
// The public help center's server actions (no sign-in). A visitor is a random id in a cookie set on
// their first vote, so they can change their vote and nobody else can.
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { clientIp } from "@/server/http/client-address";
import { logger } from "@/server/logger";
import { voteOnArticle, type VoteOnArticleInput } from "./vote-on-article";

const VISITOR_COOKIE = "shopdesk_visitor";
const VISITOR_ID = /^[A-Za-z0-9_-]{22,64}$/;

export type VoteState =
  | { status: "idle" }
  | { status: "voted"; helpful: boolean; commented: boolean }
  | { status: "error"; code: "rateLimited" | "notFound" | "invalid" | "generic"; retryAfter?: number };

async function visitorId(): Promise<string> {
  const jar = await cookies();
  const existing = jar.get(VISITOR_COOKIE)?.value;
  if (existing && VISITOR_ID.test(existing)) return existing;
  const id = randomBytes(18).toString("base64url");
  // A year, this site only, never readable by scripts; it names no one and carries nothing else.
  jar.set(VISITOR_COOKIE, id, { httpOnly: true, sameSite: "lax", secure: process.env.NODE_ENV === "production", path: "/", maxAge: 365 * 24 * 60 * 60 });
  return id;
}

/** "Was this helpful?": form fields workspaceId, articleId, locale, helpful ("yes" | "no"), comment. */
export async function voteOnArticleAction(_previous: VoteState, form: FormData): Promise<VoteState> {
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const helpful = field("helpful");
  const comment = field("comment")?.trim() || undefined;
  try {
    // As the form sent it: the use case validates every field (VALIDATION otherwise).
    const raw = { workspaceId: field("workspaceId"), articleId: field("articleId"), locale: field("locale"), helpful: helpful === "yes" ? true : helpful === "no" ? false : helpful, comment };
    const vote = await voteOnArticle(db(), raw as VoteOnArticleInput, async () => ({ id: await visitorId(), address: clientIp(await headers()) }));
    return { status: "voted", helpful: vote.helpful, commented: Boolean(comment) };
  } catch (e) {
    if (isAppError(e)) {
      if (e.code === "RATE_LIMITED") return { status: "error", code: "rateLimited", retryAfter: e.retryAfter };
      if (e.code === "NOT_FOUND") return { status: "error", code: "notFound" };
      if (e.code === "VALIDATION") return { status: "error", code: "invalid" };
    }
    logger.error({ err: e }, "help-center vote failed");
    return { status: "error", code: "generic" };
  }
}
