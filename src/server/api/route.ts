// The wrapper of the REST API's route handlers. An endpoint is declared once (method, path,
// schemas, handler) with defineEndpoint; apiRoute turns it into a Next.js route handler that
// - takes the proxy's request id (or makes one) and returns it as X-Request-Id,
// - resolves the Bearer token to its workspace's ctx (401 otherwise; tenancy never comes from input;
//   an address with too many failures gets 429 with Retry-After for a while),
// - counts the request against the token's rate limit (429 with Retry-After; X-RateLimit-* headers),
// - parses path params (malformed -> 404), query (422) and JSON body (400 malformed, 422 invalid),
// - maps AppError codes to statuses and `{ error: { code, message, fields, requestId } }` (plus
//   `details` or `mergedInto` on a 409),
// - logs anything else with the request id and answers 500 with a generic message.
// The OpenAPI document is generated from the same endpoint objects (openapi.ts).
import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { authenticateApiToken } from "@/server/api-tokens/authenticate-api-token";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { readJsonBody, readRawBody } from "@/server/json-body";
import { AppError, isAppError } from "@/server/errors";
import { logger, type Logger } from "@/server/logger";
import { parseInput } from "@/server/validate";
import type { ApiError } from "./api.schemas";
import { clientIp } from "@/server/http/client-address";
import {
  checkApiAuthAllowed,
  consumeApiRequest,
  RateLimitedError,
  rateLimitHeaders,
  recordApiAuthFailure,
  type RateLimitState,
} from "./api-rate-limit";

type Schema = z.ZodType | undefined;
type Out<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export type HandlerInput<A extends boolean, P extends Schema, Q extends Schema, B extends Schema> = {
  ctx: A extends true ? Ctx : null;
  params: Out<P>;
  query: Out<Q>;
  body: Out<B>;
  /** The body's bytes, for an endpoint with `rawBody`. */
  raw: Buffer | undefined;
  request: Request;
  requestId: string;
  log: Logger;
};

export type HandlerResult<R extends z.ZodType> =
  | { status?: number; data: z.input<R>; headers?: Record<string, string> }
  /** A file (an endpoint with `binaryResponse`): sent as it is, with the request id and rate headers added. */
  | { file: Response };

export type Endpoint<A extends boolean, P extends Schema, Q extends Schema, B extends Schema, R extends z.ZodType> = {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** OpenAPI path under /api/v1, with `{param}` placeholders. */
  path: string;
  operationId: string;
  summary: string;
  tag: string;
  auth: A;
  params?: P;
  query?: Q;
  body?: B;
  /** The largest JSON body accepted (1,000,000 bytes unless given): more is 400. */
  maxBodyBytes?: number;
  /** A raw body of this media type instead of JSON (`raw` in the handler), at most maxBytes. */
  rawBody?: { contentType: string; maxBytes: number; tooLargeMessage: string };
  /**
   * Another credential the endpoint accepts besides an API token (an inbound secret): given the
   * bearer value and the path params, the ctx it grants, or null to try it as an API token.
   */
  altAuth?: (input: { bearer: string; params: Out<P>; log: Logger }) => Promise<Ctx | null>;
  response: R;
  /** The success response is a file (its type in `binaryResponse`), not JSON; `response` is unused then. */
  binaryResponse?: string;
  /** Success status (200 unless given). */
  status?: 200 | 201 | 202;
  /** Error statuses this endpoint can answer besides 401/429/500 (for the document). */
  errors?: Array<400 | 403 | 404 | 409 | 422>;
  handler: (input: HandlerInput<A, P, Q, B>) => Promise<HandlerResult<R>>;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEndpoint = Endpoint<boolean, Schema, Schema, Schema, z.ZodType> & { handler: (input: any) => Promise<HandlerResult<z.ZodType>> };

export function defineEndpoint<A extends boolean, P extends Schema, Q extends Schema, B extends Schema, R extends z.ZodType>(
  endpoint: Endpoint<A, P, Q, B, R>,
): Endpoint<A, P, Q, B, R> {
  return endpoint;
}

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };
export type ApiRouteHandler = ((request: Request, context: RouteContext) => Promise<Response>) & { endpoint: AnyEndpoint };

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

function requestIdOf(request: Request): string {
  const incoming = request.headers.get("x-request-id");
  return incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

export function errorBody(e: AppError, requestId: string): ApiError {
  return {
    error: {
      code: e.code.toLowerCase() as ApiError["error"]["code"],
      message: e.message,
      fields: e.fields ?? {},
      requestId,
      ...(e.details ? { details: e.details } : {}),
      ...(e.mergedInto !== undefined ? { mergedInto: e.mergedInto } : {}),
    },
  };
}

/** Far above any valid body (a message is at most 100,000 characters). */
const MAX_BODY_BYTES = 1_000_000;

function queryObject(url: URL): Record<string, string> {
  const out: Record<string, string> = {};
  // The first value of a repeated parameter wins.
  for (const [k, v] of url.searchParams) if (!(k in out)) out[k] = v;
  return out;
}

/**
 * The token's ctx (or the ctx `alt` grants for another credential); every failure counts against
 * the client's address, which is blocked (429) after too many.
 */
async function authenticate(request: Request, log: Logger, alt?: (bearer: string) => Promise<Ctx | null>): Promise<Ctx> {
  const ip = clientIp(request.headers);
  await checkApiAuthAllowed(ip);
  const header = request.headers.get("authorization");
  if (!header || !/^Bearer\s+\S+$/i.test(header.trim())) {
    await recordApiAuthFailure(ip);
    throw new AppError("UNAUTHENTICATED", "Send an API token as `Authorization: Bearer <token>`");
  }
  const ctx = (alt ? await alt(header.trim().replace(/^Bearer\s+/i, "")) : null) ?? (await authenticateApiToken(db(), log, header));
  if (!ctx) {
    await recordApiAuthFailure(ip);
    throw new AppError("UNAUTHENTICATED", "The API token is invalid, revoked, or its creator is no longer an active admin");
  }
  // The audit log records where a change came from.
  return { ...ctx, ip };
}

async function readRaw(request: Request, spec: NonNullable<AnyEndpoint["rawBody"]>): Promise<Buffer> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== spec.contentType) {
    throw new AppError("BAD_REQUEST", `Send the body as \`Content-Type: ${spec.contentType}\``, { fields: { body: `Content-Type must be ${spec.contentType}` } });
  }
  return readRawBody(request, spec.maxBytes, () => new AppError("VALIDATION", spec.tooLargeMessage, { fields: { body: spec.tooLargeMessage } }));
}

export function apiRoute<A extends boolean, P extends Schema, Q extends Schema, B extends Schema, R extends z.ZodType>(
  endpoint: Endpoint<A, P, Q, B, R>,
): ApiRouteHandler {
  const route = async (request: Request, context: RouteContext): Promise<Response> => {
    const requestId = requestIdOf(request);
    const headers: Record<string, string> = { "X-Request-Id": requestId, "Cache-Control": "no-store" };
    let log = logger.child({ requestId, route: `${endpoint.method} ${endpoint.path}` });
    let rate: RateLimitState | undefined;
    try {
      let params: unknown;
      const parseParams = async () => {
        if (!endpoint.params) return;
        const parsed = endpoint.params.safeParse(await context.params);
        // A malformed number or id names no resource: the same 404 as a foreign one.
        if (!parsed.success) throw new AppError("NOT_FOUND", "Not found");
        params = parsed.data;
      };
      let ctx: Ctx | null = null;
      if (endpoint.auth) {
        const altAuth = endpoint.altAuth;
        // Another credential is checked against the resource it names: params first.
        if (altAuth) await parseParams();
        const authed = await authenticate(request, log, altAuth && ((bearer) => altAuth({ bearer, params: params as Out<P>, log })));
        if (authed.actor.type !== "api" && !altAuth) throw new AppError("UNAUTHENTICATED");
        log = authed.log; // already carries the request id, plus the workspace and token ids
        ctx = { ...authed, log };
        if (authed.actor.type === "api") rate = await consumeApiRequest(authed.actor.tokenId);
      }
      if (!endpoint.altAuth) await parseParams();
      const query = endpoint.query ? parseInput(endpoint.query, queryObject(new URL(request.url))) : undefined;
      const body = endpoint.body ? parseInput(endpoint.body, await readJsonBody(request, endpoint.maxBodyBytes ?? MAX_BODY_BYTES)) : undefined;
      const raw = endpoint.rawBody ? await readRaw(request, endpoint.rawBody) : undefined;
      const result = await endpoint.handler({ ctx, params, query, body, raw, request, requestId, log } as HandlerInput<A, P, Q, B>);
      if ("file" in result) {
        for (const [k, v] of Object.entries({ ...headers, ...(rate ? rateLimitHeaders(rate) : {}) })) {
          // A file's own caching header stays (a private image may be cached by the client).
          if (k !== "Cache-Control" || !result.file.headers.has(k)) result.file.headers.set(k, v);
        }
        return result.file;
      }
      // Outside production, every response is checked against the schema the document shows.
      const data = process.env.NODE_ENV === "production" ? result.data : endpoint.response.parse(result.data);
      return Response.json(data, {
        status: result.status ?? endpoint.status ?? 200,
        headers: { ...headers, ...(rate ? rateLimitHeaders(rate) : {}), ...result.headers },
      });
    } catch (e) {
      if (e instanceof RateLimitedError) rate = e.state;
      if (isAppError(e)) {
        const extra: Record<string, string> = {
          ...(rate ? rateLimitHeaders(rate) : {}),
          ...(e.retryAfter ? { "Retry-After": String(e.retryAfter) } : {}),
          ...(e.code === "UNAUTHENTICATED" ? { "WWW-Authenticate": 'Bearer realm="shopdesk"' } : {}),
        };
        if (e.code === "RATE_LIMITED") log.info({ code: e.code }, "api request refused");
        return Response.json(errorBody(e, requestId), { status: e.status, headers: { ...headers, ...extra } });
      }
      log.error({ err: e }, "api request failed");
      const internal: ApiError = {
        error: { code: "internal", message: "Something went wrong; quote the request id when you report it", fields: {}, requestId },
      };
      return Response.json(internal, { status: 500, headers: { ...headers, ...(rate ? rateLimitHeaders(rate) : {}) } });
    }
  };
  return Object.assign(route, { endpoint: endpoint as unknown as AnyEndpoint });
}
