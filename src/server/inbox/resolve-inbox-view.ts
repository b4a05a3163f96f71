// Which tickets an inbox URL means: the view's own filters (a built-in view, the open tickets of
// one problem area, or a saved view the member may see), narrowed by the filters in the URL. A
// URL filter replaces the view's value for that same field, so `?view=open&status=PENDING` is
// the pending tickets: the URL is what the member last chose.
import { displayAreaNames, type AreaNames } from "@/lib/problem-area-names";
import { z } from "zod";
import type { Ctx } from "@/server/context";
import { actorMemberId, requireRole } from "@/server/context";
import { AppError } from "@/server/errors";
import { parseInput } from "@/server/validate";
import {
  BUILT_IN_VIEW_FILTERS,
  BUILT_IN_VIEWS,
  DEFAULT_VIEW,
  InboxFiltersSchema,
  InboxSearchParamsSchema,
  InboxSortSchema,
  type BuiltInView,
  type InboxFilters,
  type InboxSearchParams,
  type InboxSort,
  type ViewId,
} from "./inbox.schemas";

export type ResolvedInboxView = {
  view: ViewId;
  filters: InboxFilters;
  sort: InboxSort;
  savedView?: { id: string; name: string; shared: boolean; ownedByMe: boolean };
};

type ViewBase = Omit<ResolvedInboxView, "view" | "sort"> & { sort?: InboxSort };

const isBuiltIn = (v: string): v is BuiltInView => (BUILT_IN_VIEWS as readonly string[]).includes(v);

export async function resolveInboxView(ctx: Ctx, raw: InboxSearchParams): Promise<ResolvedInboxView> {
  requireRole(ctx, "LIGHT_AGENT");
  const params = parseInput(InboxSearchParamsSchema, raw);
  const view: ViewId = params.view ?? DEFAULT_VIEW;
  const base = await viewBase(ctx, view);
  const fromUrl: InboxFilters = {
    ...(params.status ? { status: params.status } : {}),
    ...(params.assignee ? { assignee: params.assignee } : {}),
    ...(params.priority ? { priority: params.priority } : {}),
    ...(params.area ? { area: params.area } : {}),
    ...(params.team ? { team: params.team } : {}),
    ...(params.tag ? { tag: params.tag } : {}),
    ...(params.channel ? { channel: params.channel } : {}),
    ...(params.customer ? { customerId: params.customer } : {}),
  };
  return {
    view,
    filters: { ...base.filters, ...fromUrl },
    sort: params.sort ?? base.sort ?? "activity",
    ...(base.savedView ? { savedView: base.savedView } : {}),
  };
}

async function viewBase(ctx: Ctx, view: ViewId): Promise<ViewBase> {
  if (isBuiltIn(view)) return { filters: BUILT_IN_VIEW_FILTERS[view] };
  if (view.startsWith("area:")) {
    const key = view.slice("area:".length);
    const area = await ctx.db.problemArea.findFirst({ where: { workspaceId: ctx.workspace.id, key }, select: { id: true } });
    if (!area) throw new AppError("NOT_FOUND", "View not found");
    return { filters: { status: ["OPEN"], area: key } };
  }
  return savedViewBase(ctx, view.slice("saved:".length));
}

/** A saved view the member may see (their own, or shared), else NOT_FOUND. */
async function savedViewBase(ctx: Ctx, id: string): Promise<ViewBase> {
  const me = actorMemberId(ctx.actor);
  if (!z.uuid().safeParse(id).success) throw new AppError("NOT_FOUND", "View not found");
  const saved = await ctx.db.savedView.findFirst({
    where: { id, workspaceId: ctx.workspace.id, OR: [{ ownerId: null }, ...(me ? [{ ownerId: me }] : [])] },
    select: { id: true, name: true, ownerId: true, filters: true, sort: true },
  });
  if (!saved) throw new AppError("NOT_FOUND", "View not found");
  const filters = InboxFiltersSchema.safeParse(saved.filters);
  if (!filters.success) {
    // Written through InboxFiltersSchema, so only a later, stricter schema gets here; refusing
    // beats silently showing more tickets than the view was saved for.
    ctx.log.warn({ savedViewId: saved.id }, "saved view filters no longer valid");
    throw new AppError("VALIDATION", "This saved view's filters are no longer valid", { fields: { view: "has filters this version cannot apply" } });
  }
  const sort = InboxSortSchema.safeParse(saved.sort);
  return {
    filters: filters.data,
    ...(sort.success ? { sort: sort.data } : {}),
    savedView: { id: saved.id, name: saved.name, shared: saved.ownerId === null, ownedByMe: saved.ownerId !== null && saved.ownerId === me },
  };
}

/** The workspace's active problem areas, in their configured order (the sidebar's area views). */
export async function listInboxAreas(ctx: Ctx): Promise<Array<{ key: string; name: string; names: AreaNames }>> {
  requireRole(ctx, "LIGHT_AGENT");
  const areas = await ctx.db.problemArea.findMany({
    where: { workspaceId: ctx.workspace.id, archivedAt: null },
    orderBy: [{ position: "asc" }, { key: "asc" }],
    select: { key: true, name: true, names: true },
  });
  return areas.map((a) => ({ key: a.key, name: a.name, names: displayAreaNames(a.names, ctx.workspace.defaultLocale) }));
}
