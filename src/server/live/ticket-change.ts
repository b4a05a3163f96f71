// What travels on the `shopdesk_tickets` channel: ids and a kind, never content. Ticket use
// cases send it with pg_notify inside their transaction (so it is delivered only on commit);
// the listener parses it here, at the boundary, and drops anything else.
import { z } from "zod";
import { text } from "@/lib/validation";
import { parseNotifyPayload } from "@/server/live/notify-payload";
import type { PresenceSignal } from "@/server/presence/presence-signal";

export const TICKET_CHANNEL = "shopdesk_tickets";

export const TicketChangeSchema = z.object({
  workspaceId: z.uuid(),
  ticketId: z.uuid(),
  number: z.number().int().positive(),
  version: z.number().int().nonnegative(),
  // The use cases name their kinds ("status", "message", ...); a short token, never free text.
  kind: text().regex(/^[a-z][a-z0-9_.-]{0,39}$/),
});

export type TicketChange = z.infer<typeof TicketChangeSchema>;

/**
 * What a subscriber receives: a change in its workspace, a member's presence on one of its
 * tickets (channel `shopdesk_presence`, see presence-signal.ts), or "refetch everything" after a gap.
 */
export type LiveEvent =
  | { type: "ticket"; change: TicketChange }
  | { type: "presence"; presence: PresenceSignal }
  /** A member has new in-app notifications (channel `shopdesk_notifications`, see notification-signal.ts). */
  | { type: "notifications"; memberId: string }
  | { type: "resync" };

export type ParsedPayload = { ok: true; change: TicketChange } | { ok: false; reason: string };

/** Parses a NOTIFY payload; the reason names what was wrong without echoing the payload. */
export function parseTicketChange(payload: string | undefined): ParsedPayload {
  const parsed = parseNotifyPayload(TicketChangeSchema, payload);
  return parsed.ok ? { ok: true, change: parsed.value } : parsed;
}
