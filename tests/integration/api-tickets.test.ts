// The REST API's tickets, messages and customers through the real route handlers against real
// PostgreSQL: shapes (camelCase, lower-case enums), filters, keyset pagination under concurrent
// inserts, create -> reply -> note, tag sets, customers, and the public OpenAPI document.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getCustomer } from "@/app/api/v1/customers/[id]/route";
import { GET as listCustomers } from "@/app/api/v1/customers/route";
import { GET as openApi } from "@/app/api/v1/openapi.json/route";
import { POST as moveMessage } from "@/app/api/v1/tickets/[number]/messages/[id]/move/route";
import { GET as listMessages, POST as postMessage } from "@/app/api/v1/tickets/[number]/messages/route";
import { GET as getTicket, PATCH as patchTicket } from "@/app/api/v1/tickets/[number]/route";
import { GET as listTickets, POST as postTicket } from "@/app/api/v1/tickets/route";
import { ApiTicket } from "@/server/api/api.schemas";
import type { ApiRouteHandler } from "@/server/api/route";
import { callApi, type ApiCall } from "../helpers/api-call";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { closePgPool } from "@/server/pg-pool";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx } from "../helpers/context";
import { getAgentThread } from "@/server/tickets/ticket.queries";

type Call = Partial<ApiCall>;

const call = (handler: ApiRouteHandler, method: string, path: string, opts: Call = {}) => callApi(handler, method, path, { ...opts, token: opts.token ?? token });

let ws: CreatedWorkspace;
let token: string;
let agent: MadeMember;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await makeMember(db(), ws, { role: "AGENT", name: "Agnes Agent" });
  token = (await createApiToken(admin, { name: "tickets" })).token;
});

afterAll(async () => {
  await closePgPool();
  await disconnectDb();
});

describe("create, reply, note", () => {
  it("creates a ticket (201 + Location), then its reply and note show in the thread with their kinds", async () => {
    const created = await call(postTicket, "POST", "/tickets", {
      body: {
        subject: "Parcel arrived damaged",
        customer: { email: "Dora@Example.com", name: "Dora" },
        message: { text: "The box was crushed." },
        priority: "high",
        area: "returns",
        orderNumber: "#ds-1001",
      },
    });
    expect(created.status).toBe(201);
    const t = created.json;
    expect(ApiTicket.parse(t)).toEqual(t);
    expect(t).toMatchObject({
      subject: "Parcel arrived damaged",
      status: "open",
      priority: "high",
      channel: "api",
      area: "returns",
      orderNumber: "DS-1001",
      tags: [],
      assignee: null,
      customer: { email: "dora@example.com", name: "Dora" },
      version: 0,
    });
    expect(created.headers.get("location")).toBe(`/api/v1/tickets/${t.number}`);
    expect(t.lastMessageAt).toBe(t.createdAt);

    const p = { number: String(t.number) };
    const reply = await call(postMessage, "POST", `/tickets/${t.number}/messages`, { params: p, body: { kind: "reply", text: "Sorry! A new one is on its way." } });
    expect(reply.status).toBe(201);
    // The token wrote it: its name is the author (an integration has no email), and the row says which token.
    expect(reply.json).toMatchObject({ kind: "reply", author: { type: "agent", name: "tickets", email: null }, html: null });
    // A reply waits in the outbox for the worker's mail sender.
    expect(reply.json.delivery).toEqual({ status: "queued", attempts: 0, lastError: null });
    const stored = await db().message.findUniqueOrThrow({ where: { id: reply.json.id }, select: { authorApiTokenId: true, authorMemberId: true } });
    expect(stored.authorMemberId).toBeNull();
    expect(stored.authorApiTokenId).not.toBeNull();
    // The agents' thread names the token too.
    const agentThread = await getAgentThread(await memberCtx(ws, agent), t.id);
    expect(agentThread.find((e) => e.id === reply.json.id)).toMatchObject({ authorName: "tickets", authorKind: "agent" });
    const note = await call(postMessage, "POST", `/tickets/${t.number}/messages`, { params: p, body: { kind: "note", text: "Courier claim filed." } });
    expect(note.status).toBe(201);
    expect(note.json.kind).toBe("note");
    // A note is never sent: it has no delivery.
    expect(note.json.delivery).toBeNull();

    const thread = await call(listMessages, "GET", `/tickets/${t.number}/messages`, { params: p });
    expect(thread.status).toBe(200);
    expect(thread.json.data.map((m: { kind: string; text: string }) => [m.kind, m.text])).toEqual([
      ["inbound", "The box was crushed."],
      ["reply", "Sorry! A new one is on its way."],
      ["note", "Courier claim filed."],
    ]);
    expect(thread.json.data[0].author).toEqual({ type: "customer", name: "Dora", email: "dora@example.com" });
    expect(thread.json.data.map((m: { delivery: { status: string } | null }) => m.delivery?.status ?? null)).toEqual([null, "queued", null]);

    // The API is for agents: search finds the ticket by its internal note too.
    const found = await call(listTickets, "GET", "/tickets?q=courier");
    expect(found.json.data.map((x: { number: number }) => x.number)).toContain(t.number);

    const after = await call(getTicket, "GET", `/tickets/${t.number}`, { params: p });
    expect(after.json.version).toBe(2);
    expect(after.json.lastMessageAt).toBe(note.json.createdAt);
  });

  it("shows the member who wrote a message made in the app", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const made = await makeTicket(db(), ws, {
      customer,
      assigneeId: agent.memberId,
      messages: [
        { kind: "INBOUND", text: "Hi" },
        { kind: "NOTE", text: "VIP" },
      ],
    });
    const thread = await call(listMessages, "GET", `/tickets/${made.number}/messages`, { params: { number: String(made.number) } });
    expect(thread.json.data[1]).toMatchObject({ kind: "note", author: { type: "agent", name: "Agnes Agent", email: agent.email } });
    const ticket = await call(getTicket, "GET", `/tickets/${made.number}`, { params: { number: String(made.number) } });
    expect(ticket.json.assignee).toEqual({ email: agent.email, name: "Agnes Agent" });
  });
});

describe("moving a message to a new ticket", () => {
  it("answers 201 with the new ticket; 422 for the first message or a reply, 409 once moved, 404 for another workspace's", async () => {
    const customer = await makeCustomer(db(), ws.id, { email: "erin@example.com", name: "Erin" });
    const made = await makeTicket(db(), ws, {
      customer,
      channel: "PORTAL",
      subject: "Broken zipper",
      messages: [
        { kind: "INBOUND", text: "The zipper broke" },
        { kind: "REPLY", text: "Send us a photo?", authorMemberId: agent.memberId },
        { kind: "INBOUND", text: "Separately: where is my gift card?" },
      ],
    });
    const [first, reply, second] = made.messages;
    const move = (number: number, id: string) => call(moveMessage, "POST", `/tickets/${number}/messages/${id}/move`, { params: { number: String(number), id } });

    const moved = await move(made.number, second!.id);
    expect(moved.status).toBe(201);
    expect(ApiTicket.parse(moved.json.ticket)).toMatchObject({ subject: "Broken zipper", status: "open", channel: "portal", customer: { email: "erin@example.com" } });
    expect(moved.json.ticket.number).not.toBe(made.number);
    expect(moved.headers.get("location")).toBe(`/api/v1/tickets/${moved.json.ticket.number}`);
    const newThread = await call(listMessages, "GET", `/tickets/${moved.json.ticket.number}/messages`, { params: { number: String(moved.json.ticket.number) } });
    expect(newThread.json.data.map((m: { id: string }) => m.id)).toEqual([second!.id]);

    expect(await move(made.number, second!.id)).toMatchObject({ status: 409, json: { error: { code: "conflict", message: `The message was already moved to ticket #${moved.json.ticket.number}` } } });
    expect(await move(made.number, first!.id)).toMatchObject({ status: 422, json: { error: { code: "validation", fields: { messageId: "is the first message of the ticket" } } } });
    expect(await move(made.number, reply!.id)).toMatchObject({ status: 422, json: { error: { code: "validation", fields: { messageId: "is not a customer message" } } } });

    const other = await makeWorkspace(db());
    const foreign = await makeTicket(db(), other, {
      customer: await makeCustomer(db(), other.id),
      messages: [{ kind: "INBOUND", text: "One" }, { kind: "INBOUND", text: "Two" }],
    });
    expect((await move(foreign.number, foreign.messages[1]!.id)).status).toBe(404);
    expect(await db().message.findUniqueOrThrow({ where: { id: foreign.messages[1]!.id }, select: { ticketId: true } })).toEqual({ ticketId: foreign.id });
  });
});

describe("updating", () => {
  it("sets status, priority, assignee by email, area, and the full tag set", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const made = await makeTicket(db(), ws, { customer, tags: ["vip", "late"], messages: [{ kind: "INBOUND", text: "Where?" }] });
    const p = { number: String(made.number) };
    const res = await call(patchTicket, "PATCH", `/tickets/${made.number}`, {
      params: p,
      body: { status: "pending", priority: "urgent", assignee: agent.email.toUpperCase(), area: "refunds", tags: ["VIP", "refund"] },
    });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ status: "pending", priority: "urgent", area: "refunds", tags: ["refund", "vip"], version: 1 });
    expect(res.json.assignee.email).toBe(agent.email);
    const events = await db().ticketEvent.findMany({ where: { workspaceId: ws.id, ticketId: made.id, ticketVersion: 1 }, select: { type: true, data: true, actorType: true } });
    expect(events.map((e) => e.type).sort()).toEqual(["AREA_CHANGED", "ASSIGNEE_CHANGED", "PRIORITY_CHANGED", "STATUS_CHANGED", "TAG_ADDED", "TAG_REMOVED"]);
    expect(events.every((e) => e.actorType === "API")).toBe(true);

    const cleared = await call(patchTicket, "PATCH", `/tickets/${made.number}`, { params: p, body: { assignee: null, area: null, tags: [] } });
    expect(cleared.json).toMatchObject({ assignee: null, area: null, tags: [], version: 2 });
    const unchanged = await call(patchTicket, "PATCH", `/tickets/${made.number}`, { params: p, body: { status: "pending" } });
    expect(unchanged.json.version).toBe(2);
  });

  it("sets and clears the team by id (teamId in the ticket object); another workspace's team is 422 on teamId", async () => {
    const team = await db().team.create({ data: { workspaceId: ws.id, name: `API team ${Date.now()}` }, select: { id: true } });
    const other = await makeWorkspace(db());
    const foreign = await db().team.create({ data: { workspaceId: other.id, name: "Theirs" }, select: { id: true } });
    const made = await makeTicket(db(), ws, { customer: await makeCustomer(db(), ws.id) });
    const p = { number: String(made.number) };
    const set = await call(patchTicket, "PATCH", `/tickets/${made.number}`, { params: p, body: { teamId: team.id } });
    expect(set.status).toBe(200);
    expect(ApiTicket.parse(set.json)).toMatchObject({ teamId: team.id, version: made.version + 1 });
    expect((await db().ticketEvent.findFirstOrThrow({ where: { ticketId: made.id, type: "TEAM_CHANGED" } })).actorType).toBe("API");
    const refused = await call(patchTicket, "PATCH", `/tickets/${made.number}`, { params: p, body: { teamId: foreign.id } });
    expect(refused.status).toBe(422);
    expect(JSON.stringify(refused.json)).toContain("teamId");
    const cleared = await call(patchTicket, "PATCH", `/tickets/${made.number}`, { params: p, body: { teamId: null } });
    expect(cleared.json).toMatchObject({ teamId: null });
    const created = await call(postTicket, "POST", "/tickets", { body: { subject: "For the team", customer: { email: "team@example.com" }, message: { text: "Hi" }, teamId: team.id } });
    expect(created.status).toBe(201);
    expect(created.json.teamId).toBe(team.id);
  });
});

describe("listing tickets", () => {
  let fresh: CreatedWorkspace;
  let freshToken: string;
  const inFresh = async (path: string) => {
    const saved = token;
    token = freshToken;
    try {
      return await call(listTickets, "GET", path);
    } finally {
      token = saved;
    }
  };

  beforeAll(async () => {
    fresh = await makeWorkspace(db());
    const admin = await memberCtx(fresh, await makeMember(db(), fresh, { role: "ADMIN" }));
    freshToken = (await createApiToken(admin, { name: "list" })).token;
  });

  it("pages by cursor without skipping or repeating while new tickets arrive", async () => {
    const customer = await makeCustomer(db(), fresh.id);
    const base = Date.now() - 3_600_000;
    // Two tickets share each timestamp, so the id breaks ties inside the keyset.
    const existing = [];
    for (let i = 0; i < 10; i++) {
      existing.push(await makeTicket(db(), fresh, { customer, createdAt: new Date(base + Math.floor(i / 2) * 60_000), messages: [{ kind: "INBOUND", text: `t${i}` }] }));
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await inFresh(`/tickets?limit=3${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...res.json.data.map((t: { number: number }) => t.number));
      cursor = res.json.nextCursor;
      pages++;
      // A new ticket arrives between every two pages: it is newer than the cursor, so it
      // belongs to the pages already read and must not shift the ones to come.
      await makeTicket(db(), fresh, { customer, messages: [{ kind: "INBOUND", text: "new" }] });
    } while (cursor && pages < 10);
    expect(pages).toBe(4);
    expect(new Set(seen).size).toBe(seen.length);
    const expected = [...existing].sort((x, y) => y.lastActivityAt.getTime() - x.lastActivityAt.getTime() || (y.id < x.id ? -1 : 1));
    expect(seen).toEqual(expected.map((t) => t.number));
  });

  it("filters by status, priority, channel, assignee, area, tag and q", async () => {
    const dora = await makeCustomer(db(), fresh.id, { email: "dora_100%@shop.test", name: "Dora" });
    const eve = await makeCustomer(db(), fresh.id, { email: "eve@shop.test", name: "Eve" });
    const member = await makeMember(db(), fresh, { role: "AGENT" });
    const msg = [{ kind: "INBOUND" as const, text: "x" }];
    const t1 = await makeTicket(db(), fresh, { customer: dora, subject: "Refund 50% please", status: "PENDING", priority: "HIGH", channel: "FORM", tags: ["vip"], areaKey: "refunds", messages: msg });
    const t2 = await makeTicket(db(), fresh, { customer: eve, subject: "Wrong size", assigneeId: member.memberId, messages: [{ kind: "INBOUND", text: "x" }, { kind: "REPLY", text: "y" }] });
    const numbers = async (q: string) => (await inFresh(`/tickets?limit=100&${q}`)).json.data.map((t: { number: number }) => t.number);
    expect(await numbers("status=pending")).toEqual([t1.number]);
    expect(await numbers("priority=high")).toEqual([t1.number]);
    expect(await numbers("channel=form")).toEqual([t1.number]);
    expect(await numbers("tag=VIP")).toEqual([t1.number]);
    expect(await numbers("area=refunds")).toEqual([t1.number]);
    expect(await numbers(`assignee=${encodeURIComponent(member.email)}`)).toEqual([t2.number]);
    expect(await numbers("assignee=none")).not.toContain(t2.number);
    expect(await numbers("assignee=nobody@shop.test")).toEqual([]);
    expect(await numbers("q=50%25")).toEqual([t1.number]);
    expect(await numbers("q=_100")).toEqual([t1.number]);
    expect(await numbers("q=EVE@")).toEqual([t2.number]);
    expect(await numbers(`q=%23${t2.number}`)).toEqual([t2.number]);
    // A wildcard is literal: `%` alone never matches every ticket.
    expect(await numbers("q=%25")).not.toContain(t2.number);
    // Search combines with the filters and pages on the same cursor.
    expect(await numbers("q=shop.test&status=open")).toEqual([t2.number]);
    expect(await numbers("q=shop.test&tag=no-such-tag")).toEqual([]);
    const first = await inFresh("/tickets?q=shop.test&limit=1");
    expect(first.json.data.map((t: { number: number }) => t.number)).toEqual([t2.number]);
    const second = await inFresh(`/tickets?q=shop.test&limit=1&cursor=${first.json.nextCursor}`);
    expect(second.json.data.map((t: { number: number }) => t.number)).toEqual([t1.number]);
    expect(second.json.nextCursor).toBeNull();
    const one = (await inFresh(`/tickets?status=pending`)).json.data[0];
    expect(one).toMatchObject({ status: "pending", priority: "high", channel: "form" });
  });
});

describe("customers", () => {
  it("lists the workspace's customers by page and search, and gets one", async () => {
    const other = await makeWorkspace(db());
    const mine = [];
    for (let i = 0; i < 5; i++) mine.push(await makeCustomer(db(), ws.id, { email: `pager-${i}@list.test`, name: `Pager ${i}`, createdAt: new Date(Date.now() - (5 - i) * 1000) }));
    const foreign = await makeCustomer(db(), other.id, { email: "pager-x@list.test" });
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await call(listCustomers, "GET", `/customers?q=pager-&limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(res.status).toBe(200);
      seen.push(...res.json.data.map((c: { id: string }) => c.id));
      cursor = res.json.nextCursor;
    } while (cursor);
    expect(seen).toEqual(mine.map((c) => c.id).reverse());
    expect(seen).not.toContain(foreign.id);
    const one = await call(getCustomer, "GET", `/customers/${mine[0]!.id}`, { params: { id: mine[0]!.id } });
    expect(one.json).toMatchObject({ id: mine[0]!.id, email: "pager-0@list.test", name: "Pager 0", phone: null });
  });
});

describe("the OpenAPI document", () => {
  it("is public JSON", async () => {
    const res = await openApi(new Request("http://localhost/api/v1/openapi.json"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/tickets", "/tickets/{number}", "/tickets/{number}/messages", "/tickets/{number}/messages/{id}/move", "/customers", "/customers/{id}", "/openapi.json"]),
    );
  });
});
