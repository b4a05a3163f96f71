// findAdjacentTickets against real PostgreSQL: for every list (each sort, a view, URL filters, a
// search), the ticket before and after each ticket are exactly its neighbours in listInbox's
// order; the first has no previous and the last no next; a ticket that left the list keeps its
// place; a number of another workspace is NOT_FOUND.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeTicket } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import type { InboxSearchParams } from "@/server/inbox/inbox.schemas";
import { findAdjacentTickets } from "@/server/inbox/adjacent-tickets";
import { listInbox } from "@/server/inbox/list-inbox";
import { resolveInboxView } from "@/server/inbox/resolve-inbox-view";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let tickets: MadeTicket[];
let foreign: MadeTicket;
const H = 3_600_000;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const me = await makeMember(db(), ws, { role: "AGENT", name: "Mia Me" });
  agent = await memberCtx(ws, me);
  const alice = await makeCustomer(db(), ws.id, { email: "alice@shop.test", name: "Alice" });
  const base = Date.now() - 72 * H;
  const at = (hours: number) => new Date(base + hours * H);
  const specs = [
    { subject: "Parcel lost", priority: "HIGH", created: 1, active: 30, assigned: true },
    { subject: "Parcel late", priority: "LOW", created: 2, active: 12, assigned: false },
    { subject: "Refund please", priority: "HIGH", created: 3, active: 25, assigned: false },
    { subject: "Parcel damaged", priority: "URGENT", created: 4, active: 5, assigned: true },
    { subject: "Size exchange", priority: "NORMAL", created: 5, active: 40, assigned: false },
    { subject: "Parcel opened", priority: "HIGH", created: 6, active: 18, assigned: false },
    { subject: "Parcel refund", priority: "NORMAL", created: 7, active: 8, assigned: false, status: "CLOSED" as const },
  ] as const;
  tickets = [];
  for (const s of specs) {
    tickets.push(
      await makeTicket(db(), ws, {
        customer: alice,
        subject: s.subject,
        priority: s.priority,
        createdAt: at(s.created),
        ...("status" in s ? { status: s.status } : {}),
        ...(s.assigned ? { assigneeId: me.memberId } : {}),
        messages: [{ kind: "INBOUND", text: `About ${s.subject}`, at: at(s.active) }],
      }),
    );
  }
  // SLA deadlines on three open tickets (two of them equal), none on the others: the due sort's two ranges.
  for (const [i, hours] of [[0, 80], [2, 76], [3, 80]] as const) {
    await db().$executeRaw`UPDATE "Ticket" SET "slaDueAt" = ${at(hours)} WHERE "id" = ${tickets[i]!.id}::uuid`;
  }
  const other = await makeWorkspace(db());
  const otherCustomer = await makeCustomer(db(), other.id, { email: "alice@shop.test" });
  foreign = await makeTicket(db(), other, { customer: otherCustomer, subject: "Parcel lost", messages: [{ kind: "INBOUND", text: "x", at: at(50) }] });
});

/** The list's ticket numbers in listInbox's order, for the same URL params. */
async function listed(params: InboxSearchParams): Promise<number[]> {
  const view = await resolveInboxView(agent, params);
  const page = await listInbox(agent, { filters: view.filters, sort: view.sort, limit: 100, ...(params.q ? { q: params.q } : {}) });
  return page.items.map((i) => i.number);
}

const LISTS: Array<[string, InboxSearchParams]> = [
  ["the default view (open, by activity)", {}],
  ["open tickets, newest first", { view: "open", sort: "created" }],
  ["open tickets by priority", { view: "open", sort: "priority" }],
  ["open tickets by SLA deadline", { view: "open", sort: "due" }],
  ["every ticket by SLA deadline", { status: ["OPEN", "PENDING", "CLOSED"], sort: "due" }],
  ["the Unassigned view", { view: "unassigned" }],
  ["the Mine view", { view: "mine", sort: "created" }],
  ["URL filters: high priority, any status", { status: ["OPEN", "PENDING", "CLOSED"], priority: ["HIGH", "NORMAL"] }],
  ["a search", { q: "parcel", status: ["OPEN", "CLOSED"] }],
];

describe("findAdjacentTickets", () => {
  it.each(LISTS)("walks %s in the list's own order", async (_label, params) => {
    const order = await listed(params);
    expect(order.length).toBeGreaterThan(1);
    for (const [i, number] of order.entries()) {
      const adjacent = await findAdjacentTickets(agent, { list: params, ticketNumber: number });
      expect(adjacent, `around #${number}`).toEqual({ previous: order[i - 1] ?? null, next: order[i + 1] ?? null });
    }
  });

  it("gives a ticket that is not in the list (closed meanwhile) its place in the order", async () => {
    const closed = tickets[6]!;
    const order = await listed({ view: "open", sort: "created" });
    expect(order).not.toContain(closed.number);
    // Created last: it would be first in "newest first".
    expect(await findAdjacentTickets(agent, { list: { view: "open", sort: "created" }, ticketNumber: closed.number })).toEqual({
      previous: null,
      next: order[0],
    });
  });

  it("falls back to the default view for a view the member cannot see", async () => {
    const order = await listed({});
    const params: InboxSearchParams = { view: "saved:00000000-0000-4000-8000-000000000000" };
    expect(await findAdjacentTickets(agent, { list: params, ticketNumber: order[1]! })).toEqual({ previous: order[0], next: order[2] ?? null });
  });

  it("refuses another workspace's ticket number as NOT_FOUND", async () => {
    const mine = new Set(tickets.map((t) => t.number));
    const number = mine.has(foreign.number) ? 999_999 : foreign.number;
    expect((await rejection(findAdjacentTickets(agent, { list: {}, ticketNumber: number }))).code).toBe("NOT_FOUND");
  });
});
