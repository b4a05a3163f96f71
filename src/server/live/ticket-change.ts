// What travels on the `shopdesk_tickets` channel: ids and a kind, never content. Ticket use
// cases send it with pg_notify inside their transaction (so it is delivered only on commit);
// the listener parses it here, at the boundary, and drops anything else.
import { z } from "zod";
import type { PresenceSignal } from "@/server/presence/presence-signal";

export const TICKET_CHANNEL = "shopdesk_tickets";

export const TicketChangeSchema = z.object({
  workspaceId: z.uuid(),
  ticketId: z.uuid(),
  number: z.number().int().positive(),
  version: z.number().int().nonnegative(),
  // The use cases name their kinds ("status", "message", ...); a short token, never free text.
  kind: z.string().regex(/^[a-z][a-z0-9_.-]{0,39}$/),
});

export type TicketChange = z.infer<typeof TicketChangeSchema>;

/**
 * What a subscriber receives: a change in its workspace, a member's presence on one of its
 * tickets (channel `shopdesk_presence`, see presence-signal.ts), or "refetch everything" after a gap.
 */
export type LiveEvent =
  | { type: "ticket"; change: TicketChange }
  | { type: "presence"; presence: PresenceSignal }
  | { type: "resync" };

export type ParsedPayload = { ok: true; change: TicketChange } | { ok: false; reason: string };

/** Parses a NOTIFY payload; the reason names what was wrong without echoing the payload. */
export function parseTicketChange(payload: string | undefined): ParsedPayload {
  if (!payload) return { ok: false, reason: "empty payload" };
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return { ok: false, reason: "not JSON" };
  }
  const result = TicketChangeSchema.safeParse(json);
  if (!result.success) {
    const fields = [...new Set(result.error.issues.map((i) => i.path.join(".") || "(root)"))];
    return { ok: false, reason: `invalid fields: ${fields.join(", ")}` };
  }
  return { ok: true, change: result.data };
}
