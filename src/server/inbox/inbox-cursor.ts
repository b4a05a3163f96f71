// Opaque keyset cursors of the inbox list: base64url JSON of the last row's sort key, tagged with
// the sort it belongs to, so a cursor of one sort can never be replayed against another (its key
// would point somewhere meaningless there). Clients pass them back unchanged.
import { z } from "zod";
import { CursorInstantSchema } from "@/lib/validation";
import { AppError } from "@/server/errors";
import { TicketPrioritySchema } from "@/server/tickets/ticket.schemas";
import type { InboxKeyset, InboxSort } from "./inbox.schemas";

// Also what the REST API says, since its ticket list pages with these cursors.
export const CURSOR_FIELD_MESSAGE = "is not a cursor from this API";

const Payload = z.discriminatedUnion("s", [
  z.object({ s: z.literal("activity"), at: CursorInstantSchema, id: z.uuid() }).strict(),
  z.object({ s: z.literal("created"), at: CursorInstantSchema, id: z.uuid() }).strict(),
  z.object({ s: z.literal("priority"), p: TicketPrioritySchema, at: CursorInstantSchema, id: z.uuid() }).strict(),
  z.object({ s: z.literal("due"), at: CursorInstantSchema.nullable(), id: z.uuid() }).strict(),
]);

export function encodeInboxCursor(k: InboxKeyset): string {
  const payload =
    k.sort === "priority"
      ? { s: k.sort, p: k.priority, at: k.at.toISOString(), id: k.id }
      : k.sort === "due"
        ? { s: k.sort, at: k.at?.toISOString() ?? null, id: k.id }
        : { s: k.sort, at: k.at.toISOString(), id: k.id };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

function invalid(): AppError {
  return new AppError("VALIDATION", "Some fields are invalid", { fields: { cursor: CURSOR_FIELD_MESSAGE } });
}

/** The keyset a cursor of `sort` carries; VALIDATION on `cursor` for anything else. */
export function decodeInboxCursor(cursor: string, sort: InboxSort): InboxKeyset {
  if (cursor.length > 512 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = Payload.safeParse(raw);
  if (!parsed.success || parsed.data.s !== sort) throw invalid();
  const p = parsed.data;
  if (p.s === "due") return { sort: "due", at: p.at === null ? null : new Date(p.at), id: p.id };
  const at = new Date(p.at);
  return p.s === "priority" ? { sort: "priority", priority: p.p, at, id: p.id } : { sort: p.s, at, id: p.id };
}
