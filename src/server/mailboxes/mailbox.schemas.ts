// Mailboxes as the REST API, the CLI and (later) the settings page speak them: lower-case enums,
// camelCase, nested `imap` / `smtp` settings. Passwords go in, never out (`hasPassword` instead).
import { z } from "zod";
import { EmailSchema, text } from "@/lib/validation";
import { AutoAcknowledgeTemplatesPatch, AutoAcknowledgeTemplatesView } from "@/server/mail/auto-acknowledge-templates";

export const MailSecuritySchema = z.enum(["tls", "starttls", "none"]);
export const AfterImportSchema = z.enum(["mark-seen", "move"]);

const Host = text()
  .trim()
  .toLowerCase()
  .min(1)
  .max(255)
  .regex(/^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$|^\[[0-9a-f:.]+\]$/, "must be a host name or an IP address")
  .describe("Host name or IP address of the server");
const Port = z.int().min(1).max(65535);
const Username = text().trim().min(1).max(320);
const Password = text().min(1).max(1000);
const Folder = text().trim().min(1).max(255);

export const MailboxNameSchema = text().trim().min(1).max(120);

const ImapFields = {
  host: Host,
  port: Port.describe("993 for tls, 143 for starttls"),
  security: MailSecuritySchema,
  username: Username,
  password: Password.describe("Stored encrypted; never returned"),
  folder: Folder.optional().describe("Defaults to INBOX"),
  afterImport: AfterImportSchema.optional().describe("What happens to a message on the server once it is stored (default mark-seen)"),
  moveTo: Folder.optional().describe("The folder messages move to; required with afterImport `move`"),
};

const SmtpFields = {
  host: Host,
  port: Port.describe("465 for tls, 587 for starttls"),
  security: MailSecuritySchema,
  username: Username.optional(),
  password: Password.optional().describe("Stored encrypted; never returned"),
  fromName: text().trim().min(1).max(120).optional().describe("Sender name on outgoing mail (default: the mailbox's name)"),
};

function imapRules<T extends { afterImport?: string; moveTo?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.afterImport === "move" && !v.moveTo) ctx.addIssue({ code: "custom", path: ["moveTo"], message: "is required when afterImport is move" });
}
function smtpRules<T extends { username?: string; password?: string }>(v: T, ctx: z.RefinementCtx) {
  if (v.password && !v.username) ctx.addIssue({ code: "custom", path: ["username"], message: "is required with a password" });
}

export const ImapSettingsSchema = z.object(ImapFields).strict().superRefine(imapRules);
export const SmtpSettingsSchema = z.object(SmtpFields).strict().superRefine(smtpRules);

export const CreateMailboxInput = z
  .object({
    name: MailboxNameSchema,
    address: EmailSchema.describe("The shop's support address; stored lower-case, unique in the workspace"),
    imap: ImapSettingsSchema.optional(),
    smtp: SmtpSettingsSchema.optional(),
    autoAcknowledge: z.boolean().optional(),
    autoAcknowledgeTemplates: AutoAcknowledgeTemplatesView.strict().optional(),
  })
  .strict();
export type CreateMailboxInput = z.input<typeof CreateMailboxInput>;

/**
 * A partial change. `imap` / `smtp` settings merge over the stored ones (a password is replaced
 * only when given); null removes them. `isDefault: true` makes this the workspace's default
 * mailbox (the old default stops being one).
 */
export const UpdateMailboxBody = z
  .object({
    name: MailboxNameSchema.optional(),
    address: EmailSchema.optional(),
    imap: z.object(ImapFields).partial().strict().nullable().optional(),
    smtp: z.object(SmtpFields).partial().strict().nullable().optional(),
    autoAcknowledge: z.boolean().optional(),
    autoAcknowledgeTemplates: AutoAcknowledgeTemplatesPatch.nullable().optional().describe(
      "The acknowledgement's text per language (en, el, ar, et, pl) as { subject, body } with {{ticketNumber}}, {{customerName}}, {{subject}}; a language set to null, or the whole field null, goes back to the built-in text",
    ),
    isDefault: z.literal(true).optional().describe("true makes it the default mailbox; the old default stops being one"),
  })
  .strict();

export const MailboxIdSchema = z.uuid();
export const UpdateMailboxInput = UpdateMailboxBody.extend({ mailboxId: MailboxIdSchema });
export type UpdateMailboxInput = z.input<typeof UpdateMailboxInput>;
export const MailboxIdInput = z.object({ mailboxId: MailboxIdSchema });
export type MailboxIdInput = z.input<typeof MailboxIdInput>;

// ---- What comes out ---------------------------------------------------------------------

const Timestamp = z.iso.datetime().describe("ISO 8601, UTC");

export const MailboxStatusSchema = z.discriminatedUnion("state", [
  z.object({ state: z.literal("ok") }),
  z.object({
    state: z.literal("failing"),
    code: text().describe("A closed code such as auth_failed, tls_failed, host_not_found, connection_refused, folder_missing, timeout"),
    message: text().describe("What the server said"),
    since: Timestamp,
    retryAt: Timestamp.nullable(),
  }),
]);

export const MailboxView = z.object({
  id: z.uuid(),
  name: text(),
  address: text(),
  forwardingAddress: text().describe("Forward the shop's mail here; Shopdesk receives it for this mailbox"),
  isDefault: z.boolean().describe("Replies of tickets not opened by email go out through the default mailbox"),
  autoAcknowledge: z.boolean(),
  autoAcknowledgeTemplates: AutoAcknowledgeTemplatesView.describe("The shop's own acknowledgement texts by language; languages left out use the built-in text"),
  imap: z
    .object({
      host: text(),
      port: z.int(),
      security: MailSecuritySchema,
      username: text(),
      folder: text(),
      afterImport: AfterImportSchema,
      moveTo: text().nullable(),
      hasPassword: z.boolean(),
    })
    .nullable(),
  smtp: z
    .object({
      host: text(),
      port: z.int(),
      security: MailSecuritySchema,
      username: text().nullable(),
      fromName: text().nullable(),
      hasPassword: z.boolean(),
    })
    .nullable(),
  status: MailboxStatusSchema,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type MailboxView = z.output<typeof MailboxView>;

/** The create answer: the mailbox and, this once, the secret that authorises raw MIME posts to it. */
export const CreatedMailboxView = MailboxView.extend({
  inboundSecret: text().describe("Authorises `POST /mailboxes/{id}/inbound`; shown only in this response"),
});
export type CreatedMailboxView = z.output<typeof CreatedMailboxView>;

export const MailboxListView = z.object({ data: z.array(MailboxView) });
