// searchTickets against real PostgreSQL: accent- and case-insensitive words in Greek, Polish and
// Estonian, ticket numbers, customer email fragments and names, notes only for agents,
// workspace isolation, and query text that would be syntax anywhere else.
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeTickets, makeWorkspace, type MadeTicket } from "@/server/demo/factories";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { SEARCH_WALK_ROWS, searchTickets, type SearchTicketsInput } from "@/server/search/search-tickets";
import { memberCtx, rejection } from "../helpers/context";

let ws: CreatedWorkspace;
let other: CreatedWorkspace;
let agent: Ctx;
let otherAgent: Ctx;
let greek: MadeTicket;
let polish: MadeTicket;
let estonian: MadeTicket;
let noted: MadeTicket;
let arabic: MadeTicket;
let foreign: MadeTicket;

const numbers = async (ctx: Ctx, input: SearchTicketsInput) => (await searchTickets(ctx, input)).map((h) => h.number);

beforeAll(async () => {
  ws = await makeWorkspace(db());
  other = await makeWorkspace(db());
  const member = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, member);
  otherAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));

  const maria = await makeCustomer(db(), ws.id, { email: "maria.papadopoulou@example.gr", name: "Μαρία Παπαδοπούλου" });
  const jan = await makeCustomer(db(), ws.id, { email: "jan.kowalski@sklep-przyklad.pl", name: "Jan Kowalski" });
  const mari = await makeCustomer(db(), ws.id, { email: "mari@pood.ee", name: "Mari Tamm" });
  const ahmed = await makeCustomer(db(), ws.id, { email: "ahmed@example.sa", name: "Ahmed" });
  const t0 = Date.now() - 3_600_000;
  greek = await makeTicket(db(), ws, {
    customer: maria,
    subject: "Παραγγελία δεν έφτασε",
    createdAt: new Date(t0),
    messages: [{ kind: "INBOUND", text: "Η ΠΑΡΑΓΓΕΛΊΑΣ μου καθυστερεί." }],
  });
  polish = await makeTicket(db(), ws, {
    customer: jan,
    subject: "Pytanie",
    createdAt: new Date(t0 + 60_000),
    messages: [{ kind: "INBOUND", text: "Gdzie jest moje zamówienie? Łódź, ulica Żółta." }],
  });
  estonian = await makeTicket(db(), ws, {
    customer: mari,
    subject: "Tellimus",
    createdAt: new Date(t0 + 120_000),
    messages: [{ kind: "INBOUND", text: "Kas saate õunamahla ära saata? Tänan!" }],
  });
  noted = await makeTicket(db(), ws, {
    customer: jan,
    subject: "Refund",
    assigneeId: member.memberId,
    createdAt: new Date(t0 + 180_000),
    messages: [
      { kind: "INBOUND", text: "Please refund my order." },
      { kind: "NOTE", text: "Checked with warehouse: xylophone-shaped parcel was damaged." },
    ],
  });
  arabic = await makeTicket(db(), ws, {
    customer: ahmed,
    subject: "طلب",
    createdAt: new Date(t0 + 240_000),
    messages: [{ kind: "INBOUND", text: "أين طَلَبِـي؟" }],
  });
  const otherCustomer = await makeCustomer(db(), other.id, { email: "maria.papadopoulou@example.gr", name: "Μαρία Παπαδοπούλου" });
  foreign = await makeTicket(db(), other, {
    customer: otherCustomer,
    subject: "Παραγγελία xylophone zamówienie",
    createdAt: new Date(t0 + 300_000),
    messages: [{ kind: "NOTE", text: "xylophone", authorMemberId: otherAgent.actor.type === "member" ? otherAgent.actor.memberId : undefined }],
  });
});

describe("searchTickets", () => {
  it("finds Greek words regardless of accents and case", async () => {
    expect(await numbers(agent, { q: "παραγγελια" })).toEqual([greek.number]);
    expect(await numbers(agent, { q: "ΠΑΡΑΓΓΕΛΙΑ" })).toEqual([greek.number]);
    expect(await numbers(agent, { q: "Παραγγελία" })).toEqual([greek.number]);
    // A final sigma in the text, a capital Σ (lower-cased to σ) in the query.
    expect(await numbers(agent, { q: "ΠΑΡΑΓΓΕΛΙΑΣ" })).toEqual([greek.number]);
    // The customer's Greek name, without accents.
    expect(await numbers(agent, { q: "παπαδοπουλου" })).toEqual([greek.number]);
  });

  it("finds Polish and Estonian words by their plain forms, and by a prefix of the last word", async () => {
    expect(await numbers(agent, { q: "zamowienie" })).toEqual([polish.number]);
    expect(await numbers(agent, { q: "lodz zolta" })).toEqual([polish.number]);
    expect(await numbers(agent, { q: "ZAMÓWIEN" })).toEqual([polish.number]);
    expect(await numbers(agent, { q: "ounamahla" })).toEqual([estonian.number]);
    expect(await numbers(agent, { q: "ara tanan" })).toEqual([estonian.number]);
    expect(await numbers(agent, { q: "zamowienie ounamahla" })).toEqual([]);
  });

  it("folds Arabic tatweel, harakat and hamza forms", async () => {
    expect(await numbers(agent, { q: "طلبي" })).toEqual([arabic.number]);
    expect(await numbers(agent, { q: "اين" })).toEqual([arabic.number]);
  });

  it("finds a ticket by its number, with or without #", async () => {
    expect(await searchTickets(agent, { q: `#${polish.number}` })).toEqual([
      expect.objectContaining({ ticketId: polish.id, number: polish.number, rank: 1, matchedBy: ["number"] }),
    ]);
    expect(await numbers(agent, { q: String(estonian.number) })).toContain(estonian.number);
  });

  it("finds a ticket by its order number however it is written, in its own workspace only", async () => {
    await db().ticket.update({ where: { id: estonian.id }, data: { orderNumber: "DS-2026-0042" } });
    await db().ticket.update({ where: { id: foreign.id }, data: { orderNumber: "DS-2026-0042" } });
    for (const q of ["DS-2026-0042", "#ds-2026-0042", " No. ds-2026-0042 "]) {
      expect(await searchTickets(agent, { q })).toEqual([expect.objectContaining({ number: estonian.number, matchedBy: ["order"] })]);
    }
    expect(await numbers(otherAgent, { q: "ds-2026-0042" })).toEqual([foreign.number]);
  });

  it("finds tickets by a fragment of the customer's email and by name, newest first", async () => {
    expect(await numbers(agent, { q: "sklep-przyk" })).toEqual([noted.number, polish.number]);
    expect(await numbers(agent, { q: "KOWALSKI" })).toEqual([noted.number, polish.number]);
    expect(await numbers(agent, { q: "owalsk" })).toEqual([noted.number, polish.number]);
    expect(await numbers(agent, { q: "pood.ee" })).toEqual([estonian.number]);
    const hits = await searchTickets(agent, { q: "jan" });
    expect(hits.map((h) => [h.number, h.rank, h.matchedBy])).toEqual([
      [noted.number, 1, ["customer"]],
      [polish.number, 2, ["customer"]],
    ]);
  });

  it("pages with limit and after, and applies filters", async () => {
    const [first] = await searchTickets(agent, { q: "kowalski", limit: 1 });
    expect(first!.number).toBe(noted.number);
    const rest = await searchTickets(agent, { q: "kowalski", after: { lastActivityAt: first!.lastActivityAt, id: first!.ticketId } });
    expect(rest.map((h) => h.number)).toEqual([polish.number]);
    expect(await numbers(agent, { q: "kowalski", filters: { assigneeId: null } })).toEqual([polish.number]);
    expect(await numbers(agent, { q: "kowalski", filters: { status: ["CLOSED"] } })).toEqual([]);
  });

  it("finds a note's text for agents, never for customer-facing callers", async () => {
    expect(await searchTickets(agent, { q: "xylophone" })).toEqual([expect.objectContaining({ number: noted.number, matchedBy: ["note"] })]);
    expect(await numbers(agent, { q: "xylophone", includeNotes: false })).toEqual([]);
    // The customer's own message still matches without notes.
    expect(await numbers(agent, { q: "refund", includeNotes: false })).toEqual([noted.number]);
  });

  it("never returns another workspace's tickets", async () => {
    for (const q of ["παραγγελια", "xylophone", "zamowienie", "maria.papadopoulou", String(foreign.number)]) {
      const ids = (await searchTickets(agent, { q })).map((h) => h.ticketId);
      expect(ids).not.toContain(foreign.id);
    }
    expect((await searchTickets(otherAgent, { q: "παραγγελια" })).map((h) => h.ticketId)).toEqual([foreign.id]);
    expect((await searchTickets(otherAgent, { q: "kowalski" }))).toEqual([]);
  });

  it("treats tsquery, LIKE and string syntax in the query as plain text", async () => {
    for (const q of ["'", "''", "&", "|", "!", "%", "_", ":*", "\\", "'; DROP TABLE \"Ticket\"; --", "a & | b", "zamów' & !x:*", "%%%", "__", "\\%", "(", "<->"]) {
      await expect(searchTickets(agent, { q }), q).resolves.toBeInstanceOf(Array);
    }
    // Wildcards match themselves: no customer email contains "%" or "_".
    expect(await numbers(agent, { q: "%%%" })).toEqual([]);
    expect(await numbers(agent, { q: "___" })).toEqual([]);
    // Operators around a real word are ignored, not interpreted.
    expect(await numbers(agent, { q: "zamowienie & | !" })).toEqual([polish.number]);
    expect(await numbers(agent, { q: "'zamowienie':*" })).toEqual([polish.number]);
  });

  it("rejects an empty or overlong query", async () => {
    expect((await rejection(searchTickets(agent, { q: "   " }))).code).toBe("VALIDATION");
    expect((await rejection(searchTickets(agent, { q: "x".repeat(201) }))).code).toBe("VALIDATION");
  });
});

// searchTickets first checks the newest SEARCH_WALK_ROWS tickets and, when they do not fill the
// page, asks the indexes for every match: both ways must give the same, exact pages.
describe("searchTickets on a workspace with more tickets than the walk checks", () => {
  let big: CreatedWorkspace;
  let ctx: Ctx;
  let oldest: MadeTicket;
  let byNote: MadeTicket;
  let newest: MadeTicket;
  let customer: { id: string };
  let parcelCustomer: { id: string };

  beforeAll(async () => {
    big = await makeWorkspace(db());
    const member = await makeMember(db(), big, { role: "AGENT" });
    ctx = await memberCtx(big, member);
    customer = await makeCustomer(db(), big.id, { email: "someone@example.com", name: "Some One" });
    parcelCustomer = await makeCustomer(db(), big.id, { email: "p@example.com", name: "Ola Parcelowska" });
    const t0 = Date.now() - 30 * 86_400_000;
    oldest = await makeTicket(db(), big, { customer, subject: "Damaged parcel", createdAt: new Date(t0) });
    byNote = await makeTicket(db(), big, {
      customer,
      subject: "Question",
      assigneeId: member.memberId,
      createdAt: new Date(t0 + 60_000),
      messages: [
        { kind: "INBOUND", text: "Where is the parcel?" },
        { kind: "NOTE", text: "Parcel lost by the courier." },
      ],
    });
    // Newer tickets that do not match, more than the walk looks at.
    await makeTickets(
      db(),
      big,
      Array.from({ length: SEARCH_WALK_ROWS + 20 }, (_, i) => ({
        customer,
        subject: `Order question ${i}`,
        createdAt: new Date(t0 + 3_600_000 + i * 60_000),
        messages: [{ kind: "INBOUND" as const, text: "Hello, a question about my order." }],
      })),
    );
    newest = await makeTicket(db(), big, { customer: parcelCustomer, subject: "Invoice", createdAt: new Date(t0 + 20 * 86_400_000) });
  });

  it("finds matches older than the newest tickets, newest first, with what matched", async () => {
    const hits = await searchTickets(ctx, { q: "parcel" });
    expect(hits.map((h) => [h.number, h.matchedBy])).toEqual([
      [newest.number, ["customer"]],
      [byNote.number, ["message", "note"]],
      [oldest.number, ["subject"]],
    ]);
    expect(await numbers(ctx, { q: "parcel", includeNotes: false })).toEqual([newest.number, byNote.number, oldest.number]);
    expect(await numbers(ctx, { q: "courier" })).toEqual([byNote.number]);
    expect(await numbers(ctx, { q: "courier", includeNotes: false })).toEqual([]);
  });

  it("applies filters the same way when few or many tickets pass them", async () => {
    // One ticket passes: the walk sees all of them.
    expect(await numbers(ctx, { q: "parcel", filters: { customerId: parcelCustomer.id } })).toEqual([newest.number]);
    // More than the walk's reach pass, the matches are older: found through the indexes.
    expect(await numbers(ctx, { q: "parcel", filters: { customerId: customer.id } })).toEqual([byNote.number, oldest.number]);
    expect(await numbers(ctx, { q: "parcel", filters: { customerId: customer.id, assigneeId: null } })).toEqual([oldest.number]);
  });

  it("pages through a common word without skipping or repeating a ticket", async () => {
    const all = await numbers(ctx, { q: "question", limit: 100 });
    expect(all).toHaveLength(100);
    const paged: number[] = [];
    let after: SearchTicketsInput["after"];
    for (let page = 0; page < 4; page++) {
      const hits = await searchTickets(ctx, { q: "question", limit: 25, ...(after ? { after } : {}) });
      paged.push(...hits.map((h) => h.number));
      const last = hits.at(-1)!;
      after = { lastActivityAt: last.lastActivityAt, id: last.ticketId };
    }
    expect(paged).toEqual(all);
    // Newest first: the filler tickets were numbered in the order they were created.
    expect(all).toEqual([...all].sort((a, b) => b - a));
  });
});
