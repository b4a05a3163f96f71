// Presence end to end on the server: a member's POST goes out with pg_notify on the presence
// channel, through a real LISTEN connection to the live streams of that workspace only; the
// route's refusals (other origins, non-JSON, signed out, non-members, foreign tickets, bad bodies,
// the rate limit). The session is replaced by a resolver for a given user, built the same way.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadMemberContext } from "@/server/auth/member-context";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { AppError } from "@/server/errors";
import { createLiveStream } from "@/server/live/live-stream";
import { SseReader, type SseMessage } from "@/server/live/sse";
import { TicketListener } from "@/server/live/ticket-listener";
import { PRESENCE_LIMIT } from "@/server/presence/presence-rate-limit";
import { handlePresencePost, type PresenceRouteOptions } from "@/server/presence/presence-response";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { silentLog } from "../helpers/context";
import { capturingLogger, withClient } from "../helpers/infra";
import { PRESENCE_CHANNEL } from "@/server/presence/presence-signal";

const ORIGIN = "https://desk.example.test";

let a: CreatedWorkspace;
let b: CreatedWorkspace;
let alice: MadeMember; // member of A, posts
let ana: MadeMember; // member of A, watches A's stream
let bob: MadeMember; // member of B only
let bea: MadeMember; // member of B, watches B's stream
let ticketA: { id: string; number: number };
let ticketB: number;
let listener: TicketListener;
const aborts: AbortController[] = [];

/** Who the session says is signed in, resolved like requireMemberAction: NOT_FOUND when not a member. */
function as(m: MadeMember | null): PresenceRouteOptions {
  return {
    origin: ORIGIN,
    resolveMember: async (slug: string): Promise<Ctx> => {
      if (!m) throw new AppError("UNAUTHENTICATED");
      const ctx = await loadMemberContext(db(), silentLog, { id: m.userId, email: m.email, name: m.name }, slug);
      if (!ctx) throw new AppError("NOT_FOUND");
      return ctx;
    },
  };
}

function post(slug: string, body: unknown, options: PresenceRouteOptions, headers: Record<string, string> = {}) {
  const request = new Request(`${ORIGIN}/api/live/${slug}/presence`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: ORIGIN, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  return handlePresencePost(request, slug, options);
}

/** A member's live stream on the real listener, collecting its events. */
function watch(workspaceId: string, viewerMemberId: string) {
  const abort = new AbortController();
  aborts.push(abort);
  const stream = createLiveStream({
    workspaceId,
    subscribe: (ws, s) => listener.subscribe(ws, s),
    signal: abort.signal,
    log: silentLog,
    viewerMemberId,
  });
  const events: SseMessage[] = [];
  const waiters: Array<() => void> = [];
  void (async () => {
    const reader = stream.getReader();
    const decoder = new TextDecoder();
    const sse = new SseReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      events.push(...sse.push(decoder.decode(value, { stream: true })));
      for (const w of waiters.splice(0)) w();
    }
  })();
  const presence = () => events.filter((e) => e.event === "presence").map((e) => JSON.parse(e.data) as Record<string, unknown>);
  const waitFor = async (match: (p: Record<string, unknown>) => boolean, what: string) => {
    const deadline = Date.now() + 10_000;
    while (!presence().some(match)) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  };
  return { presence, waitFor };
}

beforeAll(async () => {
  a = await makeWorkspace(db());
  b = await makeWorkspace(db());
  alice = await makeMember(db(), a, { role: "LIGHT_AGENT" });
  ana = await makeMember(db(), a, { role: "AGENT" });
  bob = await makeMember(db(), b, { role: "ADMIN" });
  bea = await makeMember(db(), b, { role: "AGENT" });
  const t = await makeTicket(db(), a, { customer: await makeCustomer(db(), a.id), messages: [{ kind: "INBOUND", text: "Where is my parcel?" }] });
  ticketA = { id: t.id, number: t.number };
  const custB = await makeCustomer(db(), b.id);
  // B's second ticket has a number A does not have, so its 404 cannot come from a number clash.
  await makeTicket(db(), b, { customer: custB, messages: [{ kind: "INBOUND", text: "one" }] });
  ticketB = (await makeTicket(db(), b, { customer: custB, messages: [{ kind: "INBOUND", text: "two" }] })).number;
  listener = new TicketListener({ connectionString: inject("databaseUrl"), log: silentLog, backoffMs: () => 50, applicationName: `presence-test-${randomUUID().slice(0, 8)}` });
});

afterAll(async () => {
  for (const abort of aborts) abort.abort();
  await listener.close();
});

describe("POST /api/live/<workspace>/presence", () => {
  it("reaches the workspace's live streams through NOTIFY, and never another workspace's", async () => {
    const streamA = watch(a.id, ana.memberId);
    const streamB = watch(b.id, bea.memberId);
    await listener.whenListening();

    const res = await post(a.slug, { ticketNumber: ticketA.number, state: "replying", tab: "alice-tab-0001" }, as(alice));
    expect(res.status).toBe(204);
    await streamA.waitFor((p) => p.memberId === alice.memberId && p.state === "replying", "Alice's presence on A's stream");
    expect(streamA.presence()).toEqual([
      { ticketId: ticketA.id, number: ticketA.number, memberId: alice.memberId, name: alice.name, tab: "alice-tab-0001", state: "replying", at: expect.any(Number) },
    ]);
    const at = streamA.presence()[0]!.at as number;
    expect(Math.abs(at - Date.now())).toBeLessThan(60_000);

    // Committed after Alice's signal, so it reaches B's stream after hers would have.
    expect((await post(b.slug, { ticketNumber: ticketB, state: "viewing", tab: "bob-tab-00001" }, as(bob))).status).toBe(204);
    await streamB.waitFor((p) => p.memberId === bob.memberId, "B's own signal");
    expect(streamB.presence().map((p) => p.memberId)).toEqual([bob.memberId]);
    expect(streamA.presence().map((p) => p.memberId)).toEqual([alice.memberId]);
  });

  it("is not echoed to the member who sent it, and is delivered to the others", async () => {
    const own = watch(a.id, alice.memberId);
    const other = watch(a.id, ana.memberId);
    await listener.whenListening();
    expect((await post(a.slug, { ticketNumber: ticketA.number, state: "noting", tab: "alice-tab-0002" }, as(alice))).status).toBe(204);
    expect((await post(a.slug, { ticketNumber: ticketA.number, state: "viewing", tab: "ana-tab-00001" }, as(ana))).status).toBe(204);
    await other.waitFor((p) => p.tab === "alice-tab-0002", "Alice's note on Ana's stream");
    await own.waitFor((p) => p.tab === "ana-tab-00001", "Ana's signal on Alice's stream");
    expect(own.presence().map((p) => p.memberId)).toEqual([ana.memberId]);
    expect(other.presence().map((p) => p.memberId)).toEqual([alice.memberId]);
  });

  it("answers 404 to non-members and for another workspace's ticket number, the same as for no workspace", async () => {
    const body = { ticketNumber: ticketA.number, state: "viewing", tab: "bob-tab-00002" };
    const foreign = await post(a.slug, body, as(bob));
    const missing = await post("no-such-workspace", body, as(bob));
    expect(foreign.status).toBe(404);
    expect(await foreign.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found" } });
    expect(await missing.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found" } });
    const foreignTicket = await post(a.slug, { ...body, ticketNumber: ticketB, tab: "alice-tab-0003" }, as(alice));
    expect(foreignTicket.status).toBe(404);
    expect((await post(a.slug, body, as(null))).status).toBe(401);
  });

  it("answers 422 with the fields of a bad body, and 400 to something that is not JSON", async () => {
    const res = await post(a.slug, { ticketNumber: -1, state: "typing", tab: "alice-tab-0004" }, as(alice));
    expect(res.status).toBe(422);
    const json = (await res.json()) as { error: { code: string; fields: Record<string, string> } };
    expect(json.error.code).toBe("VALIDATION");
    expect(Object.keys(json.error.fields).sort()).toEqual(["state", "ticketNumber"]);
    expect((await post(a.slug, { ticketNumber: ticketA.number, state: "viewing", tab: "alice-tab-0004", text: "Dear customer" }, as(alice))).status).toBe(422);
    expect((await post(a.slug, "{not json", as(alice))).status).toBe(400);
  });

  it("refuses other origins, requests without an Origin, cross-site fetches and non-JSON content types", async () => {
    const body = { ticketNumber: ticketA.number, state: "viewing", tab: "alice-tab-0005" };
    const evil = await post(a.slug, body, as(alice), { origin: "https://evil.example" });
    expect(evil.status).toBe(403);
    const request = new Request(`${ORIGIN}/api/live/${a.slug}/presence`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect((await handlePresencePost(request, a.slug, as(alice))).status).toBe(403);
    expect((await post(a.slug, body, as(alice), { "sec-fetch-site": "cross-site" })).status).toBe(403);
    // What an HTML form can send cross-site without a preflight.
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"]) {
      expect((await post(a.slug, body, as(alice), { "content-type": type })).status, type).toBe(400);
    }
    expect((await post(a.slug, body, as(alice), { "content-type": "application/json; charset=utf-8" })).status).toBe(204);
    // Only APP_URL's origin counts: not the Host or X-Forwarded-Host a client sends along.
    expect((await post(a.slug, body, as(alice), { origin: "https://evil.example", "x-forwarded-host": "evil.example" })).status).toBe(403);
    expect((await post(a.slug, body, as(alice), { origin: "http://127.0.0.1:3999", host: "127.0.0.1:3999" })).status).toBe(403);
    expect((await post(a.slug, body, as(alice), { origin: "https://evil.example", host: "127.0.0.1:3999" })).status).toBe(403);
  });

  it("answers a tab that went away mid-request without reporting an error", async () => {
    const gone = Object.assign(new Error("aborted"), { code: "ECONNRESET" });
    const request = new Request(`${ORIGIN}/api/live/${a.slug}/presence`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: ORIGIN },
      body: new ReadableStream({ pull: (c) => c.error(gone) }),
      duplex: "half",
    } as RequestInit);
    expect((await handlePresencePost(request, a.slug, as(alice))).status).toBe(400);
  });

  it("drops malformed presence payloads at the listener without echoing them", async () => {
    const { log, records, lines } = capturingLogger("warn");
    const own = new TicketListener({ connectionString: inject("databaseUrl"), log, backoffMs: () => 50 });
    try {
      const got: string[] = [];
      own.subscribe(a.id, (e) => void (e.type === "presence" && got.push(e.presence.tab)));
      await own.whenListening();
      const good = { workspaceId: a.id, ticketId: ticketA.id, number: ticketA.number, memberId: ana.memberId, name: "Ana", tab: "good-tab-0001", state: "viewing", at: 1 };
      await withClient(inject("databaseUrl"), async (c) => {
        for (const payload of ["secret-text", JSON.stringify({ ...good, state: "writing secret-text" }), JSON.stringify(good)]) {
          await c.query("SELECT pg_notify($1, $2)", [PRESENCE_CHANNEL, payload]);
        }
      });
      for (let i = 0; i < 50 && got.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
      expect(got).toEqual(["good-tab-0001"]);
      const dropped = records.filter((r) => r.msg === "live updates: dropped a malformed notification");
      expect(dropped.map((r) => [r.channel, r.reason])).toEqual([
        [PRESENCE_CHANNEL, "not JSON"],
        [PRESENCE_CHANNEL, "invalid fields: state"],
      ]);
      expect(lines.join("\n")).not.toContain("secret-text");
    } finally {
      await own.close();
    }
  });

  it("limits how many signals one member may send, shared through PostgreSQL", async () => {
    const flooder = await makeMember(db(), a, { role: "AGENT" });
    const body = { ticketNumber: ticketA.number, state: "viewing", tab: "flood-tab-0001" };
    for (let i = 0; i < PRESENCE_LIMIT.points; i++) {
      const res = await post(a.slug, body, as(flooder));
      if (res.status !== 204) throw new Error(`signal ${i + 1} was refused with ${res.status}`);
    }
    const refused = await post(a.slug, body, as(flooder));
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // Another member is not affected.
    expect((await post(a.slug, { ...body, tab: "ana-tab-00002" }, as(ana))).status).toBe(204);
  });
});
