// Wrappers for server actions. They resolve the member from the session and the workspace
// slug (never from input), parse input with zod, and turn errors into a plain result that
// client forms render. Unexpected errors are logged with a request id and shown generically.
import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";
import type { z } from "zod";
import type { Ctx } from "@/server/context";
import { isAppError, type ConflictDetails, type ErrorCode, type FieldIssue } from "@/server/errors";
import { logger } from "@/server/logger";
import { parseInput } from "@/server/validate";
import { requireMemberAction } from "@/server/auth/session";

export type ActionError = {
  code: ErrorCode | "INTERNAL";
  message: string;
  fields?: Record<string, FieldIssue>;
  /** CONFLICT: what changed since the caller loaded the record. */
  details?: ConflictDetails;
  /** CONFLICT: the ticket was merged into the ticket with this number and is read-only. */
  mergedInto?: number;
  /** RATE_LIMITED: seconds until the caller may try again. */
  retryAfter?: number;
  requestId?: string;
};
export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ActionError };

export function toActionError(e: unknown, requestId: string): ActionError {
  if (isAppError(e)) {
    const fields =
      e.fieldIssues ??
      (e.fields && Object.fromEntries(Object.entries(e.fields).map(([k, m]) => [k, { code: "invalid", message: m }])));
    return {
      code: e.code,
      message: e.message,
      ...(fields ? { fields } : {}),
      ...(e.details ? { details: e.details } : {}),
      ...(e.mergedInto !== undefined ? { mergedInto: e.mergedInto } : {}),
      ...(e.retryAfter !== undefined ? { retryAfter: e.retryAfter } : {}),
    };
  }
  logger.error({ err: e, requestId }, "server action failed");
  return { code: "INTERNAL", message: "Something went wrong", requestId };
}

/** The proxy's request id (also sent back as X-Request-Id), so logs and responses correlate. */
async function currentRequestId(): Promise<string> {
  try {
    return (await headers()).get("x-request-id") ?? randomUUID();
  } catch {
    return randomUUID(); // outside a request (tests, scripts)
  }
}

/** Runs `fn` and turns what it throws into an ActionResult. */
export async function runAction<T>(fn: (requestId: string) => Promise<T>): Promise<ActionResult<T>> {
  const requestId = await currentRequestId();
  try {
    return { ok: true, data: await fn(requestId) };
  } catch (e) {
    // redirect() and notFound() are control flow, not failures.
    if (e && typeof e === "object" && "digest" in e && typeof e.digest === "string" && /^NEXT_/.test(e.digest)) throw e;
    return { ok: false, error: toActionError(e, requestId) };
  }
}

/**
 * A server action for members of a workspace: `(workspaceSlug, input) => ActionResult`.
 * The use case checks the role; this wrapper checks membership and input shape.
 */
export function agentAction<S extends z.ZodType, T>(
  schema: S,
  handler: (ctx: Ctx, input: z.output<S>) => Promise<T>,
): (workspaceSlug: string, input: z.input<S>) => Promise<ActionResult<T>> {
  return async (workspaceSlug, raw) =>
    runAction(async (requestId) => {
      const ctx = await requireMemberAction(workspaceSlug);
      const input = parseInput(schema, raw);
      return handler({ ...ctx, log: ctx.log.child({ requestId }) }, input);
    });
}
