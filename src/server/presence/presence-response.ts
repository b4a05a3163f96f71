// POST /api/live/<workspace>/presence: a signed-in member's open ticket page reports that it is
// there (or writing, or gone). Route handlers get no CSRF protection from Next.js (server actions
// do), and next-auth's SameSite=Lax cookie is still sent on some cross-site requests, so this
// answers only same-origin JSON: the Origin header must be APP_URL's origin and the body must
// be application/json (which no HTML form can send). Then: 401 signed out, 404 not a member or
// no such ticket in the workspace, 429 over the rate limit, 400 bad JSON, 422 invalid fields,
// 204 when the signal went out.
import "server-only";
import { randomUUID } from "node:crypto";
import { appUrl } from "@/env";
import { requireMemberAction } from "@/server/auth/session";
import type { Ctx } from "@/server/context";
import { readJsonBody } from "@/server/json-body";
import { AppError, isAppError } from "@/server/errors";
import { checkSameOrigin } from "@/server/http/same-origin";
import { logger } from "@/server/logger";
import { consumePresenceSignal } from "@/server/presence/presence-rate-limit";
import { ReportPresenceInput } from "@/server/presence/presence.schemas";
import { reportPresence } from "@/server/presence/report-presence";
import { parseInput } from "@/server/validate";

const NO_STORE = { "Cache-Control": "no-store" };
/** Far above a valid body (about 100 bytes). */
const MAX_BODY_BYTES = 2_048;
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

export type PresenceRouteOptions = {
  /** Who is asking, from the session; tests pass a resolver for a given user. */
  resolveMember?: (slug: string) => Promise<Ctx>;
  /** The only origin allowed to post; default APP_URL's. */
  origin?: string;
  /** Counts the signal against the member's budget; default the shared PostgreSQL limiter. */
  consume?: (memberId: string) => Promise<void>;
};

export async function handlePresencePost(request: Request, slug: string, options: PresenceRouteOptions = {}): Promise<Response> {
  const incoming = request.headers.get("x-request-id");
  const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  try {
    checkSameOrigin(request, options.origin ?? new URL(appUrl()).origin);
    checkJson(request);
    const ctx = await (options.resolveMember ?? requireMemberAction)(slug);
    if (ctx.actor.type !== "member") throw new AppError("NOT_FOUND");
    await (options.consume ?? consumePresenceSignal)(ctx.actor.memberId);
    const input = parseInput(ReportPresenceInput, await readJsonBody(request, MAX_BODY_BYTES));
    await reportPresence({ ...ctx, log: ctx.log.child({ requestId }) }, input);
    return new Response(null, { status: 204, headers: NO_STORE });
  } catch (e) {
    // The tab went away while its signal was in flight (closed, navigated): nothing to answer.
    if (request.signal.aborted || (e instanceof Error && "code" in e && e.code === "ECONNRESET")) {
      logger.debug({ requestId }, "presence: the client went away before its signal was read");
      return new Response(null, { status: 400, headers: NO_STORE });
    }
    if (isAppError(e)) {
      const message = e.code === "NOT_FOUND" ? "Not found" : e.message;
      return Response.json(
        { error: { code: e.code, message, ...(e.fields ? { fields: e.fields } : {}) } },
        { status: e.status, headers: { ...NO_STORE, ...(e.retryAfter ? { "Retry-After": String(e.retryAfter) } : {}) } },
      );
    }
    logger.error({ err: e, requestId }, "presence: could not report");
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong", requestId } }, { status: 500, headers: NO_STORE });
  }
}

function checkJson(request: Request): void {
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (type !== "application/json") throw new AppError("BAD_REQUEST", "Send the body as application/json");
}
