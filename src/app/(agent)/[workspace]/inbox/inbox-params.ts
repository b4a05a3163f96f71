// The inbox URL is its state: this reads it leniently (a bad value is dropped and reported,
// the rest still applies) and builds the links between views, filters and pages.
import { InboxSearchParamsSchema, type InboxSearchParams } from "@/server/inbox/inbox.schemas";

type RawParams = Record<string, string | string[] | undefined>;

/** Earlier pages' cursors, so "Newer" can step back without a backwards query. */
const MAX_PREVIOUS = 20;

export type ParsedInboxUrl = {
  params: InboxSearchParams;
  /** Cursors of the pages before this one, oldest first ("" stands for the first page). */
  previous: string[];
  /** URL params whose value was not understood and was left out. */
  invalid: string[];
};

/** The filter form's "all statuses", which must override a view's own status. */
export const ALL_STATUSES = "any";

export function parseInboxUrl(input: RawParams): ParsedInboxUrl {
  const raw = { ...input };
  const statuses = raw.status === undefined ? [] : Array.isArray(raw.status) ? raw.status : [raw.status];
  if (statuses.includes(ALL_STATUSES)) raw.status = ["OPEN", "PENDING", "CLOSED"];
  const params: Record<string, unknown> = {};
  const invalid: string[] = [];
  const shape = InboxSearchParamsSchema.shape;
  for (const key of Object.keys(shape) as (keyof typeof shape)[]) {
    const value = raw[key];
    if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) continue;
    const one = shape[key].safeParse(value);
    if (one.success) params[key] = one.data;
    else invalid.push(key);
  }
  const prevRaw = raw.prev === undefined ? [] : Array.isArray(raw.prev) ? raw.prev : [raw.prev];
  const previous = prevRaw.filter((c) => c.length <= 512).slice(-MAX_PREVIOUS);
  return { params: params as InboxSearchParams, previous, invalid };
}

/** A query string for the inbox; repeated keys for lists, empty values left out. */
export function inboxQuery(params: Partial<InboxSearchParams>, previous: string[] = []): string {
  const qs = new URLSearchParams();
  const order: (keyof InboxSearchParams)[] = [
    "view", "q", "status", "assignee", "priority", "area", "team", "tag", "channel", "customer", "sort", "cursor",
  ];
  for (const key of order) {
    const value = params[key];
    if (value === undefined || value === "") continue;
    for (const v of Array.isArray(value) ? value : [value]) qs.append(key, String(v));
  }
  for (const p of previous) qs.append("prev", p);
  const s = qs.toString();
  return s ? `?${s}` : "";
}

/**
 * The list a ticket was opened from, as the query its URL carries (the inbox's own params, page
 * included): "Back to inbox" returns to exactly that list and Previous/Next walk it. Read with
 * parseInboxUrl, so only known params with valid values come along; links are always built on
 * the workspace's own inbox path, so this can never point elsewhere.
 */
export function listQuery(parsed: Pick<ParsedInboxUrl, "params" | "previous">): string {
  return inboxQuery(parsed.params, parsed.params.cursor ? parsed.previous : []);
}

/** The same list without paging: what filters, search and views link to. */
export function withoutPaging(params: InboxSearchParams): InboxSearchParams {
  const { cursor: _cursor, ...rest } = params;
  void _cursor;
  return rest;
}

/** Only the narrowing the agent added in the URL (not the view, search, sort or page). */
export function urlFilters(params: InboxSearchParams) {
  const { status, assignee, priority, area, team, tag, channel, customer } = params;
  return { status, assignee, priority, area, team, tag, channel, customer };
}

export function hasUrlFilters(params: InboxSearchParams): boolean {
  return Object.values(urlFilters(params)).some((v) => v !== undefined);
}
