// What travels on the `shopdesk_presence` channel: who (member id and display name) is doing
// what (viewing, writing a reply or a note, gone) on which ticket, from which browser tab.
// Never message text. The presence use case sends it with pg_notify; every web process's
// listener parses it here, at the boundary, and drops anything else.
import { z } from "zod";
import { text } from "@/lib/validation";
import { parseNotifyPayload } from "@/server/live/notify-payload";

export const PRESENCE_CHANNEL = "shopdesk_presence";

export const PRESENCE_STATES = ["viewing", "replying", "noting", "left"] as const;
export const PresenceStateSchema = z.enum(PRESENCE_STATES);
export type PresenceState = z.infer<typeof PresenceStateSchema>;

/** A random id per open ticket page, so two tabs of one member are told apart (and a reload is a newcomer). */
export const PresenceTabSchema = text().regex(/^[A-Za-z0-9_-]{8,64}$/, "must be 8 to 64 letters, digits, - or _");

/** Display names are cut to this many code points in the payload (NOTIFY payloads must stay under 8,000 bytes). */
export const PRESENCE_NAME_MAX = 120;

export const PresenceSignalSchema = z.object({
  workspaceId: z.uuid(),
  ticketId: z.uuid(),
  number: z.number().int().positive(),
  memberId: z.uuid(),
  // Cut to PRESENCE_NAME_MAX code points by the sender; up to two UTF-16 units each.
  name: text().min(1).max(PRESENCE_NAME_MAX * 2),
  tab: PresenceTabSchema,
  state: PresenceStateSchema,
  /** Milliseconds since the epoch, from the database clock (one clock for every web process). */
  at: z.number().int().nonnegative(),
});

export type PresenceSignal = z.infer<typeof PresenceSignalSchema>;

export type ParsedPresence = { ok: true; signal: PresenceSignal } | { ok: false; reason: string };

/** Parses a NOTIFY payload; the reason names what was wrong without echoing the payload. */
export function parsePresenceSignal(payload: string | undefined): ParsedPresence {
  const parsed = parseNotifyPayload(PresenceSignalSchema, payload);
  return parsed.ok ? { ok: true, signal: parsed.value } : parsed;
}
