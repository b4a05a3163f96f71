// The numbers beside saved views: each view's filters counted like the built-in views (capped at
// INBOX_COUNT_CAP, shown as "10,000+"). A view whose stored filters this version no longer
// accepts gets no number; opening it says what is wrong.
import "server-only";
import type { Ctx } from "@/server/context";
import { isAppError } from "@/server/errors";
import { countInboxFilters } from "@/server/inbox/count-inbox-views";
import type { InboxFilters } from "@/server/inbox/inbox.schemas";

type SavedViewRef = { id: string; filters: InboxFilters };

/** Saved view id -> matching tickets (INBOX_COUNT_CAP + 1 means "more"). */
export async function countSavedViews(ctx: Ctx, views: SavedViewRef[]): Promise<Record<string, number>> {
  const counts = await Promise.all(
    views.map(async (v) => {
      try {
        return [v.id, await countInboxFilters(ctx, v.filters)] as const;
      } catch (e) {
        if (!isAppError(e) || e.code !== "VALIDATION") throw e;
        ctx.log.warn({ savedViewId: v.id }, "saved view has filters this version cannot apply");
        return [v.id, -1] as const;
      }
    }),
  );
  return Object.fromEntries(counts.filter(([, n]) => n >= 0));
}
