// "Move to new ticket" (Zammad's split, Help Scout's "Move to new conversation"): one customer
// message of a ticket leaves it and opens a ticket of its own, for mail threaded where it does
// not belong (a stranger's reply that quoted our References, a customer's new question sent as
// a reply to an old one). Agents and admins only, as for merging.
//
// Which messages: INBOUND ones, whatever their channel (a customer wrote them); never a reply, a
// note or an automatic mail, and never the ticket's first message or its only customer message,
// which would leave a ticket about nothing. Refusals are VALIDATION on `messageId`.
//
// The new ticket: its customer is the mail's sender (the From address, found or created in the
// workspace as inbound processing does, because a reply threaded by References was recorded under
// the old ticket's customer), else the message's customer; the old ticket's subject (a message
// keeps no subject of its own, and a reply's "Re: … [#n]" would carry the old number); the
// message's channel; the mailbox the mail came in by (else the old ticket's); the mail's Cc;
// status OPEN, normal priority, unassigned. The message moves with its attachments (they hang on
// the message) and keeps its time; its InboundMail now names the new ticket. Threading by
// References looks a Message-ID up through the message's ticket, so a reply to the moved mail
// lands on the new ticket. Search reads messages through their ticket, so the text is found there.
//
// Locking: the old ticket's row first (every writer of its thread takes it, so two moves of one
// message queue; the second finds the message gone and gets a CONFLICT naming where it went),
// then the workspace row for the number (as createTicket does). The new ticket is nobody else's
// until commit. Events: MESSAGE_MOVED_OUT on the old ticket; CREATED, CUSTOMER_MESSAGE and
// MESSAGE_MOVED_IN on the new one. The old ticket's lastActivityAt and lastCustomerMessageAt are
// worked out again from what is left; its firstResponseAt stays (replies do not move), and so
// does its status (an agent closes it if the moved mail was what reopened it); the new one has no
// first response until an agent answers.
import type { Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { EmailSchema, PersonNameSchema } from "@/lib/validation";
import { parseInput } from "@/server/validate";
import { findOrCreateCustomer } from "./create-ticket";
import { lockTicketForUpdate } from "./lock-ticket";
import { assertNotMerged } from "./merged-ticket";
import { notifyTicketsChanged } from "./notify-ticket-changed";
import { allocateTicketNumber } from "./ticket-number";
import { MoveMessageToNewTicketInput } from "./ticket.schemas";

export type MoveMessageToNewTicketResult = {
  messageId: string;
  /** The ticket the message left. */
  source: { ticketId: string; number: number; version: number };
  /** The ticket it opened. */
  ticket: { ticketId: string; number: number; version: number; customerId: string };
};

/** The English reasons of a refusal, on `messageId` (the UI maps them to its own words). */
export const MOVE_REFUSALS = {
  notCustomer: "is not a customer message",
  first: "is the first message of the ticket",
  onlyCustomer: "is the only customer message of the ticket",
} as const;

const refuse = (reason: keyof typeof MOVE_REFUSALS) =>
  new AppError("VALIDATION", "Some fields are invalid", { fields: { messageId: MOVE_REFUSALS[reason] } });

const later = (a: Date | null | undefined, b: Date): Date => (a && a.getTime() > b.getTime() ? a : b);

export async function moveMessageToNewTicket(ctx: Ctx, raw: MoveMessageToNewTicketInput): Promise<MoveMessageToNewTicketResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(MoveMessageToNewTicketInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor, log }) => {
    const workspaceId = workspace.id;
    const source = await lockTicketForUpdate(db, workspaceId, input.ticketNumber);
    await assertNotMerged(db, workspaceId, source);

    const message = await db.message.findFirst({
      where: { id: input.messageId, workspaceId },
      select: {
        id: true,
        ticketId: true,
        kind: true,
        channel: true,
        createdAt: true,
        authorCustomerId: true,
        emailFromName: true,
        emailFromAddress: true,
        emailCc: true,
        inboundMailId: true,
        inboundMail: { select: { mailboxId: true } },
      },
    });
    if (!message) throw new AppError("NOT_FOUND", "Message not found");
    if (message.ticketId !== source.id) {
      // Moved out by someone else a moment ago (we waited for their lock): say where it went.
      const moved = await db.ticketEvent.findFirst({
        where: { workspaceId, ticketId: source.id, type: "MESSAGE_MOVED_OUT", data: { path: ["messageId"], equals: message.id } },
        orderBy: { createdAt: "desc" },
        select: { data: true },
      });
      const to = (moved?.data as { number?: unknown } | undefined)?.number;
      if (typeof to === "number") throw new AppError("CONFLICT", `The message was already moved to ticket #${to}`);
      throw new AppError("NOT_FOUND", "Message not found");
    }
    if (message.kind !== "INBOUND") throw refuse("notCustomer");
    const first = await db.message.findFirst({
      where: { workspaceId, ticketId: source.id },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (first?.id === message.id) throw refuse("first");
    const otherCustomerMessages = await db.message.count({ where: { workspaceId, ticketId: source.id, kind: "INBOUND", id: { not: message.id } } });
    if (otherCustomerMessages === 0) throw refuse("onlyCustomer");

    const old = await db.ticket.findUniqueOrThrow({
      where: { id: source.id, workspaceId },
      select: { subject: true, mailboxId: true, createdAt: true },
    });
    const from = EmailSchema.safeParse(message.emailFromAddress ?? "");
    const name = PersonNameSchema.safeParse(message.emailFromName?.slice(0, 120) ?? "");
    const customerId = from.success
      ? await findOrCreateCustomer(db, workspaceId, { email: from.data, ...(name.success ? { name: name.data } : {}) })
      : (message.authorCustomerId ?? source.customerId);

    const now = new Date();
    // As late as possible: from here to commit the workspace row is locked (see ticket-number.ts).
    const number = await allocateTicketNumber(db, workspaceId);
    const ticket = await db.ticket.create({
      data: {
        workspaceId,
        number,
        subject: old.subject,
        channel: message.channel,
        customerId,
        mailboxId: message.inboundMail?.mailboxId ?? old.mailboxId,
        ccEmails: message.emailCc,
        createdAt: now,
        lastActivityAt: now,
        lastCustomerMessageAt: message.createdAt,
      },
      select: { id: true, version: true },
    });
    await db.message.update({ where: { id: message.id, workspaceId }, data: { ticketId: ticket.id, authorCustomerId: customerId } });
    if (message.inboundMailId) {
      await db.inboundMail.update({ where: { id: message.inboundMailId, workspaceId }, data: { ticketId: ticket.id } });
    }

    // What is left on the old ticket decides its times again.
    const [left, leftCustomer] = await Promise.all([
      db.message.aggregate({ where: { workspaceId, ticketId: source.id }, _max: { createdAt: true } }),
      db.message.aggregate({ where: { workspaceId, ticketId: source.id, kind: "INBOUND" }, _max: { createdAt: true } }),
    ]);
    const sourceVersion = source.version + 1;
    await db.ticket.update({
      where: { id: source.id, workspaceId },
      data: {
        lastActivityAt: later(left._max.createdAt, old.createdAt),
        lastCustomerMessageAt: leftCustomer._max.createdAt,
        version: sourceVersion,
      },
    });

    const who = eventActor(actor);
    await db.ticketEvent.createMany({
      data: [
        {
          workspaceId,
          ticketId: source.id,
          type: "MESSAGE_MOVED_OUT",
          ...who,
          data: { messageId: message.id, ticketId: ticket.id, number },
          ticketVersion: sourceVersion,
          createdAt: now,
        },
        {
          workspaceId,
          ticketId: ticket.id,
          type: "CREATED",
          ...who,
          data: { channel: message.channel, priority: "NORMAL", assigneeId: null, area: null, tags: [] },
          ticketVersion: ticket.version,
          createdAt: now,
        },
        {
          workspaceId,
          ticketId: ticket.id,
          type: "CUSTOMER_MESSAGE",
          actorType: "CUSTOMER",
          actorMemberId: null,
          data: { messageId: message.id },
          ticketVersion: ticket.version,
          createdAt: message.createdAt,
        },
        {
          workspaceId,
          ticketId: ticket.id,
          type: "MESSAGE_MOVED_IN",
          ...who,
          data: { messageId: message.id, ticketId: source.id, number: source.number },
          ticketVersion: ticket.version,
          createdAt: now,
        },
      ],
    });
    await notifyTicketsChanged(db, [
      { workspaceId, ticketId: source.id, number: source.number, version: sourceVersion, kind: "message_moved" },
      { workspaceId, ticketId: ticket.id, number, version: ticket.version, kind: "created" },
    ]);
    log.info({ messageId: message.id, sourceId: source.id, ticketId: ticket.id, number }, "message moved to a new ticket");
    return {
      messageId: message.id,
      source: { ticketId: source.id, number: source.number, version: sourceVersion },
      ticket: { ticketId: ticket.id, number, version: ticket.version, customerId },
    };
  });
}
