// Builders for realistic rows, shared by the demo seed and the integration tests.
// Workspaces and members go through their use cases (so the seed and the tests exercise the same
// rules as the CLI); tickets are written directly, with the timestamps, tags and events that the
// ticket use cases would have left behind, because the seed needs to place them in the past.
import { randomUUID } from "node:crypto";
import pino from "pino";
import { v7 } from "uuid";
import type {
  ActorType,
  Channel,
  MemberRole,
  TicketEventType,
  TicketPriority,
  TicketStatus,
} from "@/generated/prisma/enums";
import type { Customer, DbTx, Message, Prisma, Ticket } from "@/server/db";
import type { Locale } from "@/lib/validation";
import { systemCtx, type WorkspaceRef } from "@/server/context";
import type { Logger } from "@/server/logger";
import { createWorkspace, type CreatedWorkspace } from "@/server/workspaces/create-workspace";
import type { CreateWorkspaceInput } from "@/server/workspaces/workspace.schemas";
import { addMemberWithPassword } from "@/server/members/add-member-with-password";
import { replyChannel } from "@/server/tickets/reply-channel";
import { allocateTicketNumber, allocateTicketNumbers } from "@/server/tickets/ticket-number";
import { ensureTags, normalizeTagNames } from "@/server/tickets/ticket-tags";

/** The password of members made without one. */
export const FACTORY_PASSWORD = "factory-password-1";

// Factories run in tests and in the seed, whose logs should not fill with "member added".
const quiet: Logger = pino({ level: "silent" });

function uniqueSuffix(): string {
  return randomUUID().replaceAll("-", "").slice(0, 10);
}

/**
 * A UUIDv7 for the given instant, so rows written in the past sort with their createdAt; `seq`
 * (under 4,096) fills the 12 bits after the timestamp, so rows of one ticket made in the same millisecond
 * (the CREATED event and the first message's event) keep their order when sorted by id.
 */
function uuidv7(at: Date, seq = 0): string {
  // uuid's v7 puts the top 12 of the 32 sequence bits right after the timestamp.
  return v7({ msecs: Math.max(0, at.getTime()), seq: seq * 2 ** 20 });
}

export function makeWorkspace(db: DbTx, overrides: Partial<CreateWorkspaceInput> = {}): Promise<CreatedWorkspace> {
  return createWorkspace(db, {
    slug: `ws-${uniqueSuffix()}`,
    name: "Test Shop",
    ...overrides,
  });
}

export type MakeMemberOptions = {
  role: MemberRole;
  email?: string;
  name?: string;
  password?: string;
  locale?: Locale;
  /**
   * An argon2 hash to store for a new user instead of hashing `password` again: the seed hashes
   * its one password once. An existing user keeps the hash they have.
   */
  passwordHash?: string;
};

export type MadeMember = { userId: string; memberId: string; email: string; name: string; role: MemberRole };

export async function makeMember(db: DbTx, workspace: WorkspaceRef, opts: MakeMemberOptions): Promise<MadeMember> {
  const email = (opts.email ?? `member-${uniqueSuffix()}@example.com`).trim().toLowerCase();
  const name = opts.name ?? "Test Member";
  const locale = opts.locale;
  if (opts.passwordHash) {
    // addMemberWithPassword keeps an existing user's password, so creating the user first
    // leaves it only the membership to add.
    await db.user.upsert({
      where: { email },
      create: { email, name, locale: locale ?? null, passwordHash: opts.passwordHash },
      update: {},
    });
  }
  const ctx = systemCtx(db, workspace, quiet, "factory");
  const { userId, memberId } = await addMemberWithPassword(ctx, {
    email,
    name,
    role: opts.role,
    password: opts.password ?? FACTORY_PASSWORD,
    locale,
  });
  return { userId, memberId, email, name, role: opts.role };
}

export type MakeCustomerOptions = {
  email?: string;
  name?: string | null;
  locale?: string | null;
  phone?: string | null;
  createdAt?: Date;
};

export function makeCustomer(db: DbTx, workspaceId: string, overrides: MakeCustomerOptions = {}): Promise<Customer> {
  return db.customer.create({
    data: {
      workspaceId,
      email: (overrides.email ?? `customer-${uniqueSuffix()}@example.com`).trim().toLowerCase(),
      name: overrides.name === undefined ? "Test Customer" : overrides.name,
      locale: overrides.locale ?? null,
      phone: overrides.phone ?? null,
      ...(overrides.createdAt ? { createdAt: overrides.createdAt, updatedAt: overrides.createdAt } : {}),
    },
  });
}

export type MakeMessage = {
  kind: "INBOUND" | "REPLY" | "NOTE";
  text: string;
  html?: string;
  /** REPLY and NOTE: the writing member; defaults to the assignee. */
  authorMemberId?: string;
  /** Defaults to the ticket's channel (replies to forms, API and phone tickets go out by email). */
  channel?: Channel;
  /** Defaults to the ticket's createdAt for the first message, one second after the previous one after that. */
  at?: Date;
};

export type MakeTicketOptions = {
  customer: Pick<Customer, "id">;
  subject?: string;
  status?: TicketStatus;
  priority?: TicketPriority;
  channel?: Channel;
  /** Key of one of the workspace's problem areas (`returns`, `refunds`, ...). */
  areaKey?: string;
  /** The area's id, when the caller has it already (saves looking `areaKey` up). */
  problemAreaId?: string;
  assigneeId?: string | null;
  tags?: string[];
  createdAt?: Date;
  /** When it was assigned; defaults to just before the assignee's first message, else createdAt. */
  assignedAt?: Date;
  messages?: MakeMessage[];
};

export type MadeTicket = Ticket & { messages: Message[]; tagNames: string[] };

const MESSAGE_EVENT = { INBOUND: "CUSTOMER_MESSAGE", REPLY: "REPLY_ADDED", NOTE: "NOTE_ADDED" } as const;

function createdActorType(channel: Channel): "CUSTOMER" | "API" | "MEMBER" {
  if (channel === "API") return "API";
  // A phone ticket is typed in by the agent who took the call.
  if (channel === "PHONE") return "MEMBER";
  return "CUSTOMER";
}

type TicketRows = {
  ticket: Prisma.TicketCreateManyInput & { id: string; createdAt: Date; updatedAt: Date; lastActivityAt: Date };
  messages: Message[];
  events: Prisma.TicketEventCreateManyInput[];
  tagLinks: Prisma.TicketTagCreateManyInput[];
};

/** The rows of one ticket, with the timestamps and events its history implies. No I/O. */
function planTicket(
  workspaceId: string,
  number: number,
  opts: MakeTicketOptions,
  problemAreaId: string | null,
  tagIds: string[],
): TicketRows {
  const input = opts.messages ?? [];
  const channel = opts.channel ?? "EMAIL";
  const status = opts.status ?? "OPEN";
  const assigneeId = opts.assigneeId ?? null;
  const createdAt = opts.createdAt ?? input[0]?.at ?? new Date(Date.now() - (input.length + 1) * 1000);
  const ticketId = uuidv7(createdAt);

  let prev = createdAt;
  const messages: Message[] = input.map((m, i) => {
    const at = m.at ?? (i === 0 ? createdAt : new Date(prev.getTime() + 1000));
    prev = at;
    const fromCustomer = m.kind === "INBOUND";
    const authorMemberId = fromCustomer ? null : (m.authorMemberId ?? assigneeId);
    if (!fromCustomer && !authorMemberId) throw new Error(`makeTicket: a ${m.kind} needs authorMemberId or an assignee`);
    return {
      id: uuidv7(at, i),
      workspaceId,
      ticketId,
      kind: m.kind,
      authorMemberId,
      authorCustomerId: fromCustomer ? opts.customer.id : null,
      authorApiTokenId: null,
      channel: m.channel ?? (m.kind === "REPLY" ? replyChannel(channel) : channel),
      text: m.text,
      html: m.html ?? null,
      emailMessageId: null,
      emailInReplyTo: null,
      emailReferences: [],
      emailFromName: null,
      emailFromAddress: null,
      emailCc: [],
      threadedBy: null,
      inboundMailId: null,
      searchText: null,
      createdAt: at,
    };
  });

  const lastActivityAt = messages.at(-1)?.createdAt ?? createdAt;
  const lastMemberId = messages.findLast((m) => m.authorMemberId)?.authorMemberId ?? assigneeId;

  // Pushed in time order; the index breaks ties between events of the same millisecond.
  const events: Prisma.TicketEventCreateManyInput[] = [];
  const event = (type: TicketEventType, at: Date, actorType: ActorType, actorMemberId: string | null, data: Prisma.InputJsonValue) => {
    events.push({ id: uuidv7(at, events.length), workspaceId, ticketId, type, actorType, actorMemberId, data, createdAt: at });
  };
  let creatorType: ActorType = createdActorType(channel);
  const creatorId = creatorType === "MEMBER" ? (messages.find((m) => m.authorMemberId)?.authorMemberId ?? assigneeId) : null;
  if (creatorType === "MEMBER" && !creatorId) creatorType = "SYSTEM";
  event("CREATED", createdAt, creatorType, creatorId, { channel });
  if (assigneeId) {
    const own = messages.find((m) => m.authorMemberId === assigneeId);
    const assignedAt = opts.assignedAt ?? (own ? new Date(Math.max(createdAt.getTime(), own.createdAt.getTime() - 1000)) : createdAt);
    event("ASSIGNEE_CHANGED", assignedAt, "MEMBER", assigneeId, { from: null, to: assigneeId });
  }
  for (const m of messages) {
    if (m.kind === "INBOUND") event("CUSTOMER_MESSAGE", m.createdAt, "CUSTOMER", null, { messageId: m.id });
    // Automatic mails (acknowledgements) have no event of their own.
    else if (m.kind !== "AUTO_REPLY") event(MESSAGE_EVENT[m.kind], m.createdAt, "MEMBER", m.authorMemberId, { messageId: m.id });
  }
  if (status !== "OPEN") {
    event("STATUS_CHANGED", lastActivityAt, lastMemberId ? "MEMBER" : "SYSTEM", lastMemberId, { from: "OPEN", to: status });
  }

  return {
    ticket: {
      id: ticketId,
      workspaceId,
      number,
      subject: opts.subject ?? "Where is my order?",
      status,
      priority: opts.priority ?? "NORMAL",
      channel,
      problemAreaId,
      customerId: opts.customer.id,
      assigneeId,
      createdAt,
      updatedAt: lastActivityAt,
      firstResponseAt: messages.find((m) => m.kind === "REPLY")?.createdAt ?? null,
      lastCustomerMessageAt: messages.findLast((m) => m.kind === "INBOUND")?.createdAt ?? null,
      lastActivityAt,
      closedAt: status === "CLOSED" ? lastActivityAt : null,
    },
    messages,
    events,
    tagLinks: tagIds.map((tagId) => ({ workspaceId, ticketId, tagId, createdAt })),
  };
}

function tagNamesOf(opts: MakeTicketOptions): string[] {
  return normalizeTagNames(opts.tags ?? []);
}

/** Problem area ids by key, for the keys the tickets name; throws on an unknown key. */
async function resolveAreas(db: DbTx, workspaceId: string, list: MakeTicketOptions[]): Promise<Map<string, string>> {
  const keys = [...new Set(list.filter((o) => !o.problemAreaId && o.areaKey).map((o) => o.areaKey!))];
  if (keys.length === 0) return new Map();
  const areas = await db.problemArea.findMany({ where: { workspaceId, key: { in: keys } }, select: { id: true, key: true } });
  const byKey = new Map(areas.map((a) => [a.key, a.id]));
  for (const key of keys) if (!byKey.has(key)) throw new Error(`makeTicket: no problem area "${key}" in workspace ${workspaceId}`);
  return byKey;
}

/**
 * Factories may insert hundreds of rows in one go (tests that need more tickets than a page or a
 * search walk): Prisma's default 5 s for an interactive transaction is too short for that on a
 * loaded two-core machine.
 */
const BULK_TRANSACTION = { timeout: 60_000, maxWait: 30_000 };

/** Runs `fn` in a transaction unless `db` already is one, so a failed insert returns its number. */
function atomically<T>(db: DbTx, fn: (tx: DbTx) => Promise<T>): Promise<T> {
  const client = db as DbTx & {
    $transaction?: (f: (tx: DbTx) => Promise<T>, options?: typeof BULK_TRANSACTION) => Promise<T>;
  };
  return typeof client.$transaction === "function" ? client.$transaction(fn, BULK_TRANSACTION) : fn(db);
}

export function makeTicket(db: DbTx, workspace: Pick<WorkspaceRef, "id">, opts: MakeTicketOptions): Promise<MadeTicket> {
  return atomically(db, (tx) => insertTicket(tx, workspace.id, opts));
}

async function insertTicket(db: DbTx, workspaceId: string, opts: MakeTicketOptions): Promise<MadeTicket> {
  const areas = await resolveAreas(db, workspaceId, [opts]);
  const tagNames = tagNamesOf(opts);
  const tags = await ensureTags(db, workspaceId, tagNames);
  // Allocated just before the insert: from here to commit the workspace row is locked, and
  // other tickets of the workspace wait (see allocateTicketNumber).
  const number = await allocateTicketNumber(db, workspaceId);
  const { ticket, messages, events, tagLinks } = planTicket(
    workspaceId,
    number,
    opts,
    opts.problemAreaId ?? (opts.areaKey ? areas.get(opts.areaKey)! : null),
    [...tags.values()],
  );
  const created = await db.ticket.create({
    data: {
      ...ticket,
      // Nested, so the ticket and its rows go to the database as one Prisma operation.
      events: { createMany: { data: events.map(({ ticketId: _t, ...e }) => e) } },
      ...(messages.length > 0 ? { messages: { createMany: { data: messages.map(({ ticketId: _t, ...m }) => m) } } } : {}),
      ...(tagLinks.length > 0 ? { tags: { createMany: { data: tagLinks.map(({ ticketId: _t, ...l }) => l) } } } : {}),
    },
  });
  return { ...created, messages, tagNames };
}

/**
 * Many tickets of one workspace in a handful of statements, numbered in the order given
 * (sort by createdAt first for realistic numbers). For the seed, where each round trip counts.
 */
export function makeTickets(db: DbTx, workspace: Pick<WorkspaceRef, "id">, list: MakeTicketOptions[]): Promise<number> {
  return list.length === 0 ? Promise.resolve(0) : atomically(db, (tx) => insertTickets(tx, workspace.id, list));
}

async function insertTickets(db: DbTx, workspaceId: string, list: MakeTicketOptions[]): Promise<number> {
  const areas = await resolveAreas(db, workspaceId, list);
  const tags = await ensureTags(db, workspaceId, [...new Set(list.flatMap(tagNamesOf))]);
  const first = await allocateTicketNumbers(db, workspaceId, list.length);
  const planned = list.map((opts, i) =>
    planTicket(
      workspaceId,
      first + i,
      opts,
      opts.problemAreaId ?? (opts.areaKey ? areas.get(opts.areaKey)! : null),
      tagNamesOf(opts).map((name) => tags.get(name)!),
    ),
  );
  await db.ticket.createMany({ data: planned.map((p) => p.ticket) });
  await db.message.createMany({ data: planned.flatMap((p) => p.messages) });
  await db.ticketEvent.createMany({ data: planned.flatMap((p) => p.events) });
  const links = planned.flatMap((p) => p.tagLinks);
  if (links.length > 0) await db.ticketTag.createMany({ data: links });
  return planned.length;
}
