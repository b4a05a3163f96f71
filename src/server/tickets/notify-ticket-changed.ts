// Live updates: a changed ticket is announced with pg_notify on channel `shopdesk_tickets`,
// inside the caller's transaction, so PostgreSQL delivers it only on commit (and never for a
// rolled-back change). The payload carries ids and the kind of change only, never content:
// listeners refetch what their member may see.
import type { DbTx } from "@/server/db";
import { TICKET_CHANNEL, type TicketChange as ListenedTicketChange } from "@/server/live/ticket-change";
import { refreshTicketSla } from "@/server/sla/refresh-ticket-sla";

/**
 * What happened, for listeners that want to be selective. A change of several fields at once
 * (one updateTicket call) is "updated".
 */
export type TicketChangeKind =
  | "created"
  | "customer_message"
  | "reply"
  | "note"
  | "status"
  | "priority"
  | "assignee"
  | "area"
  | "team"
  | "tags"
  | "cc"
  | "updated"
  | "snoozed"
  | "merged"
  /** A message was moved out of the ticket to a new one (the new ticket is "created"). */
  | "message_moved"
  /** A reply's delivery changed (sent, failed, re-queued); the ticket's version is unchanged. */
  | "delivery";

/**
 * The NOTIFY payload, exactly as sent: `{"workspaceId","ticketId","number","version","kind"}`
 * (`version` is the ticket's version after the change). The listener's schema is the contract.
 */
export type TicketChange = Omit<ListenedTicketChange, "kind"> & { kind: TicketChangeKind };

function payload(c: TicketChange): string {
  // Fixed key order and nothing else, whatever the caller's object holds.
  return JSON.stringify({ workspaceId: c.workspaceId, ticketId: c.ticketId, number: c.number, version: c.version, kind: c.kind });
}

/** Changes that cannot move an SLA clock (src/server/sla/sla-clock.ts): no refresh for them. */
const SLA_NEUTRAL: ReadonlySet<TicketChangeKind> = new Set(["note", "assignee", "team", "cc"]);

/**
 * Every change of a ticket ends here, in its transaction, after its own writes: the tickets' stored
 * SLA state is worked out again (src/server/sla/refresh-ticket-sla.ts), then listeners are told.
 */
async function refreshSla(db: DbTx, changes: readonly TicketChange[]): Promise<void> {
  const byWorkspace = new Map<string, string[]>();
  for (const c of changes) if (!SLA_NEUTRAL.has(c.kind)) byWorkspace.set(c.workspaceId, [...(byWorkspace.get(c.workspaceId) ?? []), c.ticketId]);
  for (const [workspaceId, ticketIds] of byWorkspace) await refreshTicketSla(db, workspaceId, ticketIds);
}

/** Refreshes the ticket's SLA state and queues the notification in the caller's transaction (delivered on commit). */
export async function notifyTicketChanged(db: DbTx, change: TicketChange): Promise<void> {
  await refreshSla(db, [change]);
  await db.$executeRaw`SELECT pg_notify(${TICKET_CHANNEL}, ${payload(change)})`;
}

/** The same for many tickets in one statement (bulk changes, the snooze sweep). */
export async function notifyTicketsChanged(db: DbTx, changes: TicketChange[]): Promise<void> {
  if (changes.length === 0) return;
  if (changes.length === 1) return notifyTicketChanged(db, changes[0]!);
  await refreshSla(db, changes);
  const payloads = changes.map(payload);
  await db.$executeRaw`SELECT pg_notify(${TICKET_CHANNEL}, p) FROM unnest(${payloads}::text[]) AS p`;
}
