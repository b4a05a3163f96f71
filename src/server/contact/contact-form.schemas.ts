// The contact form's fields as the server takes them: each error is a field issue with a code the
// page translates into the visitor's language (contact.errors.*), so the same form reads well in
// all five languages with or without JavaScript.
import { z } from "zod";
import { customerFileProblems, MAX_CUSTOMER_FILE_BYTES, MAX_CUSTOMER_FILES, MAX_CUSTOMER_TOTAL_BYTES } from "@/lib/customer-files";
import { normalizeContentType, sanitizeFilename } from "@/lib/reply-attachments";
import { EmailSchema, LocaleSchema, PersonNameSchema, text } from "@/lib/validation";
import { AreaKeySchema, OrderNumberSchema } from "@/server/tickets/ticket.schemas";

const MB = 1024 * 1024;
const FILE_PROBLEM = {
  tooManyFiles: `at most ${MAX_CUSTOMER_FILES} files`,
  fileTooLarge: `is larger than ${MAX_CUSTOMER_FILE_BYTES / MB} MB`,
  fileType: "is not a kind of file the form takes",
  filesTooLarge: `the files together are larger than ${MAX_CUSTOMER_TOTAL_BYTES / MB} MB`,
} as const;

/** The longest message the form takes (a page of text; longer ones are pasted logs). */
export const MAX_CONTACT_MESSAGE_CHARS = 20_000;

export const CustomerFilesSchema = z
  .array(
    z.object({
      filename: text().max(10_000).transform(sanitizeFilename),
      contentType: text().max(1_000).nullish().transform(normalizeContentType),
      content: z.instanceof(Uint8Array),
    }),
  )
  .superRefine((files, c) => {
    for (const p of customerFileProblems(files.map((f) => ({ name: f.filename, size: f.content.byteLength })))) {
      c.addIssue({ code: "custom", path: p.index === null ? [] : [p.index], message: FILE_PROBLEM[p.code], params: { code: p.code } });
    }
  });

export const ContactFormInput = z.object({
  /** The workspace's slug, from the page's URL. */
  workspace: text().trim().min(1).max(48),
  locale: LocaleSchema,
  /** The signed token the page rendered (src/server/contact/form-token.ts). */
  formToken: text().max(200).optional(),
  /** The honeypot: hidden from people, filled in by scripts that fill in every field. */
  website: text().max(2_000).optional(),
  name: PersonNameSchema,
  /** Empty is "required", not "invalidEmail": the visitor forgot it rather than mistyped it. */
  email: text().trim().min(1).pipe(EmailSchema),
  area: AreaKeySchema,
  orderNumber: OrderNumberSchema.optional(),
  subject: text().trim().min(1).max(200),
  message: text().trim().min(1).max(MAX_CONTACT_MESSAGE_CHARS),
  attachments: CustomerFilesSchema.default([]),
});
export type ContactFormInput = z.input<typeof ContactFormInput>;
