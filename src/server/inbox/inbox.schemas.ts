// The inbox's vocabulary: views, filters, sorts and the URL that carries them. The page, the
// saved views and the REST API's ticket list all speak it, so a view saved in the UI means the
// same tickets as the API query with the same filters.
import type { AreaNames } from "@/lib/problem-area-names";
import { z } from "zod";
import { text } from "@/lib/validation";
import {
  AreaKeySchema,
  ChannelSchema,
  TagNameSchema,
  TicketPrioritySchema,
  TicketStatusSchema,
} from "@/server/tickets/ticket.schemas";

/** `due`: the earliest SLA deadline first (overdue at the top), tickets without one last. */
export const INBOX_SORTS = ["activity", "created", "priority", "due"] as const;
export const InboxSortSchema = z.enum(INBOX_SORTS);
export type InboxSort = z.infer<typeof InboxSortSchema>;

export const INBOX_PAGE_SIZE = 50;
export const INBOX_MAX_PAGE_SIZE = 100;

/** `me` and `none` are resolved per member; anything else is a member id of the workspace. */
export const AssigneeFilterSchema = z.union([z.literal("me"), z.literal("none"), z.uuid()]);

/**
 * What a list of tickets is narrowed by. Every field is optional; several values of one field
 * are ORed, different fields are ANDed. Stored as JSON in saved views, so it stays strict.
 */
export const InboxFiltersSchema = z
  .object({
    status: z.array(TicketStatusSchema).min(1).max(3).optional(),
    assignee: AssigneeFilterSchema.optional(),
    priority: z.array(TicketPrioritySchema).min(1).max(4).optional(),
    /** A problem area key of the workspace. */
    area: AreaKeySchema.optional(),
    /** A team id of the workspace. */
    team: z.uuid().optional(),
    /** A tag name of the workspace. */
    tag: TagNameSchema.optional(),
    channel: z.array(ChannelSchema).min(1).max(7).optional(),
    customerId: z.uuid().optional(),
    /** Only tickets with an internal note that @mentions the member looking. */
    mentionsMe: z.literal(true).optional(),
  })
  .strict();
export type InboxFilters = z.infer<typeof InboxFiltersSchema>;

/** The built-in views; `area:<key>` views (open tickets of one area) and `saved:<id>` views add to them. */
export const BUILT_IN_VIEWS = ["mine", "unassigned", "open", "pending", "closed", "mentions"] as const;
export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];

export const BUILT_IN_VIEW_FILTERS: Record<BuiltInView, InboxFilters> = {
  mine: { status: ["OPEN"], assignee: "me" },
  unassigned: { status: ["OPEN"], assignee: "none" },
  open: { status: ["OPEN"] },
  pending: { status: ["PENDING"] },
  closed: { status: ["CLOSED"] },
  mentions: { mentionsMe: true },
};

export const DEFAULT_VIEW: BuiltInView = "open";

export const ViewIdSchema = z.union([
  z.enum(BUILT_IN_VIEWS),
  text().regex(/^area:[a-z0-9_-]{1,48}$/),
  text().regex(/^saved:[0-9a-f-]{36}$/),
]);
export type ViewId = z.infer<typeof ViewIdSchema>;

/** A keyset position in one sort; opaque to clients (see inbox-cursor.ts). */
export type InboxKeyset =
  | { sort: "activity"; at: Date; id: string }
  | { sort: "created"; at: Date; id: string }
  | { sort: "priority"; priority: "LOW" | "NORMAL" | "HIGH" | "URGENT"; at: Date; id: string }
  /** `at` null: among the tickets without a deadline, after every one with a deadline. */
  | { sort: "due"; at: Date | null; id: string };

/** One row of the inbox list. */
export type InboxItem = {
  id: string;
  number: number;
  subject: string;
  status: "OPEN" | "PENDING" | "CLOSED";
  priority: "LOW" | "NORMAL" | "HIGH" | "URGENT";
  channel: string;
  createdAt: Date;
  lastActivityAt: Date;
  snoozedUntil: Date | null;
  version: number;
  customer: { id: string; name: string | null; email: string };
  assignee: { id: string; name: string } | null;
  /** `names`: per language as readers see them (displayAreaNames). */
  area: { key: string; name: string; names: AreaNames } | null;
  tags: string[];
  /** The latest customer message or reply (never a note), cut to a short line of plain text. */
  preview: { kind: "INBOUND" | "REPLY"; text: string } | null;
  /** The earliest deadline of the ticket's running SLA clocks; `paused` while it is pending. */
  sla: { dueAt: Date | null; paused: boolean };
};

export type InboxPage = { items: InboxItem[]; nextCursor: string | null };

/** A repeated search param (`?status=OPEN&status=PENDING`) or a single one, as a list. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (v === undefined || Array.isArray(v) ? v : [v]), z.array(item).min(1).max(7));

/**
 * The inbox URL's search params: `view`, the filters (`status`, `assignee`, `priority`, `area`,
 * `tag`, `channel`, `customer`; repeated for several values), `sort`, `q` and `cursor`.
 * Filters in the URL narrow the view's own filters; an unknown value is a 400-style error for the
 * API and, on the page, a visible notice with the rest of the URL still applied.
 */
export const InboxSearchParamsSchema = z.object({
  view: ViewIdSchema.optional(),
  status: list(TicketStatusSchema).optional(),
  assignee: AssigneeFilterSchema.optional(),
  priority: list(TicketPrioritySchema).optional(),
  area: AreaKeySchema.optional(),
  team: z.uuid().optional(),
  tag: TagNameSchema.optional(),
  channel: list(ChannelSchema).optional(),
  customer: z.uuid().optional(),
  sort: InboxSortSchema.optional(),
  q: text().trim().min(1).max(200).optional(),
  cursor: text().min(1).max(200).optional(),
});
export type InboxSearchParams = z.infer<typeof InboxSearchParamsSchema>;

/** listInbox's input: the filters (already merged from view and URL), sort, page and search. */
export const ListInboxInputSchema = z.object({
  filters: InboxFiltersSchema,
  sort: InboxSortSchema.default("activity"),
  cursor: text().min(1).max(512).optional(),
  limit: z.coerce.number().int().min(1).max(INBOX_MAX_PAGE_SIZE).default(INBOX_PAGE_SIZE),
  /** Full-text search; an empty box means no search. With `q` the list is by activity. */
  q: text()
    .trim()
    .max(200)
    .optional()
    .transform((v) => v || undefined),
});
export type ListInboxInput = z.input<typeof ListInboxInputSchema>;
