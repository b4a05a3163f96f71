// Calling a REST route handler as a client would: a bearer token, a JSON body, the route's params.
import type { ApiRouteHandler } from "@/server/api/route";

export type ApiCall = { token: string; body?: unknown; params?: Record<string, string> };

export async function callApi(handler: ApiRouteHandler, method: string, path: string, opts: ApiCall) {
  const headers: Record<string, string> = { authorization: `Bearer ${opts.token}` };
  if (opts.body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(
    new Request(`http://localhost/api/v1${path}`, { method, headers, body: opts.body === undefined ? undefined : JSON.stringify(opts.body) }),
    { params: Promise.resolve(opts.params ?? {}) },
  );
  const raw = await res.text();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- a test reads whatever the answer holds
  return { status: res.status, headers: res.headers, raw, json: (raw ? JSON.parse(raw) : null) as any };
}
