// A new ticket with its first customer message. Agents open one for a phone call or a walk-in
// (channel PHONE by default: the message is the customer's, INBOUND, the CREATED event is the
// agent's); API tokens create them from shops' scripts (channel API by default). Light agents
// cannot. The customer is picked by id or found by email (lower-cased) in the workspace, and
// created when new; a found customer's empty name, phone and locale are filled in, never overwritten.
// Events: CREATED (by the actor, with the initial fields) and CUSTOMER_MESSAGE (by the customer).
import type { Actor, Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import type { Channel } from "@/generated/prisma/enums";
import type { DbTx } from "@/server/db";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { notifyTicketChanged } from "./notify-ticket-changed";
import { resolveArea, resolveAssignee } from "./ticket-changes";
import { allocateTicketNumber } from "./ticket-number";
import { inboundEmailColumns } from "./inbound-email-columns";
import { CreateTicketInput } from "./ticket.schemas";
import { ensureTags, normalizeTagNames } from "./ticket-tags";

export type CreateTicketResult = { ticketId: string; number: number; customerId: string; messageId: string; version: number };

type CustomerInput = CreateTicketInput["customer"];

function defaultChannel(actor: Actor): Channel {
  return actor.type === "api" ? "API" : actor.type === "member" ? "PHONE" : "EMAIL";
}

/** The customer's id: the given one of the workspace, or the one with this email, created when new. */
export async function findOrCreateCustomer(db: DbTx, workspaceId: string, input: CustomerInput): Promise<string> {
  if ("customerId" in input) {
    const found = await db.customer.findFirst({ where: { id: input.customerId, workspaceId }, select: { id: true } });
    if (!found) throw new AppError("VALIDATION", "Some fields are invalid", { fields: { "customer.customerId": "is not a customer of this workspace" } });
    return found.id;
  }
  const email = input.email;
  // ON CONFLICT DO NOTHING, then read: two tickets from one new customer at once share the row.
  await db.customer.createMany({
    data: [{ workspaceId, email, name: input.name ?? null, phone: input.phone ?? null, locale: input.locale ?? null }],
    skipDuplicates: true,
  });
  const customer = await db.customer.findUniqueOrThrow({
    where: { workspaceId_email: { workspaceId, email } },
    select: { id: true, name: true, phone: true, locale: true },
  });
  const fill = {
    ...(!customer.name && input.name ? { name: input.name } : {}),
    ...(!customer.phone && input.phone ? { phone: input.phone } : {}),
    ...(!customer.locale && input.locale ? { locale: input.locale } : {}),
  };
  if (Object.keys(fill).length > 0) await db.customer.update({ where: { id: customer.id, workspaceId }, data: fill });
  return customer.id;
}

export async function createTicket(ctx: Ctx, raw: CreateTicketInput): Promise<CreateTicketResult> {
  requireRole(ctx, "AGENT");
  const input = parseInput(CreateTicketInput, raw);
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const workspaceId = workspace.id;
    const channel = input.channel ?? defaultChannel(actor);
    const customerId = await findOrCreateCustomer(db, workspaceId, input.customer);
    const assigneeId = input.assignee ? await resolveAssignee(db, workspaceId, input.assignee) : null;
    const area = input.area ? await resolveArea(db, workspaceId, input.area) : null;
    const tagNames = normalizeTagNames(input.tags ?? []);
    const tagIds = await ensureTags(db, workspaceId, tagNames);
    const now = new Date();
    // As late as possible: from here to commit the workspace row is locked (see ticket-number.ts).
    const number = await allocateTicketNumber(db, workspaceId);
    const ticket = await db.ticket.create({
      data: {
        workspaceId,
        number,
        subject: input.subject,
        channel,
        priority: input.priority ?? "NORMAL",
        customerId,
        assigneeId,
        problemAreaId: area?.id ?? null,
        mailboxId: input.mailboxId ?? null,
        ccEmails: input.message.email?.cc ?? [],
        createdAt: now,
        lastActivityAt: now,
        lastCustomerMessageAt: now,
      },
      select: { id: true, version: true },
    });
    const message = await db.message.create({
      data: {
        workspaceId,
        ticketId: ticket.id,
        kind: "INBOUND",
        authorCustomerId: customerId,
        channel,
        text: input.message.text,
        html: input.message.html ?? null,
        ...inboundEmailColumns(input.message.email),
        createdAt: now,
      },
      select: { id: true },
    });
    if (tagNames.length > 0) {
      await db.ticketTag.createMany({ data: tagNames.map((name) => ({ workspaceId, ticketId: ticket.id, tagId: tagIds.get(name)!, createdAt: now })) });
    }
    const created = { channel, priority: input.priority ?? "NORMAL", assigneeId, area: area?.key ?? null, tags: tagNames };
    await db.ticketEvent.createMany({
      data: [
        { workspaceId, ticketId: ticket.id, type: "CREATED", ...eventActor(actor), data: created, ticketVersion: ticket.version, createdAt: now },
        {
          workspaceId,
          ticketId: ticket.id,
          type: "CUSTOMER_MESSAGE",
          actorType: "CUSTOMER",
          actorMemberId: null,
          data: { messageId: message.id },
          ticketVersion: ticket.version,
          createdAt: now,
        },
      ],
    });
    await notifyTicketChanged(db, { workspaceId, ticketId: ticket.id, number, version: ticket.version, kind: "created" });
    ctx.log.info({ ticketId: ticket.id, number, channel, customerId }, "ticket created");
    return { ticketId: ticket.id, number, customerId, messageId: message.id, version: ticket.version };
  });
}
