// What travels on the `shopdesk_notifications` channel: that a member of a workspace has new
// in-app notifications (src/server/notifications), ids only. notifyMembers sends it with
// pg_notify inside its transaction (delivered on commit); every web process's listener parses it
// here and passes it to that member's live streams only, whose pages then refetch the bell.
import { z } from "zod";
import type { DbTx } from "@/server/db";
import { parseNotifyPayload } from "@/server/live/notify-payload";

export const NOTIFICATION_CHANNEL = "shopdesk_notifications";

export const NotificationSignalSchema = z.object({ workspaceId: z.uuid(), memberId: z.uuid() });
export type NotificationSignal = z.infer<typeof NotificationSignalSchema>;

export type ParsedNotificationSignal = { ok: true; signal: NotificationSignal } | { ok: false; reason: string };

/** Parses a NOTIFY payload; the reason names what was wrong without echoing the payload. */
export function parseNotificationSignal(payload: string | undefined): ParsedNotificationSignal {
  const parsed = parseNotifyPayload(NotificationSignalSchema, payload);
  return parsed.ok ? { ok: true, signal: parsed.value } : parsed;
}

/** Queues one signal per member in the caller's transaction (delivered on commit). */
export async function signalNewNotifications(db: DbTx, workspaceId: string, memberIds: readonly string[]): Promise<void> {
  if (memberIds.length === 0) return;
  // Fixed key order and nothing else.
  const payloads = memberIds.map((memberId) => JSON.stringify({ workspaceId, memberId }));
  await db.$executeRaw`SELECT pg_notify(${NOTIFICATION_CHANNEL}, p) FROM unnest(${payloads}::text[]) AS p`;
}
