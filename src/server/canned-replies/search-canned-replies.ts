// The reply box's quick search: the caller's personal replies and the shared ones whose title,
// folder or text contains what was typed, most used first. Never another agent's personal replies.
// Matching folds case and accents as the app's search does (shopdesk_search_fold: "επιστροφες"
// finds "ΕΠΙΣΤΡΟΦΈΣ", "zwrot" finds "Zwrot"), as a plain substring: a workspace has hundreds of
// replies at most, so no index is needed, and `%` or `_` typed by the agent mean themselves.
import type { Ctx } from "@/server/context";
import { actorMemberId, requireRole } from "@/server/context";
import { parseInput } from "@/server/validate";
import { getTicketInWorkspace } from "@/server/tickets/ticket.queries";
import { pickVersion } from "./canned-reply-locale";
import { SearchCannedRepliesInput, type CannedReplyMatch } from "./canned-reply.schemas";

const MAX_MATCHES = 8;
const PREVIEW_CHARS = 120;

export async function searchCannedReplies(ctx: Ctx, raw: SearchCannedRepliesInput): Promise<CannedReplyMatch[]> {
  requireRole(ctx, "LIGHT_AGENT");
  const input = parseInput(SearchCannedRepliesInput, raw);
  const ticket = await getTicketInWorkspace(ctx, input.ticketNumber);
  const me = actorMemberId(ctx.actor);
  const rows = await ctx.db.$queryRaw<Array<{ id: string }>>`
    SELECT r."id"::text AS "id"
      FROM "CannedReply" r
     WHERE r."workspaceId" = ${ctx.workspace.id}::uuid
       AND (r."ownerId" IS NULL OR r."ownerId" = ${me}::uuid)
       AND (${input.q} = ''
            OR strpos(shopdesk_search_fold(r."title" || ' ' || r."folder"), shopdesk_search_fold(${input.q})) > 0
            OR EXISTS (SELECT 1 FROM "CannedReplyVersion" v
                        WHERE v."replyId" = r."id" AND v."workspaceId" = r."workspaceId"
                          AND strpos(shopdesk_search_fold(v."body"), shopdesk_search_fold(${input.q})) > 0))
     ORDER BY r."usageCount" DESC, r."lastUsedAt" DESC NULLS LAST, r."title" ASC, r."id" ASC
     LIMIT ${MAX_MATCHES}`;
  const ids = rows.map((r) => r.id);
  const replies = await ctx.db.cannedReply.findMany({
    where: { workspaceId: ctx.workspace.id, id: { in: ids } },
    select: { id: true, title: true, folder: true, ownerId: true, versions: { select: { locale: true, body: true } } },
  });
  const byId = new Map(replies.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    const version = r && pickVersion(r.versions, ticket.customer.locale, ctx.workspace.defaultLocale);
    if (!r || !version) return [];
    const firstLine = version.body.split("\n").find((l) => l.trim() !== "")?.trim() ?? "";
    const preview = firstLine.length > PREVIEW_CHARS ? `${firstLine.slice(0, PREVIEW_CHARS - 1)}…` : firstLine;
    return [{ id: r.id, title: r.title, folder: r.folder, shared: r.ownerId === null, preview, locale: version.locale }];
  });
}
