// Database rows -> the API's JSON shapes (api.schemas.ts): camelCase, lower-case enums, ISO dates.
import type { Channel, DeliveryStatus, MessageKind, SlaMetric, TicketPriority, TicketStatus } from "@/generated/prisma/enums";
import { fromDbEnum, type ApiCustomer, type ApiMessage, type ApiTicket } from "./api.schemas";

export const API_TICKET_SELECT = {
  id: true,
  number: true,
  subject: true,
  status: true,
  priority: true,
  channel: true,
  version: true,
  createdAt: true,
  updatedAt: true,
  lastActivityAt: true,
  problemArea: { select: { key: true } },
  tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
  assignee: { select: { user: { select: { email: true, name: true } } } },
  customer: { select: { id: true, email: true, name: true } },
  ccEmails: true,
  orderNumber: true,
  slaPolicyId: true,
  firstResponseDueAt: true,
  nextResponseDueAt: true,
  resolutionDueAt: true,
  slaPaused: true,
  slaCycles: { where: { breachedAt: { not: null } }, select: { metric: true, breachedAt: true }, orderBy: { breachedAt: "asc" } },
  teamId: true,
} as const;

type TicketRow = {
  id: string;
  number: number;
  subject: string;
  status: TicketStatus;
  priority: TicketPriority;
  channel: Channel;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  lastActivityAt: Date;
  problemArea: { key: string } | null;
  tags: Array<{ tag: { name: string } }>;
  assignee: { user: { email: string; name: string } } | null;
  customer: { id: string; email: string; name: string | null };
  ccEmails: string[];
  orderNumber: string | null;
  slaPolicyId: string | null;
  firstResponseDueAt: Date | null;
  nextResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  slaPaused: boolean;
  slaCycles: Array<{ metric: SlaMetric; breachedAt: Date | null }>;
  teamId: string | null;
};

const iso = (d: Date | null) => d?.toISOString() ?? null;

function serializeSla(t: TicketRow): ApiTicket["sla"] {
  // A clock breaches the moment its deadline passes (or a new target is already used up), so the
  // deadline it missed is the instant of the breach.
  const breaches = t.slaCycles.flatMap((c) => (c.breachedAt ? [{ metric: fromDbEnum(c.metric), dueAt: c.breachedAt.toISOString(), at: c.breachedAt.toISOString() }] : []));
  if (!t.slaPolicyId && breaches.length === 0) return null;
  return {
    policyId: t.slaPolicyId,
    firstResponseDueAt: iso(t.firstResponseDueAt),
    nextResponseDueAt: iso(t.nextResponseDueAt),
    resolutionDueAt: iso(t.resolutionDueAt),
    paused: t.slaPaused,
    breaches,
  };
}

export function serializeTicket(t: TicketRow): ApiTicket {
  return {
    id: t.id,
    number: t.number,
    subject: t.subject,
    status: fromDbEnum(t.status),
    priority: fromDbEnum(t.priority),
    channel: fromDbEnum(t.channel),
    area: t.problemArea?.key ?? null,
    tags: t.tags.map((x) => x.tag.name),
    assignee: t.assignee ? { email: t.assignee.user.email, name: t.assignee.user.name } : null,
    teamId: t.teamId,
    customer: { id: t.customer.id, email: t.customer.email, name: t.customer.name },
    cc: t.ccEmails,
    orderNumber: t.orderNumber,
    createdAt: t.createdAt.toISOString(),
    updatedAt: t.updatedAt.toISOString(),
    // Creation (with the first message) or the latest message: the ticket's last activity.
    lastMessageAt: t.lastActivityAt.toISOString(),
    version: t.version,
    sla: serializeSla(t),
  };
}

export const API_MESSAGE_SELECT = {
  id: true,
  kind: true,
  text: true,
  html: true,
  createdAt: true,
  authorMember: { select: { user: { select: { name: true, email: true } } } },
  authorCustomer: { select: { name: true, email: true } },
  authorApiToken: { select: { name: true } },
  delivery: { select: { status: true, attempts: true, lastError: true } },
  attachments: { select: { id: true, filename: true, contentType: true, byteSize: true }, orderBy: { createdAt: "asc" } },
} as const;

type MessageRow = {
  id: string;
  kind: MessageKind;
  text: string;
  html: string | null;
  createdAt: Date;
  authorMember: { user: { name: string; email: string } } | null;
  authorCustomer: { name: string | null; email: string } | null;
  authorApiToken: { name: string } | null;
  delivery: { status: DeliveryStatus; attempts: number; lastError: string | null } | null;
  attachments: Array<{ id: string; filename: string; contentType: string; byteSize: number }>;
};

export function serializeMessage(m: MessageRow): ApiMessage {
  const author =
    m.kind === "INBOUND"
      ? { type: "customer" as const, name: m.authorCustomer?.name ?? null, email: m.authorCustomer?.email ?? null }
      : m.kind === "AUTO_REPLY"
        ? { type: "system" as const, name: null, email: null }
        : m.authorMember
        ? { type: "agent" as const, name: m.authorMember.user.name, email: m.authorMember.user.email }
        : // Written through the API: the token's name (an integration has no email). A deleted
          // member or token leaves no name to show.
          { type: "agent" as const, name: m.authorApiToken?.name ?? null, email: null };
  return {
    id: m.id,
    kind: m.kind === "AUTO_REPLY" ? "auto-reply" : fromDbEnum(m.kind),
    text: m.text,
    html: m.html,
    author,
    delivery: m.delivery
      ? { status: m.delivery.status.toLowerCase() as Lowercase<DeliveryStatus>, attempts: m.delivery.attempts, lastError: m.delivery.lastError }
      : null,
    attachments: m.attachments.map((a) => ({ id: a.id, filename: a.filename, contentType: a.contentType, size: a.byteSize })),
    createdAt: m.createdAt.toISOString(),
  };
}

export const API_CUSTOMER_SELECT = {
  id: true,
  email: true,
  name: true,
  phone: true,
  locale: true,
  createdAt: true,
  updatedAt: true,
} as const;

export function serializeCustomer(c: {
  id: string;
  email: string;
  name: string | null;
  phone: string | null;
  locale: string | null;
  createdAt: Date;
  updatedAt: Date;
}): ApiCustomer {
  return { ...c, createdAt: c.createdAt.toISOString(), updatedAt: c.updatedAt.toISOString() };
}
