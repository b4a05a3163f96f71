// Who may see and change a saved view. A personal view exists only for its owner: to anyone else
// it is NOT_FOUND, like another workspace's. A shared view is visible to every member and
// changed only by admins: to others it is FORBIDDEN, since they can see it anyway.
import type { Ctx } from "@/server/context";
import { actorMemberId, hasRole } from "@/server/context";
import type { DbTx, Prisma } from "@/server/db";
import { AppError } from "@/server/errors";
import { InboxFiltersSchema, InboxSortSchema } from "@/server/inbox/inbox.schemas";
import type { SavedViewSummary } from "./saved-view.schemas";

export const SAVED_VIEW_SELECT = { id: true, name: true, ownerId: true, filters: true, sort: true } as const;
type SavedViewRow = { id: string; name: string; ownerId: string | null; filters: unknown; sort: string };

/** Visible to the actor: shared, or their own. */
export function visibleTo(ctx: Ctx): Prisma.SavedViewWhereInput {
  const me = actorMemberId(ctx.actor);
  return { workspaceId: ctx.workspace.id, OR: [{ ownerId: null }, ...(me ? [{ ownerId: me }] : [])] };
}

/** The saved view, locked, if the actor may change it; NOT_FOUND when invisible, FORBIDDEN when only visible. */
export async function lockEditableSavedView(ctx: Ctx, id: string): Promise<SavedViewRow> {
  const [locked] = await ctx.db.$queryRaw<Array<{ id: string }>>`
    SELECT "id"::text AS "id" FROM "SavedView" WHERE "id" = ${id}::uuid AND "workspaceId" = ${ctx.workspace.id}::uuid FOR UPDATE`;
  const view = locked ? await ctx.db.savedView.findFirst({ where: { id, ...visibleTo(ctx) }, select: SAVED_VIEW_SELECT }) : null;
  if (!view) throw new AppError("NOT_FOUND", "Saved view not found");
  if (view.ownerId === null && !hasRole(ctx.actor, "ADMIN")) throw new AppError("FORBIDDEN", "Only admins change shared views");
  return view;
}

/**
 * VALIDATION on `name` when the owner (or, for shared views, the workspace) already has a view of
 * that name, ignoring case. Serialized per owner with an advisory lock held to commit, since no
 * unique index can cover a nullable owner and a lower-cased name.
 */
export async function assertNameFree(db: DbTx, workspaceId: string, ownerId: string | null, name: string, exceptId?: string) {
  await db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`saved-view:${workspaceId}:${ownerId ?? "shared"}`}, 0))`;
  const taken = await db.savedView.findFirst({
    where: { workspaceId, ownerId, name: { equals: name, mode: "insensitive" }, ...(exceptId ? { id: { not: exceptId } } : {}) },
    select: { id: true },
  });
  if (taken) {
    throw new AppError("VALIDATION", "Some fields are invalid", {
      fields: { name: "is already the name of another view" },
      fieldIssues: { name: { code: "taken", message: "is already the name of another view" } },
    });
  }
}

export function toSummary(ctx: Ctx, v: SavedViewRow): SavedViewSummary {
  const me = actorMemberId(ctx.actor);
  const filters = InboxFiltersSchema.safeParse(v.filters);
  const sort = InboxSortSchema.safeParse(v.sort);
  return {
    id: v.id,
    name: v.name,
    // Written through InboxFiltersSchema; a view a later schema refuses lists with no filters
    // here, and opening it says why (resolveInboxView).
    filters: filters.success ? filters.data : {},
    sort: sort.success ? sort.data : "activity",
    shared: v.ownerId === null,
    ownedByMe: v.ownerId !== null && v.ownerId === me,
  };
}
