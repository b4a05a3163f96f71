// A search that is exactly a ticket number (`12`, `#12`, with spaces) names that ticket of the
// workspace, whatever its status, so the inbox can open it; a number no ticket of the workspace
// has (another workspace's included) names nothing and the normal search runs.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeTicket } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { findTicketByNumberQuery } from "@/server/search/find-ticket-by-number";
import { searchTickets } from "@/server/search/search-tickets";
import { listInboxIds } from "@/server/inbox/list-inbox";
import { listApiTickets } from "@/server/api/api-ticket.queries";
import { memberCtx } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let otherAgent: Ctx;
let closed: MadeTicket;
let mentions: MadeTicket;
let foreign: MadeTicket;

beforeAll(async () => {
  ws = await makeWorkspace(db());
  const other = await makeWorkspace(db());
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  otherAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
  const customer = await makeCustomer(db(), ws.id, { email: "buyer@example.com", name: "Buyer" });
  closed = await makeTicket(db(), ws, { customer, subject: "Closed long ago", status: "CLOSED", createdAt: new Date(Date.now() - 86_400_000) });
  // Newer open tickets, one of which mentions the closed ticket's number in its text.
  mentions = await makeTicket(db(), ws, { customer, subject: `About order ${closed.number}`, messages: [{ kind: "INBOUND", text: `Order ${closed.number} again` }] });
  await makeTicket(db(), ws, { customer, subject: "Something else" });
  // Enough tickets in the other workspace that it has numbers this one lacks.
  const otherCustomer = await makeCustomer(db(), other.id, { email: "x@example.com" });
  for (let i = 0; i < 5; i++) foreign = await makeTicket(db(), other, { customer: otherCustomer, subject: "Foreign" });
});

describe("findTicketByNumberQuery", () => {
  it("names the ticket for `12`, `#12` and either with spaces around, whatever its status", async () => {
    for (const q of [String(closed.number), `#${closed.number}`, `  ${closed.number} `, ` # ${closed.number}`]) {
      expect(await findTicketByNumberQuery(agent, q), q).toEqual({ number: closed.number, status: "CLOSED" });
    }
  });

  it("names nothing for a query that is more than a number, or a number no ticket has", async () => {
    for (const q of [`${closed.number} refund`, `order ${closed.number}`, "#", "", "99999", "0", "#-1", "1e3", "99999999999999"]) {
      expect(await findTicketByNumberQuery(agent, q), q).toBeNull();
    }
  });

  it("never names another workspace's ticket", async () => {
    expect(foreign.number).toBeGreaterThan(3);
    expect(await findTicketByNumberQuery(agent, String(foreign.number))).toBeNull();
    expect(await findTicketByNumberQuery(agent, `#${foreign.number}`)).toBeNull();
    expect(await findTicketByNumberQuery(otherAgent, String(foreign.number))).toEqual({ number: foreign.number, status: "OPEN" });
  });

  it("leaves the normal search to find the number in text as well as the ticket it names", async () => {
    const hits = await searchTickets(agent, { q: String(closed.number) });
    expect(hits.map((h) => h.number)).toEqual(expect.arrayContaining([mentions.number, closed.number]));
    // In quotes the number is only text: no ticket is named, the text still matches.
    expect(await findTicketByNumberQuery(agent, `"${closed.number}"`)).toBeNull();
    expect((await searchTickets(agent, { q: `"${closed.number}"` })).map((h) => h.number)).toContain(mentions.number);
  });
});

// The REST API's `q` (and the inbox list behind it) cannot redirect: the ticket a number names
// comes first, when it passes the filters, and pages never repeat or skip it.
describe("listing with a query that is a ticket number", () => {
  const allPages = async (ctx: Ctx, q: string, limit: number) => {
    const ids: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 10; i++) {
      const page = await listInboxIds(ctx, { filters: {}, q, limit, ...(cursor ? { cursor } : {}) });
      ids.push(...page.ids);
      if (!page.nextCursor) break;
      cursor = page.nextCursor;
    }
    return ids;
  };

  it("puts the named ticket first across all statuses, then the text matches", async () => {
    const page = await listInboxIds(agent, { filters: {}, q: `#${closed.number}` });
    expect(page.ids[0]).toBe(closed.id);
    expect(page.ids).toContain(mentions.id);
    const api = await listApiTickets(agent, { q: ` ${closed.number} `, limit: 25 });
    expect(api.data.map((t) => t.number)).toEqual([closed.number, mentions.number]);
  });

  it("pages one ticket at a time without repeating or skipping it", async () => {
    expect(await allPages(agent, String(closed.number), 1)).toEqual([closed.id, mentions.id]);
    expect(await allPages(agent, String(closed.number), 2)).toEqual([closed.id, mentions.id]);
  });

  it("keeps to the filters and the workspace", async () => {
    const open = await listInboxIds(agent, { filters: { status: ["OPEN"] }, q: String(closed.number) });
    expect(open.ids).toEqual([mentions.id]);
    expect((await listInboxIds(agent, { filters: {}, q: String(foreign.number) })).ids).not.toContain(foreign.id);
  });
});
