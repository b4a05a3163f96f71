// A ceiling on presence signals per member, in the same PostgreSQL store (table rate_limits)
// as the sign-in and API limits, so every web process counts against one budget. A page sends
// one signal per 10 s plus one per state change, so a member with a dozen ticket tabs stays far
// below it; a tab stuck in a loop does not flood every process's live streams.
import "server-only";
import { consumeOrLimit } from "@/server/rate-limits";

export const PRESENCE_LIMIT = { points: 240, durationSeconds: 60 } as const;

/** Counts one signal of the member; throws RATE_LIMITED (with retryAfter) when over. */
export async function consumePresenceSignal(memberId: string): Promise<void> {
  await consumeOrLimit("presence", PRESENCE_LIMIT, memberId, "Too many presence signals");
}
