// GET /api/live/<workspace>: authorizes the signed-in member of that workspace and answers with
// the event stream (ticket changes and other members' presence). Anyone else gets the same JSON
// errors as the rest of the app: 401 when signed out, 404 when not a member (whether or not the
// workspace exists). Per process: at most LIVE_MAX_STREAMS_PER_MEMBER streams per member (the
// oldest closes), at most LIVE_OPEN_CONCURRENCY openings querying the database at once, and one
// access re-check query per heartbeat for all streams (see live-registry.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import { getSessionUser, requireMemberAction } from "@/server/auth/session";
import { db } from "@/server/db";
import { isAppError } from "@/server/errors";
import { allowedLiveViewers } from "@/server/live/live-access";
import { Gate, LiveRegistry } from "@/server/live/live-registry";
import { z } from "zod";
import { createLiveStream, LIVE_HEARTBEAT_MS } from "@/server/live/live-stream";
import { subscribeToTicketChanges, ticketListenerReady, ticketsChangedSince } from "@/server/live/ticket-listener";
import { logger } from "@/server/logger";

const NO_STORE = { "Cache-Control": "no-store" };

/** Streams one member may hold open in one web process (tabs, windows); the oldest closes first. */
export const LIVE_MAX_STREAMS_PER_MEMBER = 10;
/** Stream openings that may query the database at once; the pool keeps the rest for pages. */
export const LIVE_OPEN_CONCURRENCY = 2;

const globalForLive = globalThis as unknown as { shopdeskLiveRegistry?: LiveRegistry; shopdeskLiveGate?: Gate };

function liveRegistry(): LiveRegistry {
  globalForLive.shopdeskLiveRegistry ??= new LiveRegistry({
    maxPerMember: LIVE_MAX_STREAMS_PER_MEMBER,
    checkIntervalMs: LIVE_HEARTBEAT_MS,
    allowedViewers: (viewers) => allowedLiveViewers(db(), viewers),
    log: logger,
  });
  return globalForLive.shopdeskLiveRegistry;
}

function openingGate(): Gate {
  globalForLive.shopdeskLiveGate ??= new Gate(LIVE_OPEN_CONCURRENCY);
  return globalForLive.shopdeskLiveGate;
}

/**
 * Taken off `since`: the page's data may have been read a little before its render time was
 * taken, and web processes' clocks may differ slightly. A change inside the margin costs one
 * extra refresh, never a missed one.
 */
const RENDER_MARGIN_MS = 2_000;
const Since = z.coerce.number().int().positive();

/** `?since=`: when the page opening the stream was rendered (ms since the epoch), or null. */
function renderedAt(request: Request): number | null {
  const parsed = Since.safeParse(new URL(request.url).searchParams.get("since") ?? undefined);
  return parsed.success ? parsed.data : null;
}

export async function openLiveResponse(request: Request, slug: string): Promise<Response> {
  const requestId = request.headers.get("x-request-id") ?? randomUUID();
  try {
    const { ctx, user } = await openingGate().run(async () => ({ ctx: await requireMemberAction(slug), user: await getSessionUser() }));
    if (!user || ctx.actor.type !== "member") throw new Error("member context without a session user");
    const viewer = {
      memberId: ctx.actor.memberId,
      userId: user.id,
      workspaceId: ctx.workspace.id,
      sessionVersion: user.sessionVersion,
    };
    const log = ctx.log.child({ requestId });
    // Answer once LISTEN is active, so the client's `open` means "changes from now on arrive".
    // If the database is away, answer anyway: the listener sends `resync` when it is back.
    if (!(await ticketListenerReady())) log.warn("live updates: stream opened before the listener was ready");
    const stream = createLiveStream({
      workspaceId: ctx.workspace.id,
      subscribe: subscribeToTicketChanges,
      signal: request.signal,
      log,
      register: (close) => liveRegistry().add(viewer, close),
      viewerMemberId: viewer.memberId,
      missedBeforeOpen: () => {
        const since = renderedAt(request);
        return since !== null && ticketsChangedSince(viewer.workspaceId, since - RENDER_MARGIN_MS);
      },
    });
    return new Response(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        // no-transform keeps compression middleware from buffering the stream.
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
      },
    });
  } catch (e) {
    if (isAppError(e)) {
      return Response.json(
        { error: { code: e.code, message: e.code === "NOT_FOUND" ? "Not found" : e.message } },
        { status: e.status, headers: NO_STORE },
      );
    }
    logger.error({ err: e, requestId }, "live updates: could not open the stream");
    return Response.json({ error: { code: "INTERNAL", message: "Something went wrong", requestId } }, { status: 500, headers: NO_STORE });
  }
}
