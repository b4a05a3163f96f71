// Live-update notifications from the ticket use cases, seen by a plain pg client that LISTENs on
// `shopdesk_tickets`: ids and a kind after commit, nothing for a rolled-back change.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import pg from "pg";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { addNote } from "@/server/tickets/add-note";
import { bulkUpdateTickets } from "@/server/tickets/bulk-update-tickets";
import { createTicket } from "@/server/tickets/create-ticket";
import { moveMessageToNewTicket } from "@/server/tickets/move-message-to-new-ticket";
import { TICKET_CHANNEL } from "@/server/live/ticket-change";
import type { TicketChange } from "@/server/tickets/notify-ticket-changed";
import { updateTicket } from "@/server/tickets/update-ticket";
import { memberCtx } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let customerId: string;
let client: pg.Client;
const received: Array<{ channel: string; raw: string; change: TicketChange }> = [];

const newTicket = () => makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Hi" }] });

async function waitFor(match: (c: TicketChange) => boolean, what: string, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const hit = received.find((r) => match(r.change));
    if (hit) return hit;
    if (Date.now() > deadline) throw new Error(`no notification for ${what} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
  client.on("notification", (n) => {
    received.push({ channel: n.channel, raw: n.payload ?? "", change: JSON.parse(n.payload ?? "{}") as TicketChange });
  });
  await client.query(`LISTEN ${TICKET_CHANNEL}`);
});

afterAll(async () => {
  await client?.end();
});

describe("ticket change notifications", () => {
  it("announce a committed change with ids, number, version and kind only", async () => {
    const t = await newTicket();
    await updateTicket(agent, { ticketNumber: t.number, status: "CLOSED" });
    const hit = await waitFor((c) => c.ticketId === t.id, "the status change");
    expect(hit.channel).toBe("shopdesk_tickets");
    expect(hit.raw).toBe(JSON.stringify({ workspaceId: ws.id, ticketId: t.id, number: t.number, version: 1, kind: "status" }));
  });

  it("say nothing for a rolled-back change", async () => {
    const rolledBack = await newTicket();
    const barrier = await newTicket();
    await db()
      .$transaction(async (tx) => {
        await updateTicket({ ...agent, db: tx }, { ticketNumber: rolledBack.number, priority: "URGENT" });
        throw new Error("roll back");
      })
      .catch(() => undefined);
    expect((await db().ticket.findUniqueOrThrow({ where: { id: rolledBack.id } })).priority).toBe("NORMAL");
    // A later committed change arrives; notifications are delivered in commit order, so the
    // rolled-back one would have come first.
    await addNote(agent, { ticketNumber: barrier.number, text: "barrier" });
    await waitFor((c) => c.ticketId === barrier.id && c.kind === "note", "the barrier note");
    expect(received.filter((r) => r.change.ticketId === rolledBack.id)).toEqual([]);
  });

  it("one per ticket for a bulk change, and one for a new ticket", async () => {
    const a = await newTicket();
    const b = await newTicket();
    await bulkUpdateTickets(agent, { ticketNumbers: [a.number, b.number], priority: "HIGH", addTags: ["bulk"] });
    await waitFor((c) => c.ticketId === a.id, "ticket a");
    await waitFor((c) => c.ticketId === b.id, "ticket b");
    expect(received.filter((r) => r.change.ticketId === a.id || r.change.ticketId === b.id).map((r) => r.change.kind)).toEqual(["updated", "updated"]);

    const created = await createTicket(agent, { subject: "New", customer: { customerId }, message: { text: "Hello" } });
    const hit = await waitFor((c) => c.ticketId === created.ticketId, "the new ticket");
    expect(hit.change).toEqual({ workspaceId: ws.id, ticketId: created.ticketId, number: created.number, version: 0, kind: "created" });
  });

  it("one for each ticket when a message moves to a new ticket", async () => {
    const t = await makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Hi" }, { kind: "INBOUND", text: "Other matter" }] });
    const moved = await moveMessageToNewTicket(agent, { ticketNumber: t.number, messageId: t.messages[1]!.id });
    const old = await waitFor((c) => c.ticketId === t.id, "the ticket the message left");
    expect(old.change).toEqual({ workspaceId: ws.id, ticketId: t.id, number: t.number, version: 1, kind: "message_moved" });
    const created = await waitFor((c) => c.ticketId === moved.ticket.ticketId, "the new ticket");
    expect(created.change).toEqual({ workspaceId: ws.id, ticketId: moved.ticket.ticketId, number: moved.ticket.number, version: 0, kind: "created" });
  });
});
