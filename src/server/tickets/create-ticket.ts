// A new ticket with its first customer message. Agents open one for a phone call or a walk-in
// (channel PHONE by default: the message is the customer's, INBOUND, the CREATED event is the
// agent's); API tokens create them from shops' scripts (channel API by default). Light agents
// cannot. The customer is picked by id or found by email (lower-cased) in the workspace, and
// created when new; a found customer's empty name, phone and locale are filled in, never overwritten.
// Events: CREATED (by the actor, with the initial fields) and CUSTOMER_MESSAGE (by the customer).
// A ticket created without an assignee goes through the assignment rule (teams/route-tickets.ts)
// in the same transaction: TEAM_CHANGED and ASSIGNEE_CHANGED by the system when it sets them.
// createTickets opens several at once in a fixed number of statements; createTicket is one of them.
import type { Actor, Ctx } from "@/server/context";
import { eventActor, inTransaction, requireRole } from "@/server/context";
import type { Channel } from "@/generated/prisma/enums";
import type { DbTx, Prisma } from "@/server/db";
import { insertRows, newId, type ColumnTypes } from "@/server/db/insert-rows";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import { notifyTicketsChanged } from "./notify-ticket-changed";
import { resolveArea, resolveAssignee } from "./ticket-changes";
import { allocateTicketNumbers } from "./ticket-number";
import { inboundEmailColumns } from "./inbound-email-columns";
import { CreateTicketInput } from "./ticket.schemas";
import { ensureTags, normalizeTagNames } from "./ticket-tags";
import { resolveTeam } from "@/server/teams/team.queries";
import { routeTickets, RULE_ACTOR, type Routed } from "@/server/teams/route-tickets";

export type CreateTicketResult = { ticketId: string; number: number; customerId: string; messageId: string; version: number };

type CustomerInput = CreateTicketInput["customer"];

function defaultChannel(actor: Actor): Channel {
  return actor.type === "api" ? "API" : actor.type === "member" ? "PHONE" : "EMAIL";
}

/** The customer's id: the given one of the workspace, or the one with this email, created when new. */
export async function findOrCreateCustomer(db: DbTx, workspaceId: string, input: CustomerInput): Promise<string> {
  return (await findOrCreateCustomers(db, workspaceId, [input]))[0]!;
}

/**
 * findOrCreateCustomer for several inputs at once (one id per input, in order), in a fixed number
 * of statements. Inputs with the same email share one customer; its empty name, phone and locale
 * are filled from the first input that has them.
 */
async function findOrCreateCustomers(db: DbTx, workspaceId: string, inputs: readonly CustomerInput[]): Promise<string[]> {
  const givenIds = [...new Set(inputs.flatMap((i) => ("customerId" in i ? [i.customerId] : [])))];
  const known = new Set<string>();
  if (givenIds.length > 0) {
    for (const c of await db.customer.findMany({ where: { id: { in: givenIds }, workspaceId }, select: { id: true } })) known.add(c.id);
    if (givenIds.some((id) => !known.has(id))) {
      throw new AppError("VALIDATION", "Some fields are invalid", { fields: { "customer.customerId": "is not a customer of this workspace" } });
    }
  }
  // The first input of each email, with the first non-empty name, phone and locale among its inputs.
  const byEmail = new Map<string, { email: string; name?: string; phone?: string; locale?: string }>();
  for (const input of inputs) {
    if ("customerId" in input) continue;
    const seen = byEmail.get(input.email) ?? { email: input.email };
    byEmail.set(input.email, { ...seen, name: seen.name ?? input.name, phone: seen.phone ?? input.phone, locale: seen.locale ?? input.locale });
  }
  const idByEmail = new Map<string, string>();
  if (byEmail.size > 0) {
    const wanted = [...byEmail.values()];
    // ON CONFLICT DO NOTHING, then read: two tickets from one new customer at once share the row.
    await db.customer.createMany({
      data: wanted.map((c) => ({ workspaceId, email: c.email, name: c.name ?? null, phone: c.phone ?? null, locale: c.locale ?? null })),
      skipDuplicates: true,
    });
    const rows = await db.customer.findMany({
      where: { workspaceId, email: { in: wanted.map((c) => c.email) } },
      select: { id: true, email: true, name: true, phone: true, locale: true },
    });
    for (const customer of rows) {
      idByEmail.set(customer.email, customer.id);
      const input = byEmail.get(customer.email)!;
      const fill = {
        ...(!customer.name && input.name ? { name: input.name } : {}),
        ...(!customer.phone && input.phone ? { phone: input.phone } : {}),
        ...(!customer.locale && input.locale ? { locale: input.locale } : {}),
      };
      if (Object.keys(fill).length > 0) await db.customer.update({ where: { id: customer.id, workspaceId }, data: fill });
    }
  }
  return inputs.map((input) => ("customerId" in input ? input.customerId : idByEmail.get(input.email)!));
}

type TicketRow = Required<
  Pick<
    Prisma.TicketCreateManyInput,
    | "id" | "workspaceId" | "number" | "subject" | "channel" | "priority" | "customerId" | "assigneeId" | "teamId" | "problemAreaId"
    | "mailboxId" | "orderNumber" | "createdAt" | "updatedAt" | "lastActivityAt" | "lastCustomerMessageAt"
  >
> & { ccEmails: string[] };
const TICKET_COLUMNS: ColumnTypes<TicketRow> = {
  id: "uuid",
  workspaceId: "uuid",
  number: "int",
  subject: "text",
  channel: '"Channel"',
  priority: '"TicketPriority"',
  customerId: "uuid",
  assigneeId: "uuid",
  teamId: "uuid",
  problemAreaId: "uuid",
  mailboxId: "uuid",
  orderNumber: "text",
  ccEmails: "text[]",
  createdAt: "timestamptz",
  updatedAt: "timestamptz",
  lastActivityAt: "timestamptz",
  lastCustomerMessageAt: "timestamptz",
};

type MessageRow = Required<
  Pick<Prisma.MessageCreateManyInput, "id" | "workspaceId" | "ticketId" | "kind" | "authorCustomerId" | "channel" | "text" | "html" | "createdAt">
> &
  ReturnType<typeof inboundEmailColumns>;
const MESSAGE_COLUMNS: ColumnTypes<MessageRow> = {
  id: "uuid",
  workspaceId: "uuid",
  ticketId: "uuid",
  kind: '"MessageKind"',
  authorCustomerId: "uuid",
  channel: '"Channel"',
  text: "text",
  html: "text",
  emailMessageId: "text",
  emailInReplyTo: "text",
  emailReferences: "text[]",
  emailFromName: "text",
  emailFromAddress: "text",
  emailCc: "text[]",
  threadedBy: '"ThreadedBy"',
  inboundMailId: "uuid",
  searchText: "text",
  createdAt: "timestamptz",
};

type EventRow = Required<
  Pick<Prisma.TicketEventCreateManyInput, "id" | "workspaceId" | "ticketId" | "type" | "actorType" | "actorMemberId" | "ticketVersion" | "createdAt">
> & { data: Record<string, unknown> };
const EVENT_COLUMNS: ColumnTypes<EventRow> = {
  id: "uuid",
  workspaceId: "uuid",
  ticketId: "uuid",
  type: '"TicketEventType"',
  actorType: '"ActorType"',
  actorMemberId: "uuid",
  data: "jsonb",
  ticketVersion: "int",
  createdAt: "timestamptz",
};

export async function createTicket(ctx: Ctx, raw: CreateTicketInput): Promise<CreateTicketResult> {
  return (await createTickets(ctx, [raw]))[0]!;
}

/**
 * Several tickets of the workspace in one transaction (results in the order of the inputs), with
 * a fixed number of statements whatever their count: the mail worker opens a batch's new tickets
 * at once (process-inbound-mail.ts). Their numbers are consecutive, in the order of the inputs.
 */
export async function createTickets(ctx: Ctx, raws: readonly CreateTicketInput[]): Promise<CreateTicketResult[]> {
  requireRole(ctx, "AGENT");
  if (raws.length === 0) return [];
  const inputs = raws.map((raw) => parseInput(CreateTicketInput, raw));
  return inTransaction(ctx, async ({ db, workspace, actor }) => {
    const workspaceId = workspace.id;
    const customerIds = await findOrCreateCustomers(db, workspaceId, inputs.map((i) => i.customer));
    const planned = [];
    for (const [i, input] of inputs.entries()) {
      const tags = normalizeTagNames(input.tags ?? []);
      planned.push({
        input,
        channel: input.channel ?? defaultChannel(actor),
        priority: input.priority ?? "NORMAL",
        customerId: customerIds[i]!,
        assigneeId: input.assignee ? await resolveAssignee(db, workspaceId, input.assignee) : null,
        teamId: input.team ? await resolveTeam(db, workspaceId, input.team) : null,
        area: input.area ? await resolveArea(db, workspaceId, input.area) : null,
        tags,
        tagIds: await ensureTags(db, workspaceId, tags),
      });
    }
    const now = new Date();
    // As late as possible: from here to commit the workspace row is locked (see ticket-number.ts).
    const first = await allocateTicketNumbers(db, workspaceId, planned.length);
    // Only tickets without an assignee are routed; the rule locks the teams it picks from.
    const unassigned: number[] = [];
    const toRoute = [];
    for (const [i, t] of planned.entries()) {
      if (t.assigneeId !== null) continue;
      unassigned.push(i);
      toRoute.push({ channel: t.channel, areaKey: t.area?.key ?? null, mailboxId: t.input.mailboxId ?? null, teamId: t.teamId });
    }
    const routedList = await routeTickets(db, workspaceId, toRoute);
    const routed = new Map<number, Routed>(unassigned.map((i, k) => [i, routedList[k]!]));
    // Through the driver (insert-rows.ts): the mail worker opens most tickets, a batch at a time.
    const ticketRows: TicketRow[] = planned.map((t, i) => ({
      id: newId(),
      workspaceId,
      number: first + i,
      subject: t.input.subject,
      channel: t.channel,
      priority: t.priority,
      customerId: t.customerId,
      assigneeId: t.assigneeId ?? routed.get(i)?.assigneeId ?? null,
      teamId: routed.get(i)?.teamId ?? t.teamId,
      problemAreaId: t.area?.id ?? null,
      mailboxId: t.input.mailboxId ?? null,
      orderNumber: t.input.orderNumber ?? null,
      ccEmails: t.input.message.email?.cc ?? [],
      createdAt: now,
      updatedAt: now,
      lastActivityAt: now,
      lastCustomerMessageAt: now,
    }));
    const versions = new Map(
      (await insertRows<TicketRow, { id: string; version: number }>(db, "Ticket", TICKET_COLUMNS, ticketRows, ["id", "version"])).map((t) => [t.id, t.version]),
    );
    const ticketOf = (i: number) => ({ id: ticketRows[i]!.id, number: first + i, version: versions.get(ticketRows[i]!.id)! });
    const messageRows: MessageRow[] = planned.map((t, i) => ({
      id: newId(),
      workspaceId,
      ticketId: ticketRows[i]!.id,
      kind: "INBOUND",
      authorCustomerId: t.customerId,
      channel: t.channel,
      text: t.input.message.text,
      html: t.input.message.html ?? null,
      ...inboundEmailColumns(t.input.message.email),
      createdAt: now,
    }));
    await insertRows(db, "Message", MESSAGE_COLUMNS, messageRows, []);
    const messageIdOf = (i: number) => messageRows[i]!.id;
    const tagRows = planned.flatMap((t, i) => t.tags.map((name) => ({ workspaceId, ticketId: ticketOf(i).id, tagId: t.tagIds.get(name)!, createdAt: now })));
    if (tagRows.length > 0) await db.ticketTag.createMany({ data: tagRows });
    const eventRows: EventRow[] = planned.flatMap((t, i) => {
      const ticket = ticketOf(i);
      const created = { channel: t.channel, priority: t.priority, assigneeId: t.assigneeId, teamId: t.teamId, area: t.area?.key ?? null, tags: t.tags };
      const rule = routed.get(i);
      const ruleEvent = (type: "TEAM_CHANGED" | "ASSIGNEE_CHANGED", to: string) => ({
        id: newId(), workspaceId, ticketId: ticket.id, type, ...RULE_ACTOR, data: { from: null, to }, ticketVersion: ticket.version, createdAt: now,
      });
      return [
        { id: newId(), workspaceId, ticketId: ticket.id, type: "CREATED" as const, ...eventActor(actor), data: created, ticketVersion: ticket.version, createdAt: now },
        ...(rule?.teamFromRule ? [ruleEvent("TEAM_CHANGED", rule.teamId!)] : []),
        ...(rule?.assigneeId ? [ruleEvent("ASSIGNEE_CHANGED", rule.assigneeId)] : []),
        {
          id: newId(),
          workspaceId,
          ticketId: ticket.id,
          type: "CUSTOMER_MESSAGE" as const,
          actorType: "CUSTOMER" as const,
          actorMemberId: null,
          data: { messageId: messageIdOf(i) },
          ticketVersion: ticket.version,
          createdAt: now,
        },
      ];
    });
    await insertRows(db, "TicketEvent", EVENT_COLUMNS, eventRows, []);
    await notifyTicketsChanged(
      db,
      planned.map((_, i) => ({ workspaceId, ticketId: ticketOf(i).id, number: first + i, version: ticketOf(i).version, kind: "created" as const })),
    );
    return planned.map((t, i) => {
      const ticket = ticketOf(i);
      ctx.log.info({ ticketId: ticket.id, number: ticket.number, channel: t.channel, customerId: t.customerId }, "ticket created");
      return { ticketId: ticket.id, number: ticket.number, customerId: t.customerId, messageId: messageIdOf(i), version: ticket.version };
    });
  });
}
