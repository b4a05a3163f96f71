// moveMessageToNewTicket ("Move to new ticket"), against real PostgreSQL and the real mail
// pipeline: a stranger's mail threaded into a customer's ticket by References leaves it for a
// ticket of its own sender, with its attachments and raw mail; a reply to it then threads there,
// search finds its text there, and the old ticket's times are what is left of its thread. Refused
// for the first or only customer message, replies, notes, merged tickets, other workspaces and
// light agents; two moves of one message at once make one ticket.
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Ctx } from "@/server/context";
import { db } from "@/server/db";
import { makeCustomer, makeMember, makeTicket, makeWorkspace, type MadeMember } from "@/server/demo/factories";
import { acceptRawMail } from "@/server/mail/accept-raw-mail";
import { processQueuedInboundMail } from "@/server/mail/process-inbound-mail";
import { searchTickets } from "@/server/search/search-tickets";
import { mergeTickets } from "@/server/tickets/merge-tickets";
import { moveMessageToNewTicket } from "@/server/tickets/move-message-to-new-ticket";
import { getAgentThread } from "@/server/tickets/ticket.queries";
import type { CreatedWorkspace } from "@/server/workspaces/create-workspace";
import { memberCtx, rejection, silentLog, whileRowsLocked } from "../helpers/context";

let ws: CreatedWorkspace;
let agent: Ctx;
let agentMember: MadeMember;
let light: Ctx;
let mailbox: { id: string; workspaceId: string };
const ADDRESS = `support-${randomBytes(4).toString("hex")}@shop.example`;

type Mail = { from: string; subject: string; body: string; inReplyTo?: string; cc?: string; attachment?: { name: string; content: string } };

/** Commits a raw mail, runs this workspace's queue, and returns the message it became. */
async function deliver(m: Mail) {
  const messageId = `${randomBytes(8).toString("hex")}@mail.example`;
  const boundary = `b-${randomBytes(6).toString("hex")}`;
  const body = m.attachment
    ? [
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/plain; charset=utf-8",
        "",
        m.body,
        `--${boundary}`,
        `Content-Type: text/plain; name="${m.attachment.name}"`,
        `Content-Disposition: attachment; filename="${m.attachment.name}"`,
        "",
        m.attachment.content,
        `--${boundary}--`,
      ]
    : ["Content-Type: text/plain; charset=utf-8", "", m.body];
  const raw = [
    `From: ${m.from}`,
    `To: ${ADDRESS}`,
    ...(m.cc ? [`Cc: ${m.cc}`] : []),
    `Subject: ${m.subject}`,
    `Message-ID: <${messageId}>`,
    "Date: Sat, 05 Dec 2026 09:00:00 +0000",
    ...(m.inReplyTo ? [`In-Reply-To: <${m.inReplyTo}>`, `References: <${m.inReplyTo}>`] : []),
    "MIME-Version: 1.0",
    ...body,
    "",
  ].join("\r\n");
  const { id } = await acceptRawMail(db(), { mailbox, raw: Buffer.from(raw), source: "HTTP" });
  await processQueuedInboundMail(db(), silentLog, { workspaceId: ws.id });
  const row = await db().inboundMail.findUniqueOrThrow({ where: { id }, select: { id: true, message: { select: { id: true, ticketId: true, threadedBy: true } } } });
  return { inboundMailId: row.id, messageId: row.message!.id, ticketId: row.message!.ticketId, threadedBy: row.message!.threadedBy, emailMessageId: messageId };
}

const ticketById = (id: string) => db().ticket.findUniqueOrThrow({ where: { id }, include: { customer: { select: { email: true, name: true } } } });

beforeAll(async () => {
  ws = await makeWorkspace(db());
  agentMember = await makeMember(db(), ws, { role: "AGENT" });
  agent = await memberCtx(ws, agentMember);
  light = await memberCtx(ws, await makeMember(db(), ws, { role: "LIGHT_AGENT" }));
  mailbox = await db().mailbox.create({
    data: { workspaceId: ws.id, name: "Support", address: ADDRESS, forwardingKey: randomBytes(12).toString("hex") },
    select: { id: true, workspaceId: true },
  });
});

describe("moveMessageToNewTicket", () => {
  it("moves a stranger's mail threaded by References to a new ticket of its sender, and the thread follows it", async () => {
    const first = await deliver({ from: "Ana Customer <ana@example.com>", subject: "Order 41 never arrived", body: "Where is order 41?" });
    const stray = await deliver({
      from: "Bob Stranger <bob@example.org>",
      cc: "carol@example.org",
      subject: "Re: Order 41 never arrived",
      body: "Unrelated: my zephyrquartz mug broke",
      inReplyTo: first.emailMessageId,
      attachment: { name: "photo.txt", content: "a broken mug" },
    });
    expect(stray).toMatchObject({ ticketId: first.ticketId, threadedBy: "REFERENCES" });
    const before = await ticketById(first.ticketId);
    const attachment = await db().attachment.findFirstOrThrow({ where: { messageId: stray.messageId } });

    const result = await moveMessageToNewTicket(agent, { ticketNumber: before.number, messageId: stray.messageId });
    expect(result.source).toEqual({ ticketId: first.ticketId, number: before.number, version: before.version + 1 });

    // The new ticket: Bob's, found or created by his From address, on the same mailbox and channel.
    const created = await ticketById(result.ticket.ticketId);
    expect(created).toMatchObject({
      number: result.ticket.number,
      subject: "Order 41 never arrived",
      status: "OPEN",
      channel: "EMAIL",
      mailboxId: mailbox.id,
      ccEmails: ["carol@example.org"],
      assigneeId: null,
      firstResponseAt: null,
      customer: { email: "bob@example.org", name: "Bob Stranger" },
    });
    const moved = await db().message.findUniqueOrThrow({ where: { id: stray.messageId } });
    expect(moved).toMatchObject({ ticketId: created.id, authorCustomerId: created.customerId, inboundMailId: stray.inboundMailId });
    expect(created.lastCustomerMessageAt).toEqual(moved.createdAt);
    expect(await db().attachment.findUniqueOrThrow({ where: { id: attachment.id } })).toMatchObject({ messageId: stray.messageId, blobId: attachment.blobId });
    expect((await db().inboundMail.findUniqueOrThrow({ where: { id: stray.inboundMailId } })).ticketId).toBe(created.id);

    // The old ticket: only Ana's message is left, and its times say so.
    const old = await ticketById(first.ticketId);
    const anaMessage = await db().message.findUniqueOrThrow({ where: { id: first.messageId } });
    expect(await db().message.findMany({ where: { ticketId: old.id }, select: { id: true } })).toEqual([{ id: first.messageId }]);
    expect(old.lastCustomerMessageAt).toEqual(anaMessage.createdAt);
    expect(old.lastActivityAt).toEqual(new Date(Math.max(anaMessage.createdAt.getTime(), old.createdAt.getTime())));
    expect(old).toMatchObject({ version: before.version + 1, customerId: before.customerId, status: before.status });

    // Both histories say so, and both threads show it.
    expect(await db().ticketEvent.findMany({ where: { ticketId: old.id, type: "MESSAGE_MOVED_OUT" } })).toEqual([
      expect.objectContaining({ actorType: "MEMBER", actorMemberId: agentMember.memberId, ticketVersion: old.version, data: { messageId: stray.messageId, ticketId: created.id, number: created.number } }),
    ]);
    const newEvents = await db().ticketEvent.findMany({ where: { ticketId: created.id }, orderBy: { type: "asc" } });
    expect(newEvents.map((e) => [e.type, e.data])).toEqual([
      ["CREATED", { channel: "EMAIL", priority: "NORMAL", assigneeId: null, area: null, tags: [] }],
      ["CUSTOMER_MESSAGE", { messageId: stray.messageId }],
      ["MESSAGE_MOVED_IN", { messageId: stray.messageId, ticketId: old.id, number: old.number }],
    ]);
    const newThread = await getAgentThread(agent, created.id);
    expect(newThread.filter((e) => e.type === "message").map((e) => e.id)).toEqual([stray.messageId]);
    expect(newThread.some((e) => e.type === "event" && e.eventType === "MESSAGE_MOVED_IN")).toBe(true);
    const oldThread = await getAgentThread(agent, old.id);
    expect(oldThread.filter((e) => e.type === "message").map((e) => e.id)).toEqual([first.messageId]);
    expect(oldThread.some((e) => e.type === "event" && e.eventType === "MESSAGE_MOVED_OUT")).toBe(true);

    // Bob's answer to his own mail threads by References into the new ticket, not Ana's.
    const followUp = await deliver({ from: "Bob Stranger <bob@example.org>", subject: "Re: Order 41 never arrived", body: "Any news on the mug?", inReplyTo: stray.emailMessageId });
    expect(followUp).toMatchObject({ ticketId: created.id, threadedBy: "REFERENCES" });

    // Search finds the moved text under the new ticket only.
    const hits = await searchTickets(agent, { q: "zephyrquartz" });
    expect(hits.map((h) => h.number)).toEqual([created.number]);
  });

  it("gives a customer message without a From address to the message's own customer", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, {
      customer,
      channel: "PORTAL",
      subject: "Exchange a jacket",
      messages: [
        { kind: "INBOUND", text: "Can I exchange my jacket?" },
        { kind: "REPLY", text: "Yes, which size?", authorMemberId: agentMember.memberId },
        { kind: "INBOUND", text: "Also, a separate question about gift cards" },
      ],
    });
    const result = await moveMessageToNewTicket(agent, { ticketNumber: ticket.number, messageId: ticket.messages[2]!.id });
    expect(await ticketById(result.ticket.ticketId)).toMatchObject({ customerId: customer.id, channel: "PORTAL", subject: "Exchange a jacket", mailboxId: null });
    // The reply stays, so the old ticket's first response stays too; its last customer message is the first one.
    const old = await ticketById(ticket.id);
    expect(old.lastCustomerMessageAt).toEqual(ticket.messages[0]!.createdAt);
    expect(old.lastActivityAt).toEqual(ticket.messages[1]!.createdAt);
  });

  it("refuses the first and the only customer message, replies and notes, and changes nothing", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, {
      customer,
      messages: [
        { kind: "INBOUND", text: "First" },
        { kind: "REPLY", text: "A reply", authorMemberId: agentMember.memberId },
        { kind: "NOTE", text: "A note", authorMemberId: agentMember.memberId },
      ],
    });
    const [firstMessage, replyMessage, noteMessage] = ticket.messages;
    const move = (id: string) => rejection(moveMessageToNewTicket(agent, { ticketNumber: ticket.number, messageId: id }));
    expect(await move(firstMessage!.id)).toMatchObject({ code: "VALIDATION", fields: { messageId: "is the first message of the ticket" } });
    expect(await move(replyMessage!.id)).toMatchObject({ code: "VALIDATION", fields: { messageId: "is not a customer message" } });
    expect(await move(noteMessage!.id)).toMatchObject({ code: "VALIDATION", fields: { messageId: "is not a customer message" } });

    // A thread that starts with a note: its one customer message is not the first, but the only one.
    const noteFirst = await makeTicket(db(), ws, {
      customer,
      messages: [
        { kind: "NOTE", text: "Customer called, will write", authorMemberId: agentMember.memberId },
        { kind: "INBOUND", text: "Here is what I meant" },
      ],
    });
    expect(await rejection(moveMessageToNewTicket(agent, { ticketNumber: noteFirst.number, messageId: noteFirst.messages[1]!.id }))).toMatchObject({
      code: "VALIDATION",
      fields: { messageId: "is the only customer message of the ticket" },
    });
    expect(await db().message.count({ where: { ticketId: { in: [ticket.id, noteFirst.id] } } })).toBe(5);
    expect((await ticketById(ticket.id)).version).toBe(ticket.version);
  });

  it("is for agents of the ticket's workspace only, and addresses a message through its own ticket", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "One" }, { kind: "INBOUND", text: "Two" }] });
    const second = ticket.messages[1]!.id;
    expect((await rejection(moveMessageToNewTicket(light, { ticketNumber: ticket.number, messageId: second }))).code).toBe("FORBIDDEN");

    const other = await makeWorkspace(db());
    const otherAgent = await memberCtx(other, await makeMember(db(), other, { role: "AGENT" }));
    const otherTicket = await makeTicket(db(), other, { customer: await makeCustomer(db(), other.id), messages: [{ kind: "INBOUND", text: "Mine" }] });
    // Another workspace's agent: its own ticket of that number, or none, never this message.
    expect((await rejection(moveMessageToNewTicket(otherAgent, { ticketNumber: ticket.number, messageId: second }))).code).toBe("NOT_FOUND");
    expect((await rejection(moveMessageToNewTicket(otherAgent, { ticketNumber: otherTicket.number, messageId: second }))).code).toBe("NOT_FOUND");
    // This workspace's message named under another of its tickets.
    const elsewhere = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "Elsewhere" }] });
    expect((await rejection(moveMessageToNewTicket(agent, { ticketNumber: elsewhere.number, messageId: second }))).code).toBe("NOT_FOUND");
    expect((await db().message.findUniqueOrThrow({ where: { id: second } })).ticketId).toBe(ticket.id);
  });

  it("refuses a ticket merged into another, naming the ticket its messages went to", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const target = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "Target" }] });
    const source = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "One" }, { kind: "INBOUND", text: "Two" }] });
    await mergeTickets(agent, { sourceNumber: source.number, targetNumber: target.number });
    expect(await rejection(moveMessageToNewTicket(agent, { ticketNumber: source.number, messageId: source.messages[1]!.id }))).toMatchObject({ code: "CONFLICT", mergedInto: target.number });
    // On the ticket that holds them now, the same message moves.
    const moved = await moveMessageToNewTicket(agent, { ticketNumber: target.number, messageId: source.messages[1]!.id });
    expect(moved.source.number).toBe(target.number);
  });

  it("two moves of one message at once: one opens the ticket, the other is told where it went", async () => {
    const customer = await makeCustomer(db(), ws.id);
    const ticket = await makeTicket(db(), ws, { customer, messages: [{ kind: "INBOUND", text: "One" }, { kind: "INBOUND", text: "Two" }] });
    const messageId = ticket.messages[1]!.id;
    const results = await whileRowsLocked(
      "Ticket",
      (tx) => tx.$queryRaw`SELECT 1 FROM "Ticket" WHERE "id" = ${ticket.id}::uuid FOR UPDATE`,
      () => Promise.allSettled([0, 1].map(() => moveMessageToNewTicket(agent, { ticketNumber: ticket.number, messageId }))),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r) => r.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const number = (won[0] as PromiseFulfilledResult<{ ticket: { number: number } }>).value.ticket.number;
    expect((lost[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT", message: `The message was already moved to ticket #${number}` });
    expect(await db().ticket.count({ where: { workspaceId: ws.id, customerId: customer.id } })).toBe(2);
  });
});
