// A ticket's history as the SLA clocks read it (sla-clock.ts): its messages and events, replayed.
// - Customer messages (INBOUND) start and resume clocks; agent replies (REPLY) meet them. Notes and
//   our automatic mail (AUTO_REPLY) never do, and neither does a reply whose delivery failed: it
//   did not reach the customer.
// - Status changes pause (PENDING), stop (CLOSED) and resume (OPEN) them.
// - The ticket's facts (channel, priority, problem area, tags, the customer's address) are replayed
//   from its CREATED event through every change; after each, the policy that applies is looked up
//   again (sla-policy.ts), and a change of policy or priority is a change of targets.
import { db as defaultDb, type DbTx, type Prisma } from "@/server/db";
import type { SlaEvent, SlaTargets } from "./sla-clock";
import { applicablePolicy, type MatchablePolicy, type SlaPriority, type SlaTicketFacts } from "./sla-policy";

export type TicketHistoryEvent = { type: string; at: Date; data: unknown };
export type TicketHistoryMessage = { kind: "INBOUND" | "REPLY" | "NOTE" | "AUTO_REPLY"; at: Date; deliveryFailed: boolean };

export type TicketSlaHistory = {
  /** The ticket's facts when it was created (its CREATED event). */
  created: { at: Date; facts: SlaTicketFacts };
  /** Its events, oldest first. */
  events: TicketHistoryEvent[];
  messages: TicketHistoryMessage[];
};

const lower = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : null);
const field = (data: unknown, key: string): unknown => (data && typeof data === "object" ? (data as Record<string, unknown>)[key] : undefined);
const PRIORITIES = new Set(["low", "normal", "high", "urgent"]);

/** The clocks' events of a ticket under `policies`, and the policy that applies to it now (null: none). */
export function slaEventsOf<P extends MatchablePolicy>(history: TicketSlaHistory, policies: readonly P[]): { events: SlaEvent[]; policy: P | null } {
  const events: SlaEvent[] = [];
  let facts: SlaTicketFacts = { ...history.created.facts, tags: [...history.created.facts.tags] };
  let current: { policy: P; targets: SlaTargets } | null = null;
  const retarget = (at: Date, force = false) => {
    const found = applicablePolicy(policies, facts);
    if (!force && found?.policy.id === current?.policy.id && found?.targets === current?.targets) return;
    current = found;
    events.push({ type: "targets", at, targets: found?.targets ?? null });
  };
  retarget(history.created.at, true);

  for (const e of history.events) {
    switch (e.type) {
      case "STATUS_CHANGED": {
        const to = field(e.data, "to");
        if (to === "OPEN" || to === "PENDING" || to === "CLOSED") events.push({ type: "status", at: e.at, status: to });
        break;
      }
      case "PRIORITY_CHANGED": {
        const to = lower(field(e.data, "to"));
        if (to && PRIORITIES.has(to)) facts = { ...facts, priority: to as SlaPriority };
        retarget(e.at);
        break;
      }
      case "AREA_CHANGED": {
        const to = field(e.data, "to");
        facts = { ...facts, area: typeof to === "string" ? to : null };
        retarget(e.at);
        break;
      }
      case "TAG_ADDED":
      case "TAG_REMOVED": {
        const tag = field(e.data, "tag");
        if (typeof tag !== "string") break;
        facts = { ...facts, tags: e.type === "TAG_ADDED" ? [...facts.tags.filter((t) => t !== tag), tag] : facts.tags.filter((t) => t !== tag) };
        retarget(e.at);
        break;
      }
    }
  }
  for (const m of history.messages) {
    if (m.kind === "INBOUND") events.push({ type: "customer_message", at: m.at });
    else if (m.kind === "REPLY" && !m.deliveryFailed) events.push({ type: "agent_reply", at: m.at });
  }
  const final = current as { policy: P; targets: SlaTargets } | null;
  return { events, policy: final?.policy ?? null };
}

const HISTORY_SELECT = {
  id: true,
  createdAt: true,
  channel: true,
  priority: true,
  customer: { select: { email: true } },
  events: {
    where: { type: { in: ["CREATED", "STATUS_CHANGED", "PRIORITY_CHANGED", "AREA_CHANGED", "TAG_ADDED", "TAG_REMOVED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { type: true, createdAt: true, data: true },
  },
  messages: {
    where: { kind: { in: ["INBOUND", "REPLY"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { kind: true, createdAt: true, delivery: { select: { status: true } } },
  },
} as const satisfies Prisma.TicketSelect;

type HistoryRow = Prisma.TicketGetPayload<{ select: typeof HISTORY_SELECT }>;

function toHistory(ticket: HistoryRow): TicketSlaHistory {
  const createdEvent = ticket.events.find((e) => e.type === "CREATED");
  const data = createdEvent?.data;
  const tags = field(data, "tags");
  const facts: SlaTicketFacts = {
    channel: (lower(field(data, "channel")) ?? ticket.channel.toLowerCase()) as SlaTicketFacts["channel"],
    priority: (lower(field(data, "priority")) ?? ticket.priority.toLowerCase()) as SlaPriority,
    area: typeof field(data, "area") === "string" ? (field(data, "area") as string) : null,
    tags: Array.isArray(tags) ? tags.filter((t): t is string => typeof t === "string") : [],
    customerEmail: ticket.customer?.email ?? null,
  };
  return {
    created: { at: ticket.createdAt, facts },
    events: ticket.events.filter((e) => e.type !== "CREATED").map((e) => ({ type: e.type, at: e.createdAt, data: e.data })),
    messages: ticket.messages.map((m) => ({ kind: m.kind, at: m.createdAt, deliveryFailed: m.delivery?.status === "FAILED" })),
  };
}

/** A ticket's SLA history from the database; null for a ticket not in the workspace. */
export async function loadTicketSlaHistory(workspaceId: string, ticketId: string, db: DbTx = defaultDb()): Promise<TicketSlaHistory | null> {
  const ticket = await db.ticket.findFirst({ where: { id: ticketId, workspaceId }, select: HISTORY_SELECT });
  return ticket ? toHistory(ticket) : null;
}

/** The histories of a workspace's tickets by id, in one round of queries (tickets of other workspaces are left out). */
export async function loadTicketSlaHistories(workspaceId: string, ticketIds: readonly string[], db: DbTx = defaultDb()): Promise<Map<string, TicketSlaHistory>> {
  const tickets = await db.ticket.findMany({ where: { workspaceId, id: { in: [...ticketIds] } }, select: HISTORY_SELECT });
  return new Map(tickets.map((t) => [t.id, toHistory(t)]));
}
