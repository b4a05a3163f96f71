// The Cc addresses of a ticket (issue 15: "Cc addresses are kept on the ticket and receive replies
// unless an agent removes them"), against a real PostgreSQL: agents add and remove them (events,
// version, live update), never the workspace's own addresses or the customer, at most 20, without
// doubles in any case; light agents and other workspaces cannot; a removed address gets no later
// reply; the REST API's PATCH takes the complete list.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PATCH as patchTicket } from "@/app/api/v1/tickets/[number]/route";
import { createApiToken } from "@/server/api-tokens/create-api-token";
import type { Ctx } from "@/server/context";
import { db, disconnectDb } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace } from "@/server/demo/factories";
import { prepareOutgoingMail } from "@/server/mail/prepare-outgoing-mail";
import { replyTokenSecret } from "@/server/mail/reply-secret";
import { createMailbox } from "@/server/mailboxes/create-mailbox";
import { forwardingAddress } from "@/server/mailboxes/mailbox.queries";
import { closePgPool } from "@/server/pg-pool";
import { addReply } from "@/server/tickets/add-reply";
import { updateTicketCc } from "@/server/tickets/update-ticket-cc";
import { MAX_TICKET_CC } from "@/server/tickets/ticket.schemas";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection } from "../helpers/context";

// Forwarding addresses on a real domain (the tests' default, localhost, is no valid email address
// to type); set before any module reads the environment, and removed for the next test file.
vi.hoisted(() => {
  process.env.INBOUND_MAIL_DOMAIN = "in.shopdesk.example";
});

const suffix = randomBytes(4).toString("hex");
const ADDRESS = `support-${suffix}@shop.example`;
let ws: CreatedWorkspace;
let agent: Ctx;
let light: Ctx;
let stranger: Ctx;
let token: string;
let forwarding: string;

beforeAll(async () => {
  ws = await makeWorkspace(db(), { defaultLocale: "en" });
  const admin = await memberCtx(ws, await makeMember(db(), ws, { role: "ADMIN" }));
  agent = await memberCtx(ws, await makeMember(db(), ws, { role: "AGENT" }));
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  const other = await makeWorkspace(db());
  stranger = await memberCtx(other, await makeMember(db(), other, { role: "ADMIN" }));
  token = (await createApiToken(admin, { name: "cc" })).token;
  const { id } = await createMailbox(admin, { name: "Support", address: ADDRESS, smtp: { host: "127.0.0.1", port: 2, security: "none" } });
  const { forwardingKey } = await db().mailbox.findUniqueOrThrow({ where: { id }, select: { forwardingKey: true } });
  forwarding = forwardingAddress(forwardingKey);
  expect(forwarding).toMatch(/@in\.shopdesk\.example$/);
});

afterAll(async () => {
  delete process.env.INBOUND_MAIL_DOMAIN;
  await closePgPool();
  await disconnectDb();
});

/** An email ticket whose mail came with these Cc (as mail writes them). */
async function ticket(cc: string[]) {
  const customer = await makeCustomer(db(), ws.id, { email: `ana-${randomBytes(3).toString("hex")}@example.com`, name: "Ana" });
  const t = await makeTicket(db(), ws, { customer, subject: "Order", messages: [{ kind: "INBOUND", text: "Where is it?" }] });
  await db().ticket.update({ where: { id: t.id }, data: { ccEmails: cc } });
  return { ...t, customerEmail: customer.email };
}

const ccOf = async (id: string) => (await db().ticket.findUniqueOrThrow({ where: { id }, select: { ccEmails: true } })).ccEmails;

describe("an agent edits a ticket's Cc", () => {
  it("adds an address once (whatever its case), removes one, with events and a new version", async () => {
    const t = await ticket(["Bob@Example.com", "carol@example.com"]);
    const result = await updateTicketCc(agent, { ticketNumber: t.number, expectedVersion: t.version, add: ["dave@example.com", "BOB@example.com"], remove: ["CAROL@example.com"] });
    expect(result).toMatchObject({ version: t.version + 1, added: ["dave@example.com"], removed: ["carol@example.com"] });
    expect(await ccOf(t.id)).toEqual(["Bob@Example.com", "dave@example.com"]);
    const events = await db().ticketEvent.findMany({ where: { ticketId: t.id, type: { in: ["CC_ADDED", "CC_REMOVED"] } }, select: { type: true, data: true, ticketVersion: true } });
    expect(events).toEqual(
      expect.arrayContaining([
        { type: "CC_REMOVED", data: { address: "carol@example.com" }, ticketVersion: t.version + 1 },
        { type: "CC_ADDED", data: { address: "dave@example.com" }, ticketVersion: t.version + 1 },
      ]),
    );
    expect(events).toHaveLength(2);
    // Nothing to do: no event, no new version.
    const again = await updateTicketCc(agent, { ticketNumber: t.number, add: ["bob@example.com"] });
    expect(again.version).toBe(t.version + 1);
  });

  it("refuses the workspace's own addresses (also +tagged and the forwarding address) and the customer, as field errors", async () => {
    const t = await ticket([]);
    const tagged = ADDRESS.replace("@", "+t-abc@");
    for (const address of [ADDRESS.toUpperCase(), tagged, forwarding]) {
      const e = await rejection(updateTicketCc(agent, { ticketNumber: t.number, add: [address] }));
      expect(e.code).toBe("VALIDATION");
      expect(e.fieldIssues?.add?.code).toBe("ownAddress");
    }
    const customer = await rejection(updateTicketCc(agent, { ticketNumber: t.number, add: [t.customerEmail] }));
    expect(customer.fieldIssues?.add?.code).toBe("customerAddress");
    const invalid = await rejection(updateTicketCc(agent, { ticketNumber: t.number, add: ["not an address"] }));
    expect(invalid.fieldIssues?.["add.0"]?.code).toBe("invalidEmail");
    expect(await ccOf(t.id)).toEqual([]);
  });

  it(`keeps at most ${MAX_TICKET_CC} addresses`, async () => {
    const t = await ticket(Array.from({ length: MAX_TICKET_CC - 1 }, (_, i) => `p${i}@example.com`));
    await updateTicketCc(agent, { ticketNumber: t.number, add: ["last@example.com"] });
    const e = await rejection(updateTicketCc(agent, { ticketNumber: t.number, add: ["one-more@example.com"] }));
    expect(e.fieldIssues?.add).toMatchObject({ code: "tooManyCc", bound: MAX_TICKET_CC });
    expect(await ccOf(t.id)).toHaveLength(MAX_TICKET_CC);
  });

  it("is refused to a light agent (forbidden) and to another workspace (not found), with a stale version (conflict)", async () => {
    const t = await ticket(["bob@example.com"]);
    expect((await rejection(updateTicketCc(light, { ticketNumber: t.number, remove: ["bob@example.com"] }))).code).toBe("FORBIDDEN");
    expect((await rejection(updateTicketCc(stranger, { ticketNumber: t.number, remove: ["bob@example.com"] }))).code).toBe("NOT_FOUND");
    await updateTicketCc(agent, { ticketNumber: t.number, add: ["eve@example.com"] });
    expect((await rejection(updateTicketCc(agent, { ticketNumber: t.number, expectedVersion: t.version, remove: ["bob@example.com"] }))).code).toBe("CONFLICT");
    expect(await ccOf(t.id)).toEqual(["bob@example.com", "eve@example.com"]);
  });
});

describe("replies after a change", () => {
  it("go to the Cc that are left, not to a removed one", async () => {
    const t = await ticket(["bob@example.com", "carol@example.com"]);
    await updateTicketCc(agent, { ticketNumber: t.number, remove: ["bob@example.com"], add: ["dave@example.com"] });
    const reply = await addReply(agent, { ticketNumber: t.number, text: "Shipped today." });
    const prepared = await db().$transaction((tx) => prepareOutgoingMail(tx, { workspaceId: ws.id, messageId: reply.messageId }, replyTokenSecret()));
    expect(prepared?.ok && prepared.mail.cc).toEqual(["carol@example.com", "dave@example.com"]);
  });
});

describe("the API's PATCH /tickets/{number}", () => {
  async function patch(number: number, body: unknown) {
    const res = await patchTicket(
      new Request(`http://localhost/api/v1/tickets/${number}`, {
        method: "PATCH",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ number: String(number) }) },
    );
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return { status: res.status, json: (await res.json()) as any };
  }

  it("sets the complete Cc list (with other changes in the same request) and shows it", async () => {
    const t = await ticket(["Bob@Example.com", "carol@example.com"]);
    const res = await patch(t.number, { priority: "high", cc: ["bob@example.com", "Dave@Example.com"] });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ priority: "high", cc: ["Bob@Example.com", "dave@example.com"] });
    expect((await patch(t.number, { cc: [] })).json.cc).toEqual([]);
  });

  it("answers 422 on `cc` for one of the workspace's own addresses, and changes nothing", async () => {
    const t = await ticket(["bob@example.com"]);
    const res = await patch(t.number, { status: "pending", cc: ["bob@example.com", ADDRESS] });
    expect(res.status).toBe(422);
    expect(Object.keys(res.json.error.fields)).toEqual(["cc"]);
    const after = await db().ticket.findUniqueOrThrow({ where: { id: t.id }, select: { status: true, ccEmails: true } });
    expect(after).toEqual({ status: "OPEN", ccEmails: ["bob@example.com"] });
  });
});
