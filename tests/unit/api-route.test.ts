// apiRoute's error mapping, without a database: an endpoint that needs no token.
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { apiRoute, defineEndpoint } from "@/server/api/route";
import { AppError } from "@/server/errors";

const Body = z.object({ name: z.string().min(1), age: z.int().min(0) }).strict();
const Out = z.object({ greeting: z.string() });

function route(handler: (name: string) => Promise<unknown>) {
  return apiRoute(
    defineEndpoint({
      method: "POST",
      path: "/test",
      operationId: "test",
      summary: "test",
      tag: "Test",
      auth: false,
      body: Body,
      response: Out,
      // The handler may return anything here, to test the response check.
      handler: async ({ body }) => ({ data: (await handler(body.name)) as z.input<typeof Out> }),
    }),
  );
}

async function post(r: ReturnType<typeof route>, body: string, headers: Record<string, string> = {}) {
  const res = await r(new Request("http://localhost/api/v1/test", { method: "POST", body, headers }), { params: Promise.resolve({}) });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return { status: res.status, headers: res.headers, json: (await res.json()) as any };
}

describe("apiRoute", () => {
  const ok = route(async (name) => ({ greeting: `hi ${name}` }));

  it("answers with the handler's data and a request id", async () => {
    const res = await post(ok, JSON.stringify({ name: "Ada", age: 3 }));
    expect(res).toMatchObject({ status: 200, json: { greeting: "hi Ada" } });
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("maps malformed JSON to 400, invalid fields to 422 and AppErrors to their status", async () => {
    expect((await post(ok, "{")).json.error).toMatchObject({ code: "bad_request", fields: {} });
    expect((await post(ok, "x".repeat(1_000_001))).json.error.message).toMatch(/larger than/);
    const invalid = await post(ok, JSON.stringify({ name: "", age: -1, extra: true }));
    expect(invalid.status).toBe(422);
    // An unknown key has no field of its own: it is reported on "_".
    expect(Object.keys(invalid.json.error.fields).sort()).toEqual(["_", "age", "name"]);
    expect(invalid.json.error.fields._).toMatch(/extra/);
    const conflict = await post(
      route(async () => {
        throw new AppError("CONFLICT", "changed", { details: { currentVersion: 2, expectedVersion: 1, changes: [] } });
      }),
      JSON.stringify({ name: "a", age: 1 }),
    );
    expect(conflict).toMatchObject({ status: 409, json: { error: { code: "conflict", message: "changed", details: { currentVersion: 2 } } } });
    const limited = await post(
      route(async () => {
        throw new AppError("RATE_LIMITED", "slow down", { retryAfter: 7 });
      }),
      JSON.stringify({ name: "a", age: 1 }),
    );
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
  });

  it("answers 500 with a generic message and the request id for anything else", async () => {
    const boom = route(async () => {
      throw new Error("database password is hunter2");
    });
    const res = await post(boom, JSON.stringify({ name: "a", age: 1 }), { "x-request-id": "trace-0001" });
    expect(res.status).toBe(500);
    expect(res.json.error).toMatchObject({ code: "internal", requestId: "trace-0001", fields: {} });
    expect(JSON.stringify(res.json)).not.toContain("hunter2");
    // A response that does not match its documented schema is a bug too (checked outside production).
    const drift = await post(route(async () => ({ greting: "typo" })), JSON.stringify({ name: "a", age: 1 }));
    expect(drift.status).toBe(500);
  });
});
