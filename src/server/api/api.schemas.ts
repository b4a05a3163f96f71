// The REST API's request and response shapes (JSON, camelCase, lower-case enums). The handlers
// parse requests and check responses with these very schemas, and the OpenAPI document is
// generated from them (openapi.ts), so the document cannot drift from what the API does.
import { z } from "zod";
import type { Channel, MessageKind, SlaMetric, TicketPriority, TicketStatus } from "@/generated/prisma/enums";
import { EmailSchema, PersonNameSchema, text } from "@/lib/validation";
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES, MAX_REPLY_TOTAL_BYTES } from "@/lib/reply-attachments";
import { AreaKeySchema, MAX_TICKET_CC, MessageTextSchema, OrderNumberSchema, SubjectSchema, TagNameSchema, TicketNumberSchema } from "@/server/tickets/ticket.schemas";

// ---- Enums: stored upper case, spoken lower case -------------------------------------------

export const ApiStatus = z.enum(["open", "pending", "closed"]);
export const ApiPriority = z.enum(["low", "normal", "high", "urgent"]);
export const ApiChannel = z.enum(["email", "form", "portal", "phone", "chat", "api", "social"]);
export const ApiMessageKind = z.enum(["inbound", "reply", "note", "auto-reply"]);
export const ApiDeliveryStatus = z.enum(["queued", "sent", "failed"]);

export const toDbStatus = (s: z.output<typeof ApiStatus>) => s.toUpperCase() as TicketStatus;
export const toDbPriority = (s: z.output<typeof ApiPriority>) => s.toUpperCase() as TicketPriority;
export const toDbChannel = (s: z.output<typeof ApiChannel>) => s.toUpperCase() as Channel;
export const fromDbEnum = <T extends TicketStatus | TicketPriority | Channel | MessageKind | SlaMetric>(v: T) =>
  v.toLowerCase() as Lowercase<T>;

// ---- Responses -------------------------------------------------------------------------------

const Timestamp = z.iso.datetime().describe("ISO 8601, UTC");

export const ApiSlaMetric = z.enum(["first_response", "next_response", "resolution"]);

export const ApiTicketSla = z
  .object({
    policyId: z.uuid().nullable().describe("The SLA policy that applies now; null when none does any more"),
    firstResponseDueAt: Timestamp.nullable().describe("Null when met, stopped, paused or without a target"),
    nextResponseDueAt: Timestamp.nullable().describe("The running next-response clock's deadline (from the oldest customer message not yet answered)"),
    resolutionDueAt: Timestamp.nullable(),
    paused: z.boolean().describe("The ticket is pending: its clocks are paused until the customer answers"),
    breaches: z.array(z.object({ metric: ApiSlaMetric, dueAt: Timestamp, at: Timestamp })).describe("Every deadline the ticket missed, oldest first"),
  })
  .describe("The ticket's SLA (issue 17); null when no policy applies and none was ever missed");

export const ApiTicket = z.object({
  id: z.uuid(),
  number: z.int().min(1).describe("Sequential within the workspace; the ticket's address in this API"),
  subject: text(),
  status: ApiStatus,
  priority: ApiPriority,
  channel: ApiChannel,
  area: text().nullable().describe("Problem area key"),
  tags: z.array(text()),
  assignee: z.object({ email: text(), name: text() }).nullable(),
  teamId: z.uuid().nullable().describe("The ticket's team (Settings › Teams), or null"),
  customer: z.object({ id: z.uuid(), email: text(), name: text().nullable() }),
  cc: z.array(text()).describe("Cc addresses: besides the customer, they receive every reply (kept from the customer's mail; agents add and remove them)"),
  orderNumber: text().nullable().describe("The shop's order the ticket is about, normalized: `#1001` is `1001`, letters upper case"),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  lastMessageAt: Timestamp,
  version: z.int().min(0).describe("Optimistic-concurrency version; send it back as `version` or `If-Match`"),
  sla: ApiTicketSla.nullable(),
});
export type ApiTicket = z.output<typeof ApiTicket>;

/** What moving a message answers: the new ticket the message now belongs to. */
export const MovedMessage = z.object({ ticket: ApiTicket.describe("The new ticket") });

export const ApiTicketList = z.object({
  data: z.array(ApiTicket),
  nextCursor: text().nullable().describe("Pass as `cursor` for the next page; null on the last page"),
});

export const ApiMessage = z.object({
  id: z.uuid(),
  kind: ApiMessageKind.describe(
    "`note` is internal: agents only, never sent to the customer. `auto-reply` is an automatic mail of Shopdesk (the acknowledgement of a new ticket)",
  ),
  text: text(),
  html: text().nullable(),
  author: z.object({
    type: z.enum(["agent", "customer", "system"]).describe("`system`: written by Shopdesk itself (automatic mails)"),
    name: text().nullable(),
    email: text().nullable().describe("Null for messages written through the API"),
  }),
  delivery: z
    .object({
      status: ApiDeliveryStatus.describe("`queued`: waiting to be sent or to be tried again; `failed`: given up (retry with POST .../retry)"),
      attempts: z.int().min(0).describe("Attempts made so far"),
      lastError: text().nullable().describe("What the mail server said on the last failed attempt"),
    })
    .nullable()
    .describe("Replies and automatic mails: where they stand on their way to the customer; null for other messages"),
  attachments: z
    .array(z.object({ id: z.uuid(), filename: text(), contentType: text(), size: z.int().min(0).describe("Bytes") }))
    .describe("Download each with GET /attachments/{id}"),
  createdAt: Timestamp,
});
export type ApiMessage = z.output<typeof ApiMessage>;

export const ApiMessageList = z.object({ data: z.array(ApiMessage) });

export const ApiCustomer = z.object({
  id: z.uuid(),
  email: text(),
  name: text().nullable(),
  phone: text().nullable(),
  locale: text().nullable(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ApiCustomer = z.output<typeof ApiCustomer>;

export const ApiCustomerList = z.object({ data: z.array(ApiCustomer), nextCursor: text().nullable() });

export const API_ERROR_CODES = [
  "bad_request",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  "validation",
  "rate_limited",
  "internal",
] as const;

export const ApiError = z.object({
  error: z.object({
    code: z.enum(API_ERROR_CODES),
    message: text(),
    fields: z.record(text(), text()).describe("Field path -> message (validation errors); empty otherwise"),
    requestId: text(),
    details: z
      .object({
        currentVersion: z.int(),
        expectedVersion: z.int(),
        changes: z.array(
          z.object({ type: text(), at: text(), actorType: text(), actorMemberId: text().nullable(), data: z.unknown() }),
        ),
      })
      .optional()
      .describe("conflict only: what changed since the version you sent"),
    mergedInto: z
      .int()
      .optional()
      .describe("conflict only: the ticket was merged into another and is read-only; the number of the ticket to use instead"),
  }),
});
export type ApiError = z.output<typeof ApiError>;

export const OpenApiDocument = z.record(text(), z.unknown());

// ---- Requests --------------------------------------------------------------------------------

export const TicketParams = z.object({ number: TicketNumberSchema });
export const TicketMessageParams = z.object({ number: TicketNumberSchema, id: z.uuid() });
export const CustomerParams = z.object({ id: z.uuid() });

const Limit = z.coerce.number().int().min(1).max(100).default(25);
const Cursor = text().min(1).max(512).describe("`nextCursor` of the previous page");
const Query = text().trim().min(1).max(200);

export const ListTicketsQuery = z.object({
  status: ApiStatus.optional(),
  assignee: text()
    .trim()
    .toLowerCase()
    .max(254)
    .refine((v) => v === "none" || z.email().safeParse(v).success, "must be a member's email or none")
    .optional()
    .describe("A member's email, or `none` for unassigned tickets"),
  priority: ApiPriority.optional(),
  area: AreaKeySchema.optional().describe("Problem area key"),
  tag: TagNameSchema.optional(),
  channel: ApiChannel.optional(),
  q: Query.optional().describe("Ticket number, subject, customer email or name"),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ListTicketsQuery = z.output<typeof ListTicketsQuery>;

export const ListCustomersQuery = z.object({
  q: Query.optional().describe("Part of the email or name"),
  limit: Limit,
  cursor: Cursor.optional(),
});
export type ListCustomersQuery = z.output<typeof ListCustomersQuery>;

const Version = z.int().min(0).describe("The ticket version you loaded; 409 when the ticket changed since");

export const CreateTicketBody = z
  .object({
    subject: SubjectSchema,
    customer: z.object({ email: EmailSchema, name: PersonNameSchema.optional() }),
    message: z.object({ text: MessageTextSchema }),
    channel: ApiChannel.optional().describe("Defaults to `api`"),
    priority: ApiPriority.optional(),
    area: AreaKeySchema.optional(),
    orderNumber: OrderNumberSchema.optional().describe("The shop's order the ticket is about (`#1001`, `ORD-2026-17`); stored normalized"),
    teamId: z.uuid().optional().describe("One of the workspace's teams; without it the teams' routing conditions choose, and a round-robin team assigns the ticket"),
  })
  .strict();

export const UpdateTicketBody = z
  .object({
    status: ApiStatus.optional(),
    priority: ApiPriority.optional(),
    assignee: EmailSchema.nullable().optional().describe("A member's email, or null to unassign"),
    area: AreaKeySchema.nullable().optional().describe("A problem area key, or null to clear"),
    teamId: z.uuid().nullable().optional().describe("One of the workspace's teams, or null for none"),
    tags: z.array(TagNameSchema).max(20).optional().describe("The complete set of tags the ticket should have"),
    cc: z
      .array(EmailSchema)
      .max(MAX_TICKET_CC)
      .optional()
      .describe(
        `The complete set of Cc addresses (at most ${MAX_TICKET_CC}, case-insensitive); 422 on \`cc\` for one of the workspace's own addresses or the customer's`,
      ),
    version: Version.optional(),
  })
  .strict();

const MB = 1024 * 1024;
/** Base64 of the largest set of files a message may carry. */
const MAX_BASE64_CHARS = Math.ceil(MAX_REPLY_TOTAL_BYTES / 3) * 4;

export const CreateMessageBody = z
  .object({
    kind: z.enum(["reply", "note"]),
    text: MessageTextSchema,
    version: Version.optional(),
    attachments: z
      .array(
        z
          .object({
            filename: text().min(1).max(1_000).describe("Folders and control characters are removed; letters of any script are kept"),
            contentType: text().max(255).optional().describe("Defaults to application/octet-stream"),
            contentBase64: text().max(MAX_BASE64_CHARS).pipe(z.base64()).describe("The file's bytes, base64"),
          })
          .strict(),
      )
      .optional()
      .describe(
        `Files sent with a reply (a note keeps them for agents and is never mailed): at most ${MAX_REPLY_FILES}, each at most ${MAX_REPLY_FILE_BYTES / MB} MB and ${MAX_REPLY_TOTAL_BYTES / MB} MB in all; over a limit the answer is 422 naming \`attachments\` or \`attachments.<index>\``,
      ),
  })
  .strict();
