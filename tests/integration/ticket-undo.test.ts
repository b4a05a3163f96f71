// Undo of ticket changes (the notices' Undo in the inbox and on the ticket page) against real
// PostgreSQL: the change's `undo` restores the previous values through bulkUpdateTickets with a
// version check per ticket, writes events like any change, and skips a ticket changed since.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { bulkUpdateTickets } from "@/server/tickets/bulk-update-tickets";
import { undoTicketChanges } from "@/server/tickets/undo-ticket-changes";
import { updateTicket } from "@/server/tickets/update-ticket";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let colleague: MadeMember;
let light: Ctx;
let foreignAgent: Ctx;
let customerId: string;

async function newTicket(opts: { status?: "OPEN" | "PENDING" | "CLOSED"; priority?: "LOW" | "NORMAL" | "HIGH" | "URGENT" } = {}) {
  return makeTicket(db(), ws, { customer: { id: customerId }, messages: [{ kind: "INBOUND", text: "Where is my parcel?" }], ...opts });
}

const ticket = (id: string) => db().ticket.findUniqueOrThrow({ where: { id }, include: { tags: { include: { tag: true } } } });
const eventsOf = (ticketId: string, type: "STATUS_CHANGED" | "ASSIGNEE_CHANGED" | "PRIORITY_CHANGED" | "TAG_ADDED" | "TAG_REMOVED") =>
  db().ticketEvent.findMany({ where: { ticketId, type }, orderBy: [{ createdAt: "asc" }, { ticketVersion: "asc" }] });

/** The notice's Undo: what the client sends back from a change's result. */
function undoItems(updated: { number: number; version: number; undo: object }[]) {
  return updated.map((u) => ({ ticketNumber: u.number, expectedVersion: u.version, changes: u.undo }));
}

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  colleague = await makeMember(db(), ws, { role: "AGENT" });
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  foreignAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
  customerId = (await makeCustomer(db(), ws.id)).id;
});

describe("undoTicketChanges", () => {
  it("restores each ticket's own previous status after a bulk close, with events and a version bump", async () => {
    const open = await newTicket({ status: "OPEN" });
    const pending = await newTicket({ status: "PENDING" });
    const closed = await bulkUpdateTickets(agent, { ticketNumbers: [open.number, pending.number], status: "CLOSED" });
    expect(closed.updated.map((u) => u.undo)).toEqual([{ status: "OPEN" }, { status: "PENDING" }]);

    const result = await undoTicketChanges(agent, { items: undoItems(closed.updated) });
    expect(result).toEqual({ undone: [open.number, pending.number], stale: [] });
    const [a, b] = await Promise.all([ticket(open.id), ticket(pending.id)]);
    expect(a).toMatchObject({ status: "OPEN", closedAt: null, version: open.version + 2 });
    expect(b).toMatchObject({ status: "PENDING", closedAt: null, version: pending.version + 2 });
    // The undo is a change like any other: its own event, written at the new version.
    const events = await eventsOf(open.id, "STATUS_CHANGED");
    expect(events.map((e) => [e.data, e.ticketVersion])).toEqual([
      [{ from: "OPEN", to: "CLOSED" }, open.version + 1],
      [{ from: "CLOSED", to: "OPEN" }, open.version + 2],
    ]);
    expect(events[1]).toMatchObject({ actorType: "MEMBER", actorMemberId: agent.actor.type === "member" ? agent.actor.memberId : undefined });
  });

  it("skips a ticket changed since (version conflict) and still undoes the others", async () => {
    const a = await newTicket({ priority: "LOW" });
    const b = await newTicket({ priority: "NORMAL" });
    const changed = await bulkUpdateTickets(agent, { ticketNumbers: [a.number, b.number], priority: "URGENT" });
    // Someone else changes b in between.
    await updateTicket(agent, { ticketNumber: b.number, assignee: colleague.memberId });

    const result = await undoTicketChanges(agent, { items: undoItems(changed.updated) });
    expect(result).toEqual({ undone: [a.number], stale: [b.number] });
    expect(await ticket(a.id)).toMatchObject({ priority: "LOW", version: a.version + 2 });
    // b keeps both later values: the priority set and the colleague's assignment.
    expect(await ticket(b.id)).toMatchObject({ priority: "URGENT", assigneeId: colleague.memberId, version: b.version + 2 });
    expect(await eventsOf(b.id, "PRIORITY_CHANGED")).toHaveLength(1);
  });

  it("undoing twice changes nothing the second time (the first undo moved the version on)", async () => {
    const t = await newTicket();
    const closed = await updateTicket(agent, { ticketNumber: t.number, expectedVersion: t.version, status: "CLOSED" });
    const items = undoItems([closed]);
    expect(await undoTicketChanges(agent, { items })).toEqual({ undone: [t.number], stale: [] });
    expect(await undoTicketChanges(agent, { items })).toEqual({ undone: [], stale: [t.number] });
    expect(await eventsOf(t.id, "STATUS_CHANGED")).toHaveLength(2);
  });

  it("restores the previous assignee and takes back tags that were added, not tags that were there", async () => {
    const t = await newTicket();
    await updateTicket(agent, { ticketNumber: t.number, assignee: colleague.memberId, addTags: ["vip"] });
    const before = await ticket(t.id);
    const changed = await bulkUpdateTickets(agent, { ticketNumbers: [t.number], assignee: null, addTags: ["vip", "damaged"] });
    expect(changed.updated[0]!.undo).toEqual({ assignee: colleague.memberId, removeTags: ["damaged"] });

    expect(await undoTicketChanges(agent, { items: undoItems(changed.updated) })).toEqual({ undone: [t.number], stale: [] });
    const after = await ticket(t.id);
    expect(after.assigneeId).toBe(colleague.memberId);
    expect(after.tags.map((x) => x.tag.name)).toEqual(["vip"]);
    expect(after.version).toBe(before.version + 2);
    expect((await eventsOf(t.id, "TAG_REMOVED")).map((e) => e.data)).toEqual([{ tag: "damaged" }]);
  });

  it("is refused to light agents and finds no ticket of another workspace", async () => {
    const t = await newTicket();
    const closed = await updateTicket(agent, { ticketNumber: t.number, status: "CLOSED" });
    const items = undoItems([closed]);
    expect((await rejection(undoTicketChanges(light, { items }))).code).toBe("FORBIDDEN");
    expect((await rejection(undoTicketChanges(foreignAgent, { items }))).code).toBe("NOT_FOUND");
    expect(await ticket(t.id)).toMatchObject({ status: "CLOSED", version: closed.version });
  });
});

describe("bulkUpdateTickets with expected versions", () => {
  it("refuses expected versions for tickets that are not in the request", async () => {
    const t = await newTicket();
    const e = await rejection(bulkUpdateTickets(agent, { ticketNumbers: [t.number], expectedVersions: [{ ticketNumber: t.number + 1, version: 0 }], status: "CLOSED" }));
    expect(e.code).toBe("VALIDATION");
  });
});
