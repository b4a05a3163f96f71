import { z } from "zod";
import { EmailSchema, PersonNameSchema, text } from "@/lib/validation";
import { MAX_ORDER_NUMBER_LENGTH, normalizeOrderNumber } from "@/lib/order-number";
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES, MAX_REPLY_TOTAL_BYTES, normalizeContentType, replyFileProblems, sanitizeFilename } from "@/lib/reply-attachments";

export const TicketNumberSchema = z.coerce.number().int().min(1).max(2_147_483_647);
export const MessageTextSchema = text().trim().min(1).max(100_000);
/** A ticket version the caller loaded, for optimistic concurrency (409 when stale). */
export const TicketVersionSchema = z.coerce.number().int().min(0).max(2_147_483_647);

const MB = 1024 * 1024;
const FILE_PROBLEM = {
  tooManyFiles: `at most ${MAX_REPLY_FILES} files`,
  fileTooLarge: `is larger than ${MAX_REPLY_FILE_BYTES / MB} MB`,
  filesTooLarge: `the files together are larger than ${MAX_REPLY_TOTAL_BYTES / MB} MB`,
} as const;

/**
 * Files attached to a reply or a note, with their bytes: the name made safe (no folders or control
 * characters, any script kept), the type normalized but never trusted for display, and the limits
 * of src/lib/reply-attachments.ts as field errors (`attachments`, or `attachments.<i>` for one file).
 */
export const MessageAttachmentsSchema = z
  .array(
    z.object({
      filename: text().max(10_000).transform(sanitizeFilename),
      contentType: text().max(1_000).nullish().transform(normalizeContentType),
      content: z.instanceof(Uint8Array),
    }),
  )
  .superRefine((files, c) => {
    for (const p of replyFileProblems(files.map((f) => ({ size: f.content.byteLength })))) {
      c.addIssue({ code: "custom", path: p.index === null ? [] : [p.index], message: FILE_PROBLEM[p.code], params: { code: p.code } });
    }
  });
export type MessageAttachments = z.output<typeof MessageAttachmentsSchema>;

export const AddReplyInput = z.object({
  ticketNumber: TicketNumberSchema,
  text: MessageTextSchema,
  expectedVersion: TicketVersionSchema.optional(),
  attachments: MessageAttachmentsSchema.optional(),
});
export type AddReplyInput = z.input<typeof AddReplyInput>;

/** A reply that may also set the status ("send and set pending", "send and close"). */
export const SendReplyInput = z.object({
  ticketNumber: TicketNumberSchema,
  text: MessageTextSchema,
  expectedVersion: TicketVersionSchema.optional(),
  status: z.enum(["OPEN", "PENDING", "CLOSED"]).optional(),
  attachments: MessageAttachmentsSchema.optional(),
});
export type SendReplyInput = z.input<typeof SendReplyInput>;

export const RetryDeliveryInput = z.object({
  ticketNumber: TicketNumberSchema,
  messageId: z.uuid(),
});
export type RetryDeliveryInput = z.input<typeof RetryDeliveryInput>;

/** A note may carry files too (for the agents only: a note is never mailed). */
export const AddNoteInput = z.object({
  ticketNumber: TicketNumberSchema,
  text: MessageTextSchema,
  expectedVersion: TicketVersionSchema.optional(),
  attachments: MessageAttachmentsSchema.optional(),
});
export type AddNoteInput = z.input<typeof AddNoteInput>;

// Enums as stored (upper case); the REST API maps its lower-case spelling onto these.
export const TicketStatusSchema = z.enum(["OPEN", "PENDING", "CLOSED"]);
export const TicketPrioritySchema = z.enum(["LOW", "NORMAL", "HIGH", "URGENT"]);
export const ChannelSchema = z.enum(["EMAIL", "FORM", "PORTAL", "PHONE", "CHAT", "API", "SOCIAL"]);
export const MemberIdSchema = z.uuid();
export const AreaKeySchema = text().trim().min(1).max(48);
export const TagNameSchema = text().trim().toLowerCase().min(1).max(60);
const TagListSchema = z.array(TagNameSchema).max(20);
export const SubjectSchema = text().trim().min(1).max(300);

/** An order number as customers and shops write it ("#1001"), stored normalized (src/lib/order-number.ts). */
export const OrderNumberSchema = text()
  .trim()
  .min(1)
  .max(MAX_ORDER_NUMBER_LENGTH + 8)
  .transform((value, ctx) => {
    const normalized = normalizeOrderNumber(value);
    if (normalized === null) {
      ctx.addIssue({ code: "custom", message: "is not an order number (letters, digits, - . _ /)", params: { code: "invalidOrderNumber" } });
      return z.NEVER;
    }
    return normalized;
  });

/** The field changes updateTicket and bulkUpdateTickets share; absent fields stay as they are. */
const TicketChangesShape = {
  status: TicketStatusSchema.optional(),
  priority: TicketPrioritySchema.optional(),
  /** A member id of the workspace, or null to unassign. */
  assignee: MemberIdSchema.nullable().optional(),
  /** A problem area key of the workspace, or null to clear. */
  area: AreaKeySchema.nullable().optional(),
  /** A team id of the workspace, or null for none. */
  team: z.uuid().nullable().optional(),
  addTags: TagListSchema.optional(),
  removeTags: TagListSchema.optional(),
};

function noTagBothWays(v: { addTags?: string[]; removeTags?: string[] }, issue: (p: { path: string[]; message: string }) => void) {
  const added = new Set(v.addTags ?? []);
  const both = (v.removeTags ?? []).filter((t) => added.has(t));
  if (both.length > 0) issue({ path: ["removeTags"], message: `cannot add and remove the same tag (${both.join(", ")})` });
}

export const UpdateTicketInput = z
  .object({ ticketNumber: TicketNumberSchema, expectedVersion: TicketVersionSchema.optional(), ...TicketChangesShape })
  .superRefine((v, c) => noTagBothWays(v, ({ path, message }) => c.addIssue({ code: "custom", path, message })));
export type UpdateTicketInput = z.input<typeof UpdateTicketInput>;
export type TicketChanges = Omit<z.output<typeof UpdateTicketInput>, "ticketNumber" | "expectedVersion">;

export const MAX_BULK_TICKETS = 100;

const ExpectedVersionSchema = z.object({ ticketNumber: TicketNumberSchema, version: TicketVersionSchema });

export const BulkUpdateTicketsInput = z
  .object({
    ticketNumbers: z.array(TicketNumberSchema).min(1).max(MAX_BULK_TICKETS),
    /**
     * Optimistic checks per ticket: a listed ticket whose version is not the one given is
     * skipped (reported in `stale`) instead of failing the whole request.
     */
    expectedVersions: z.array(ExpectedVersionSchema).max(MAX_BULK_TICKETS).optional(),
    ...TicketChangesShape,
  })
  .superRefine((v, c) => {
    noTagBothWays(v, ({ path, message }) => c.addIssue({ code: "custom", path, message }));
    const numbers = new Set(v.ticketNumbers);
    if (v.expectedVersions?.some((e) => !numbers.has(e.ticketNumber))) {
      c.addIssue({ code: "custom", path: ["expectedVersions"], message: "names a ticket that is not in ticketNumbers" });
    }
  });
export type BulkUpdateTicketsInput = z.input<typeof BulkUpdateTicketsInput>;

/**
 * Undoing a change: per ticket, the changes that restore it (`undo` of the change's result) and
 * the version the change left it at. A ticket changed since is skipped, never overwritten.
 */
export const UndoTicketChangesInput = z.object({
  items: z
    .array(
      z
        .object({ ticketNumber: TicketNumberSchema, expectedVersion: TicketVersionSchema, changes: z.object(TicketChangesShape).strict() })
        .superRefine((v, c) => noTagBothWays(v.changes, ({ path, message }) => c.addIssue({ code: "custom", path: ["changes", ...path], message }))),
    )
    .min(1)
    .max(MAX_BULK_TICKETS)
    .refine((items) => new Set(items.map((i) => i.ticketNumber)).size === items.length, { message: "names a ticket twice" }),
});
export type UndoTicketChangesInput = z.input<typeof UndoTicketChangesInput>;

const NewCustomerSchema = z.object({
  email: EmailSchema,
  name: PersonNameSchema.optional(),
  phone: text().trim().min(1).max(40).optional(),
  locale: text().trim().min(2).max(8).optional(),
});

export const CreateTicketInput = z.object({
  subject: SubjectSchema,
  /** An existing customer of the workspace, or one found (by email) or created. */
  customer: z.union([z.object({ customerId: z.uuid() }).strict(), NewCustomerSchema]),
  /** Defaults to PHONE for a member (a call or a walk-in), API for an API token, EMAIL for the system. */
  channel: ChannelSchema.optional(),
  message: z.object({ text: MessageTextSchema, html: text().max(1_000_000).optional(), email: z.lazy(() => InboundEmailSchema).optional() }),
  /** The mailbox replies go out through (the one an email ticket came in by). */
  mailboxId: z.uuid().optional(),
  priority: TicketPrioritySchema.optional(),
  area: AreaKeySchema.optional(),
  assignee: MemberIdSchema.optional(),
  /** A team of the workspace; without it (and without an assignee) the teams' routing conditions choose. */
  team: z.uuid().optional(),
  tags: TagListSchema.optional(),
  /** The shop's order the ticket is about: shown beside the ticket and found by search. */
  orderNumber: OrderNumberSchema.optional(),
});
export type CreateTicketInput = z.input<typeof CreateTicketInput>;

const EmailIdSchema = text().trim().min(1).max(998);

/** What an inbound mail adds to its message: threading ids, From and Cc as written, why it went to this ticket, its raw message. */
const InboundEmailSchema = z.object({
  messageId: EmailIdSchema.nullable(),
  inReplyTo: EmailIdSchema.nullable(),
  references: z.array(EmailIdSchema).max(100),
  fromName: text().trim().max(300).nullable().optional(),
  fromAddress: text().trim().max(320).nullable().optional(),
  cc: z.array(text().trim().max(320)).max(100).optional(),
  threadedBy: z.enum(["REFERENCES", "TOKEN", "SUBJECT_NUMBER", "NEW"]).optional(),
  inboundMailId: z.uuid().optional(),
  /** The new text without the quoted history and signature, when the text has them: what search indexes. */
  searchText: text().max(100_000).nullable().optional(),
});
export type InboundEmail = z.output<typeof InboundEmailSchema>;

export const RecordCustomerMessageInput = z.object({
  ticketNumber: TicketNumberSchema,
  text: MessageTextSchema,
  html: text().max(1_000_000).optional(),
  /** Defaults to the ticket's channel. */
  channel: ChannelSchema.optional(),
  email: InboundEmailSchema.optional(),
  /** Files the customer attached (a portal reply); mail's attachments are stored by the ingestion. */
  attachments: MessageAttachmentsSchema.optional(),
});
export type RecordCustomerMessageInput = z.input<typeof RecordCustomerMessageInput>;

/** A ticket keeps at most this many Cc addresses that agents add (mail may bring more). */
export const MAX_TICKET_CC = 20;

/**
 * Adding and removing Cc addresses of a ticket (who else receives its replies). Addresses to add
 * are checked as email; those to remove are matched case-insensitively as stored (mail may have
 * brought odd ones).
 */
export const UpdateTicketCcInput = z
  .object({
    ticketNumber: TicketNumberSchema,
    expectedVersion: TicketVersionSchema.optional(),
    add: z.array(EmailSchema).max(MAX_TICKET_CC).optional(),
    remove: z.array(text().trim().min(1).max(320)).max(100).optional(),
  })
  .refine((v) => (v.add?.length ?? 0) + (v.remove?.length ?? 0) > 0, { path: ["add"], message: "name an address to add or remove" });
export type UpdateTicketCcInput = z.input<typeof UpdateTicketCcInput>;

export const MergeTicketsInput = z
  .object({ sourceNumber: TicketNumberSchema, targetNumber: TicketNumberSchema })
  .refine((v) => v.sourceNumber !== v.targetNumber, { path: ["targetNumber"], message: "cannot merge a ticket into itself" });
export type MergeTicketsInput = z.input<typeof MergeTicketsInput>;

/** A customer's message of the ticket, moved out to a ticket of its own ("split"). */
export const MoveMessageToNewTicketInput = z.object({
  ticketNumber: TicketNumberSchema,
  messageId: z.uuid(),
});
export type MoveMessageToNewTicketInput = z.input<typeof MoveMessageToNewTicketInput>;

/** Snoozes are at most a year long. */
export const MAX_SNOOZE_MS = 366 * 24 * 60 * 60 * 1000;

export const SnoozeTicketInput = z.object({
  ticketNumber: TicketNumberSchema,
  /** When the ticket reopens; must be in the future (checked by the use case against its clock). */
  until: z.coerce.date(),
  expectedVersion: TicketVersionSchema.optional(),
});
export type SnoozeTicketInput = z.input<typeof SnoozeTicketInput>;
