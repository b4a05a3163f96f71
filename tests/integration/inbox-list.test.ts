// listInbox against real PostgreSQL: every filter returns exactly its tickets, the three sorts
// order and page with keyset cursors (no skip, no repeat, even while tickets arrive), cursors of
// another sort or garbage are refused on `cursor`, rows carry their preview (never a note),
// search narrows with the filters, and another workspace's tickets never appear.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember, type MadeTicket } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import type { InboxFilters, InboxSort } from "@/server/inbox/inbox.schemas";
import { listInbox } from "@/server/inbox/list-inbox";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let me: MadeMember;
let colleague: MadeMember;
let agent: Ctx;
let t: Record<"mineHigh" | "otherLow" | "noneUrgent" | "pendingMine" | "closedNone" | "mentioned" | "seenMention", MadeTicket>;
let foreign: MadeTicket;

const H = 3_600_000;
const numbers = async (ctx: Ctx, filters: InboxFilters, extra: { sort?: InboxSort; q?: string } = {}) =>
  (await listInbox(ctx, { filters, limit: 100, ...extra })).items.map((i) => i.number);
const n = (...list: MadeTicket[]) => list.map((x) => x.number);

beforeAll(async () => {
  ws = await makeWorkspace(db());
  me = await makeMember(db(), ws, { role: "AGENT", name: "Mia Me" });
  colleague = await makeMember(db(), ws, { role: "AGENT", name: "Carl Colleague" });
  agent = await memberCtx(ws, me);
  const alice = await makeCustomer(db(), ws.id, { email: "alice@shop.test", name: "Alice" });
  const bob = await makeCustomer(db(), ws.id, { email: "bob@shop.test", name: "Bob" });
  const base = Date.now() - 48 * H;
  const at = (hours: number) => new Date(base + hours * H);
  // Created in one order, active in another, so the sorts differ.
  t = {
    mineHigh: await makeTicket(db(), ws, {
      customer: alice, subject: "Parcel lost", priority: "HIGH", channel: "EMAIL", areaKey: "returns", assigneeId: me.memberId, tags: ["vip"],
      createdAt: at(1), messages: [{ kind: "INBOUND", text: "Where   is\n\nmy parcel?", at: at(1) }, { kind: "NOTE", text: "secret note", at: at(20) }],
    }),
    otherLow: await makeTicket(db(), ws, {
      customer: bob, subject: "Size exchange", priority: "LOW", channel: "CHAT", areaKey: "refunds", assigneeId: colleague.memberId, tags: ["vip", "late"],
      createdAt: at(2), messages: [{ kind: "INBOUND", text: "Can I swap?", at: at(2) }],
    }),
    noneUrgent: await makeTicket(db(), ws, {
      customer: alice, subject: "Parcel damaged", priority: "URGENT", channel: "FORM",
      createdAt: at(3), messages: [{ kind: "INBOUND", text: "Broken.", at: at(3) }, { kind: "REPLY", text: "Sorry, a new one ships today.", authorMemberId: me.memberId, at: at(10) }],
    }),
    pendingMine: await makeTicket(db(), ws, {
      customer: bob, subject: "Invoice copy", status: "PENDING", areaKey: "returns", assigneeId: me.memberId, createdAt: at(4), messages: [{ kind: "INBOUND", text: "Invoice?", at: at(4) }],
    }),
    closedNone: await makeTicket(db(), ws, {
      customer: alice, subject: "Parcel refund", status: "CLOSED", channel: "PHONE", tags: ["late"], createdAt: at(5), messages: [{ kind: "INBOUND", text: "Refund?", at: at(5) }],
    }),
    mentioned: await makeTicket(db(), ws, {
      customer: bob, subject: "Gift card", createdAt: at(6),
      messages: [{ kind: "INBOUND", text: "Balance?", at: at(6) }, { kind: "NOTE", text: "@Mia Me can you check?", authorMemberId: colleague.memberId, at: at(7) }],
    }),
    seenMention: await makeTicket(db(), ws, {
      customer: alice, subject: "Loyalty points", status: "CLOSED", assigneeId: colleague.memberId, createdAt: at(8),
      messages: [{ kind: "NOTE", text: "@Mia Me fyi", authorMemberId: colleague.memberId, at: at(8) }],
    }),
  };
  await db().mention.createMany({
    data: [
      { workspaceId: ws.id, messageId: t.mentioned.messages[1]!.id, memberId: me.memberId },
      { workspaceId: ws.id, messageId: t.seenMention.messages[0]!.id, memberId: me.memberId, seenAt: at(9) },
      // A mention of someone else does not put the ticket in my list.
      { workspaceId: ws.id, messageId: t.mineHigh.messages[1]!.id, memberId: colleague.memberId },
    ],
  });

  // Another workspace with look-alike tickets: same area key, tag, channel, status and text.
  const other = await makeWorkspace(db());
  const stranger = await makeMember(db(), other, { role: "AGENT" });
  const otherCustomer = await makeCustomer(db(), other.id, { email: "alice@shop.test" });
  foreign = await makeTicket(db(), other, {
    customer: otherCustomer, subject: "Parcel lost", priority: "HIGH", areaKey: "returns", tags: ["vip"], assigneeId: stranger.memberId,
    createdAt: at(30), messages: [{ kind: "INBOUND", text: "parcel", at: at(30) }],
  });
});

describe("filters", () => {
  it("refuses filters outside the contract as VALIDATION", async () => {
    const e = await rejection(listInbox(agent, { filters: { q: "parcel" } as InboxFilters }));
    expect(e.code).toBe("VALIDATION");
  });

  it("by status, several ORed", async () => {
    expect(await numbers(agent, { status: ["OPEN"] })).toEqual(n(t.mineHigh, t.noneUrgent, t.mentioned, t.otherLow));
    expect(await numbers(agent, { status: ["PENDING"] })).toEqual(n(t.pendingMine));
    expect((await numbers(agent, { status: ["PENDING", "CLOSED"] })).sort()).toEqual(n(t.pendingMine, t.closedNone, t.seenMention).sort());
    expect(await numbers(agent, {})).toHaveLength(7);
  });

  it("by assignee: me, none, a member id; me matches nothing for an API token", async () => {
    expect(await numbers(agent, { assignee: "me" })).toEqual(n(t.mineHigh, t.pendingMine));
    expect(await numbers(agent, { assignee: "none" })).toEqual(n(t.noneUrgent, t.mentioned, t.closedNone));
    expect(await numbers(agent, { assignee: colleague.memberId })).toEqual(n(t.seenMention, t.otherLow));
    const api: Ctx = { ...agent, actor: { type: "api", tokenId: "019ab1c2-0000-7000-8000-000000000001", tokenName: "zap", role: "AGENT" } };
    expect(await numbers(api, { assignee: "me" })).toEqual([]);
    expect(await numbers(api, { mentionsMe: true })).toEqual([]);
  });

  it("by priority, channel, customer", async () => {
    expect(await numbers(agent, { priority: ["URGENT", "LOW"] })).toEqual(n(t.noneUrgent, t.otherLow));
    expect(await numbers(agent, { channel: ["CHAT", "PHONE"] })).toEqual(n(t.closedNone, t.otherLow));
    const bob = t.otherLow.customerId;
    expect(await numbers(agent, { customerId: bob })).toEqual(n(t.mentioned, t.pendingMine, t.otherLow));
  });

  it("by area key and tag name of the workspace; unknown ones match nothing", async () => {
    expect(await numbers(agent, { area: "returns" })).toEqual(n(t.mineHigh, t.pendingMine));
    expect(await numbers(agent, { area: "refunds", status: ["OPEN"] })).toEqual(n(t.otherLow));
    expect(await numbers(agent, { area: "no-such-area" })).toEqual([]);
    expect(await numbers(agent, { tag: "vip" })).toEqual(n(t.mineHigh, t.otherLow));
    expect(await numbers(agent, { tag: "late" })).toEqual(n(t.closedNone, t.otherLow));
    expect(await numbers(agent, { tag: "nope" })).toEqual([]);
  });

  it("by a mention of me in a note, seen or not, and only mine", async () => {
    expect(await numbers(agent, { mentionsMe: true })).toEqual(n(t.seenMention, t.mentioned));
    expect(await numbers(await memberCtx(ws, colleague), { mentionsMe: true })).toEqual(n(t.mineHigh));
    expect(await numbers(agent, { mentionsMe: true, status: ["OPEN"] })).toEqual(n(t.mentioned));
  });

  it("never lists another workspace's tickets, whatever the filters", async () => {
    // Numbers restart per workspace, so compare ids.
    for (const f of [{}, { area: "returns" }, { tag: "vip" }, { priority: ["HIGH" as const] }, { status: ["OPEN" as const] }]) {
      const ids = (await listInbox(agent, { filters: f, limit: 100 })).items.map((i) => i.id);
      expect(ids.length).toBeGreaterThan(0);
      expect(ids).not.toContain(foreign.id);
    }
    expect((await listInbox(agent, { filters: {}, q: "parcel lost" })).items.map((i) => i.id)).toEqual([t.mineHigh.id]);
    // Another workspace's customer and member ids simply match nothing here.
    expect(await numbers(agent, { customerId: foreign.customerId })).toEqual([]);
    expect(await numbers(agent, { assignee: foreign.assigneeId! })).toEqual([]);
  });
});

describe("rows", () => {
  it("carry customer, assignee, area, sorted tags and a preview of the latest customer message or reply, never a note", async () => {
    const { items } = await listInbox(agent, { filters: { status: ["OPEN"] } });
    const mine = items.find((i) => i.id === t.mineHigh.id)!;
    expect(mine).toMatchObject({
      number: t.mineHigh.number, subject: "Parcel lost", status: "OPEN", priority: "HIGH", channel: "EMAIL", version: 0,
      customer: { id: t.mineHigh.customerId, name: "Alice", email: "alice@shop.test" },
      assignee: { id: me.memberId, name: "Mia Me" },
      area: { key: "returns", name: "Returns" },
      tags: ["vip"],
      // The note is later, but the preview is the customer's message, whitespace collapsed.
      preview: { kind: "INBOUND", text: "Where is my parcel?" },
      snoozedUntil: null,
    });
    expect(mine.lastActivityAt).toEqual(t.mineHigh.lastActivityAt);
    expect(items.find((i) => i.id === t.otherLow.id)).toMatchObject({ tags: ["late", "vip"], area: { key: "refunds" } });
    expect(items.find((i) => i.id === t.noneUrgent.id)).toMatchObject({ assignee: null, area: null, preview: { kind: "REPLY", text: "Sorry, a new one ships today." } });
    const { items: closed } = await listInbox(agent, { filters: { status: ["CLOSED"] } });
    // Only a note: no preview at all.
    expect(closed.find((i) => i.id === t.seenMention.id)!.preview).toBeNull();
  });
});

describe("search", () => {
  it("narrows with the same filters, by activity, and pages on the inbox cursor", async () => {
    expect(await numbers(agent, {}, { q: "parcel" })).toEqual(n(t.mineHigh, t.noneUrgent, t.closedNone));
    expect(await numbers(agent, { status: ["OPEN"] }, { q: "parcel" })).toEqual(n(t.mineHigh, t.noneUrgent));
    expect(await numbers(agent, { assignee: "me" }, { q: "parcel" })).toEqual(n(t.mineHigh));
    expect(await numbers(agent, { tag: "late" }, { q: "parcel" })).toEqual(n(t.closedNone));
    expect(await numbers(agent, { area: "returns", channel: ["EMAIL"] }, { q: "parcel" })).toEqual(n(t.mineHigh));
    expect(await numbers(agent, { tag: "nope" }, { q: "parcel" })).toEqual([]);
    // Search has no mention filter of its own: applied on its results.
    expect(await numbers(agent, { mentionsMe: true }, { q: "bob" })).toEqual(n(t.mentioned));
    // With q the list is by activity whatever the sort asked.
    expect(await numbers(agent, {}, { q: "parcel", sort: "priority" })).toEqual(n(t.mineHigh, t.noneUrgent, t.closedNone));

    const first = await listInbox(agent, { filters: {}, q: "parcel", limit: 2 });
    expect(first.items.map((i) => i.number)).toEqual(n(t.mineHigh, t.noneUrgent));
    const second = await listInbox(agent, { filters: {}, q: "parcel", limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((i) => i.number)).toEqual(n(t.closedNone));
    expect(second.nextCursor).toBeNull();
  });
});

describe("sorts and cursors", () => {
  let fresh: CreatedWorkspace;
  let ctx: Ctx;
  let existing: MadeTicket[];
  const PRIORITY = { LOW: 0, NORMAL: 1, HIGH: 2, URGENT: 3 } as const;
  const byId = (x: MadeTicket, y: MadeTicket) => (y.id < x.id ? -1 : y.id > x.id ? 1 : 0);
  const expected: Record<InboxSort, (x: MadeTicket, y: MadeTicket) => number> = {
    activity: (x, y) => y.lastActivityAt.getTime() - x.lastActivityAt.getTime() || byId(x, y),
    created: (x, y) => y.createdAt.getTime() - x.createdAt.getTime() || byId(x, y),
    priority: (x, y) => PRIORITY[y.priority] - PRIORITY[x.priority] || y.lastActivityAt.getTime() - x.lastActivityAt.getTime() || byId(x, y),
    // Earliest deadline first, ties and the tickets without one (last) by id ascending.
    due: (x, y) => (due.get(x.id) ?? Infinity) - (due.get(y.id) ?? Infinity) || -byId(x, y),
  };
  /** The SLA deadlines given to some tickets (others have none). */
  const due = new Map<string, number>();

  beforeAll(async () => {
    fresh = await makeWorkspace(db());
    ctx = await memberCtx(fresh, await makeMember(db(), fresh, { role: "LIGHT_AGENT" }));
    const customer = await makeCustomer(db(), fresh.id);
    const base = Date.now() - 24 * H;
    const priorities = ["LOW", "NORMAL", "HIGH", "URGENT"] as const;
    existing = [];
    for (let i = 0; i < 13; i++) {
      // Pairs share a creation time and an activity time (ties broken by id); activity runs
      // against creation, and priorities repeat, so each sort has its own order.
      const created = new Date(base + Math.floor(i / 2) * 60_000);
      const active = new Date(base + H + Math.floor((13 - i) / 2) * 60_000);
      existing.push(await makeTicket(db(), fresh, {
        customer, priority: priorities[i % 4], createdAt: created,
        messages: [{ kind: "INBOUND", text: `t${i}`, at: created }, { kind: "REPLY", text: "ok", authorMemberId: ctx.actor.type === "member" ? ctx.actor.memberId : undefined, at: active }],
      }));
    }
    // Deadlines on 8 of the 13, in pairs sharing one (ties broken by id).
    for (const [i, x] of existing.entries()) {
      if (i % 3 === 2) continue;
      due.set(x.id, base + 2 * H + (7 - Math.floor(i / 2)) * 60_000);
      await db().$executeRaw`UPDATE "Ticket" SET "slaDueAt" = ${new Date(due.get(x.id)!)} WHERE "id" = ${x.id}::uuid`;
    }
  });

  for (const sort of ["activity", "created", "priority", "due"] as const) {
    it(`${sort}: orders and pages with no skip or repeat while new tickets arrive`, async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await listInbox(ctx, { filters: { status: ["OPEN"] }, sort, limit: 4, ...(cursor ? { cursor } : {}) });
        seen.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
        pages++;
        // Newer (and most urgent) than any cursor so far: belongs to pages already read.
        const arrived = await makeTicket(db(), fresh, { customer: { id: existing[0]!.customerId }, priority: "URGENT", messages: [{ kind: "INBOUND", text: "new" }] });
        // Due before any deadline so far, in the due sort.
        await db().$executeRaw`UPDATE "Ticket" SET "slaDueAt" = ${new Date(Date.now() - 48 * H)} WHERE "id" = ${arrived.id}::uuid`;
      } while (cursor && pages < 10);
      expect(pages).toBe(4);
      expect(seen).toEqual([...existing].sort(expected[sort]).map((x) => x.id));
      // Clean up so the other sorts see the same set.
      await db().ticket.deleteMany({ where: { workspaceId: fresh.id, id: { notIn: existing.map((x) => x.id) } } });
    });
  }

  it("returns no next cursor when the page holds the last ticket exactly", async () => {
    const page = await listInbox(ctx, { filters: {}, limit: 13 });
    expect(page.items).toHaveLength(13);
    expect(page.nextCursor).toBeNull();
  });

  it("refuses a cursor of another sort, a tampered one and garbage as VALIDATION on cursor", async () => {
    const { nextCursor } = await listInbox(ctx, { filters: {}, sort: "created", limit: 2 });
    expect(nextCursor).toBeTruthy();
    for (const [sort, cursor] of [["activity", nextCursor!], ["priority", nextCursor!], ["created", "garbage!"], ["created", nextCursor!.slice(3)]] as const) {
      const e = await rejection(listInbox(ctx, { filters: {}, sort, cursor }));
      expect(e.code).toBe("VALIDATION");
      expect(Object.keys(e.fields ?? {})).toEqual(["cursor"]);
    }
    // Even when the filters match nothing.
    expect((await rejection(listInbox(ctx, { filters: { tag: "nope" }, cursor: "garbage" }))).fields).toHaveProperty("cursor");
  });
});
