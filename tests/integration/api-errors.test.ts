// The REST API's refusals, through the real route handlers against real PostgreSQL: tokens
// (401), other workspaces (404), invalid fields (422), bad JSON (400), stale versions (409),
// the per-token rate limit (429), and the error body shape.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCustomer } from "@/app/api/v1/customers/[id]/route";
import { GET as listCustomers } from "@/app/api/v1/customers/route";
import { GET as listMessages, POST as postMessage } from "@/app/api/v1/tickets/[number]/messages/route";
import { GET as getTicket, PATCH as patchTicket } from "@/app/api/v1/tickets/[number]/route";
import { GET as listTickets, POST as postTicket } from "@/app/api/v1/tickets/route";
import { configureApiAuthFailureLimit, configureApiRateLimit } from "@/server/api/api-rate-limit";
import type { ApiRouteHandler } from "@/server/api/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/server/api-tokens/revoke-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";
import { fromPeer } from "../helpers/peer";

type Call = { token?: string | null; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string> };

async function call(handler: ApiRouteHandler, method: string, path: string, opts: Call = {}) {
  const headers: Record<string, string> = { ...(opts.headers ?? {}) };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  const body = opts.rawBody ?? (opts.body === undefined ? undefined : JSON.stringify(opts.body));
  if (body !== undefined) headers["content-type"] = "application/json";
  const res = await handler(new Request(`http://localhost/api/v1${path}`, { method, headers, body }), {
    params: Promise.resolve(opts.params ?? {}),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

let a: CreatedWorkspace;
let b: CreatedWorkspace;
let adminA: Ctx;
let tokenA: string;
let tokenB: string;
let ticketA: number;
let ticketB: number;
let customerB: string;

beforeAll(async () => {
  a = await makeWorkspace(db());
  b = await makeWorkspace(db());
  adminA = await memberCtx(a, await makeMember(db(), a, { role: "ADMIN" }));
  const adminB = await memberCtx(b, await makeMember(db(), b, { role: "ADMIN" }));
  tokenA = (await createApiToken(adminA, { name: "errors-a" })).token;
  tokenB = (await createApiToken(adminB, { name: "errors-b" })).token;
  const custA = await makeCustomer(db(), a.id);
  const custB = await makeCustomer(db(), b.id);
  customerB = custB.id;
  ticketA = (await makeTicket(db(), a, { customer: custA, messages: [{ kind: "INBOUND", text: "Hello A" }] })).number;
  // B's ticket number is one A does not have, so a 404 for it cannot come from a number clash.
  await makeTicket(db(), b, { customer: custB, messages: [{ kind: "INBOUND", text: "first" }] });
  ticketB = (await makeTicket(db(), b, { customer: custB, messages: [{ kind: "INBOUND", text: "Hello B" }] })).number;
});

afterAll(async () => {
  configureApiRateLimit();
  await closePgPool();
  await disconnectDb();
});

describe("authentication", () => {
  it("answers 401 without a token, with a malformed or unknown one, and after revocation", async () => {
    const revocable = await createApiToken(adminA, { name: "soon-revoked" });
    expect((await call(listTickets, "GET", "/tickets", { token: revocable.token })).status).toBe(200);
    await revokeApiToken(adminA, { name: "soon-revoked" });
    const attempts = [
      await call(listTickets, "GET", "/tickets"),
      await call(listTickets, "GET", "/tickets", { headers: { authorization: tokenA } }),
      await call(listTickets, "GET", "/tickets", { token: "sd_" + "x".repeat(43) }),
      await call(listTickets, "GET", "/tickets", { token: revocable.token }),
      await call(getTicket, "GET", `/tickets/${ticketA}`, { params: { number: String(ticketA) } }),
    ];
    for (const res of attempts) {
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(res.json.error).toMatchObject({ code: "unauthenticated", fields: {} });
      expect(res.json.error.requestId).toBe(res.headers.get("x-request-id"));
    }
  });

  it("echoes a well-formed X-Request-Id", async () => {
    const res = await call(listTickets, "GET", "/tickets", { token: tokenA, headers: { "x-request-id": "req-12345678" } });
    expect(res.headers.get("x-request-id")).toBe("req-12345678");
  });
});

describe("tenancy", () => {
  it("answers 404 for another workspace's ticket, its messages and its customer", async () => {
    const p = { number: String(ticketB) };
    const own = await call(getTicket, "GET", `/tickets/${ticketB}`, { token: tokenB, params: p });
    expect(own.status).toBe(200);
    const foreign = [
      await call(getTicket, "GET", `/tickets/${ticketB}`, { token: tokenA, params: p }),
      await call(patchTicket, "PATCH", `/tickets/${ticketB}`, { token: tokenA, params: p, body: { status: "closed" } }),
      await call(listMessages, "GET", `/tickets/${ticketB}/messages`, { token: tokenA, params: p }),
      await call(postMessage, "POST", `/tickets/${ticketB}/messages`, { token: tokenA, params: p, body: { kind: "note", text: "x" } }),
      await call(getCustomer, "GET", `/customers/${customerB}`, { token: tokenA, params: { id: customerB } }),
      await call(getTicket, "GET", "/tickets/abc", { token: tokenA, params: { number: "abc" } }),
      await call(getCustomer, "GET", "/customers/nope", { token: tokenA, params: { id: "nope" } }),
    ];
    for (const res of foreign) {
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
    // Nothing leaked through the refused writes.
    const ticket = await db().ticket.findUniqueOrThrow({ where: { workspaceId_number: { workspaceId: b.id, number: ticketB } } });
    expect(ticket.status).toBe("OPEN");
    expect(await db().message.count({ where: { ticketId: ticket.id } })).toBe(1);
    const customers = await call(listCustomers, "GET", "/customers", { token: tokenA });
    expect(customers.json.data.map((c: { id: string }) => c.id)).not.toContain(customerB);
  });
});

describe("invalid requests", () => {
  it("answers 422 with a message per field", async () => {
    const res = await call(postTicket, "POST", "/tickets", {
      token: tokenA,
      body: { subject: "", customer: { email: "not-an-email" }, message: {}, priority: "URGENT", extra: 1 },
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe("validation");
    expect(Object.keys(res.json.error.fields)).toEqual(expect.arrayContaining(["subject", "customer.email", "message.text", "priority"]));
    for (const message of Object.values(res.json.error.fields)) expect(message).toEqual(expect.any(String));

    const query = await call(listTickets, "GET", "/tickets?limit=500&status=OPEN&cursor=zzz", { token: tokenA });
    expect(query.status).toBe(422);
    expect(Object.keys(query.json.error.fields)).toEqual(expect.arrayContaining(["limit", "status"]));
    const cursor = await call(listTickets, "GET", "/tickets?cursor=zzz", { token: tokenA });
    expect(cursor.json.error.fields).toEqual({ cursor: "is not a cursor from this API" });

    const p = { number: String(ticketA) };
    const assignee = await call(patchTicket, "PATCH", `/tickets/${ticketA}`, { token: tokenA, params: p, body: { assignee: "nobody@example.com" } });
    expect(assignee.status).toBe(422);
    expect(assignee.json.error.fields).toEqual({ assignee: "is not an active member of this workspace" });
    const area = await call(patchTicket, "PATCH", `/tickets/${ticketA}`, { token: tokenA, params: p, body: { area: "no-such-area" } });
    expect(area.json.error.fields).toEqual({ area: "is not a problem area of this workspace" });
    const kind = await call(postMessage, "POST", `/tickets/${ticketA}/messages`, { token: tokenA, params: p, body: { kind: "inbound", text: "x" } });
    expect(kind.status).toBe(422);
    expect(Object.keys(kind.json.error.fields)).toEqual(["kind"]);
  });

  it("answers 400 for a body that is not JSON and for a malformed If-Match", async () => {
    for (const rawBody of ["{not json", ""]) {
      const res = await call(postTicket, "POST", "/tickets", { token: tokenA, rawBody });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: "bad_request", message: "The request body is not valid JSON" });
    }
    const p = { number: String(ticketA) };
    const res = await call(patchTicket, "PATCH", `/tickets/${ticketA}`, { token: tokenA, params: p, body: {}, headers: { "if-match": "soon" } });
    expect(res.status).toBe(400);
  });
});

describe("optimistic concurrency", () => {
  it("answers 409 with what changed when the version or If-Match is stale", async () => {
    const p = { number: String(ticketA) };
    const loaded = await call(getTicket, "GET", `/tickets/${ticketA}`, { token: tokenA, params: p });
    const v = loaded.json.version as number;
    expect(loaded.headers.get("etag")).toBe(`"${v}"`);
    const changed = await call(patchTicket, "PATCH", `/tickets/${ticketA}`, { token: tokenA, params: p, body: { priority: "high", version: v } });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({ priority: "high", version: v + 1 });

    const stalePatch = await call(patchTicket, "PATCH", `/tickets/${ticketA}`, { token: tokenA, params: p, body: { status: "closed", version: v } });
    expect(stalePatch.status).toBe(409);
    expect(stalePatch.json.error).toMatchObject({
      code: "conflict",
      details: { currentVersion: v + 1, expectedVersion: v, changes: [expect.objectContaining({ type: "PRIORITY_CHANGED", actorType: "API" })] },
    });
    const staleHeader = await call(postMessage, "POST", `/tickets/${ticketA}/messages`, {
      token: tokenA,
      params: p,
      body: { kind: "reply", text: "Sent from a stale page" },
      headers: { "if-match": `"${v}"` },
    });
    expect(staleHeader.status).toBe(409);
    const ticket = await db().ticket.findUniqueOrThrow({ where: { workspaceId_number: { workspaceId: a.id, number: ticketA } } });
    expect(ticket).toMatchObject({ status: "OPEN", version: v + 1 });
    expect(await db().message.count({ where: { ticketId: ticket.id, kind: "REPLY" } })).toBe(0);

    const fresh = await call(postMessage, "POST", `/tickets/${ticketA}/messages`, {
      token: tokenA,
      params: p,
      body: { kind: "reply", text: "Now up to date" },
      headers: { "if-match": changed.headers.get("etag")! },
    });
    expect(fresh.status).toBe(201);
    expect(fresh.headers.get("etag")).toBe(`"${v + 2}"`);
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a token spent its requests, per token", async () => {
    configureApiRateLimit({ points: 3, durationSeconds: 60 });
    try {
      const { token } = await createApiToken(adminA, { name: "rate-limited" });
      const remaining: string[] = [];
      for (let i = 0; i < 3; i++) {
        const ok = await call(listTickets, "GET", "/tickets", { token });
        expect(ok.status).toBe(200);
        expect(ok.headers.get("x-ratelimit-limit")).toBe("3");
        remaining.push(ok.headers.get("x-ratelimit-remaining")!);
      }
      expect(remaining).toEqual(["2", "1", "0"]);
      const limited = await call(listTickets, "GET", "/tickets", { token });
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe("rate_limited");
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(limited.headers.get("x-ratelimit-remaining")).toBe("0");
      // Another token has its own budget.
      expect((await call(listTickets, "GET", "/tickets", { token: tokenB })).status).toBe(200);
    } finally {
      configureApiRateLimit();
    }
  });

  it("answers 429 with Retry-After to an address that keeps sending invalid tokens", async () => {
    configureApiAuthFailureLimit({ points: 3, durationSeconds: 600, blockSeconds: 600 });
    try {
      const from = (ip: string) => fromPeer(ip);
      const guesser = from("203.0.113.7");
      const wrong = [
        { token: "sd_" + "a".repeat(43), headers: guesser },
        // A forged X-Forwarded-For from a peer that is no trusted proxy changes nothing.
        { token: "sd_" + "b".repeat(43), headers: fromPeer("203.0.113.7", "192.0.2.55") },
        { token: null, headers: { ...guesser, authorization: "Bearer nonsense" } },
      ];
      for (const opts of wrong) expect((await call(listTickets, "GET", "/tickets", opts)).status).toBe(401);
      const limited = await call(listTickets, "GET", "/tickets", { token: "sd_" + "c".repeat(43), headers: guesser });
      expect(limited.status).toBe(429);
      expect(limited.json.error.code).toBe("rate_limited");
      const retryAfter = Number(limited.headers.get("retry-after"));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(600);
      // While blocked, the address gets no answer about any token, valid or not.
      expect((await call(listTickets, "GET", "/tickets", { token: tokenA, headers: guesser })).status).toBe(429);
      // Other addresses, and valid tokens elsewhere, are not affected.
      expect((await call(listTickets, "GET", "/tickets", { token: "sd_" + "d".repeat(43), headers: from("198.51.100.9") })).status).toBe(401);
      expect((await call(listTickets, "GET", "/tickets", { token: tokenA, headers: from("198.51.100.10") })).status).toBe(200);
    } finally {
      configureApiAuthFailureLimit();
    }
  });

  it("successful requests never count against the address", async () => {
    configureApiAuthFailureLimit({ points: 2, durationSeconds: 600, blockSeconds: 600 });
    try {
      const headers = fromPeer("203.0.113.20");
      for (let i = 0; i < 5; i++) expect((await call(listTickets, "GET", "/tickets", { token: tokenA, headers })).status).toBe(200);
      expect((await call(listTickets, "GET", "/tickets", { token: "sd_" + "e".repeat(43), headers })).status).toBe(401);
    } finally {
      configureApiAuthFailureLimit();
    }
  });
});
