"use server";
// The public contact form's server action (no sign-in), used through useActionState so the form
// also works without JavaScript: the browser POSTs it and the page is rendered again with the
// state, the visitor's text kept and each error beside its field.
import { headers } from "next/headers";
import { MAX_CUSTOMER_FILES } from "@/lib/customer-files";
import { isAppError, type FieldIssue } from "@/server/errors";
import { clientIp } from "@/server/http/client-address";
import { db } from "@/server/db";
import { logger } from "@/server/logger";
import { issueFormToken } from "./form-token";
import type { ContactFormInput } from "./contact-form.schemas";
import { submitContactForm } from "./submit-contact-form";

export type ContactFormValues = { name: string; email: string; area: string; orderNumber: string; subject: string; message: string };

export type ContactFormState =
  | { status: "idle"; formToken: string }
  /** ticketNumber null: the honeypot was filled in (the visitor sees the same thanks). */
  | { status: "sent"; ticketNumber: number | null; email: string }
  | {
      status: "error";
      code: "invalid" | "rateLimited" | "notFound" | "generic";
      fields: Record<string, FieldIssue>;
      retryAfter?: number;
      values: ContactFormValues;
      /** The token to send next time: a fresh one when the old one expired. */
      formToken: string;
      /** The visitor had chosen files, which a page rendered again cannot keep. */
      hadFiles: boolean;
    };

const VALUE_FIELDS = ["name", "email", "area", "orderNumber", "subject", "message"] as const;

export async function submitContactFormAction(previous: ContactFormState, form: FormData): Promise<ContactFormState> {
  const field = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : undefined;
  };
  const files = form
    .getAll("attachments")
    .filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0)
    // One more than allowed is enough for the "too many files" error; the rest is not read.
    .slice(0, MAX_CUSTOMER_FILES + 1);
  const values = Object.fromEntries(VALUE_FIELDS.map((k) => [k, field(k) ?? ""])) as ContactFormValues;
  const workspace = field("workspace") ?? "";
  const request = await requestHeaders();
  const requestId = request?.get("x-request-id") ?? undefined;
  try {
    const raw = {
      workspace,
      locale: field("locale"),
      formToken: field("formToken"),
      website: field("website"),
      ...values,
      orderNumber: values.orderNumber.trim() || undefined,
      attachments: await Promise.all(files.map(async (f) => ({ filename: f.name, contentType: f.type, content: new Uint8Array(await f.arrayBuffer()) }))),
    };
    const result = await submitContactForm(db(), raw as ContactFormInput, { address: request ? clientIp(request) : null }, logger.child({ requestId }));
    return result.status === "sent" ? { status: "sent", ticketNumber: result.ticketNumber, email: result.email } : { status: "sent", ticketNumber: null, email: values.email };
  } catch (e) {
    const base = { values, hadFiles: files.length > 0, formToken: field("formToken") ?? "" };
    if (isAppError(e)) {
      if (e.code === "VALIDATION") {
        const fields = e.fieldIssues ?? {};
        // An expired or forged token: a fresh one, so sending again works.
        const fresh = fields._form?.code === "formExpired" ? await freshToken(workspace) : null;
        return { status: "error", code: "invalid", fields, ...base, ...(fresh ? { formToken: fresh } : {}) };
      }
      if (e.code === "RATE_LIMITED") return { status: "error", code: "rateLimited", fields: {}, retryAfter: e.retryAfter, ...base };
      if (e.code === "NOT_FOUND") return { status: "error", code: "notFound", fields: {}, ...base };
    }
    logger.error({ err: e, requestId }, "contact form failed");
    return { status: "error", code: "generic", fields: {}, ...base };
  }
}

async function freshToken(slug: string): Promise<string | null> {
  const workspace = await db().workspace.findUnique({ where: { slug }, select: { id: true } }).catch(() => null);
  return workspace ? issueFormToken(workspace.id).token : null;
}

/** This request's headers; null outside one (tests, scripts). */
async function requestHeaders(): Promise<Headers | null> {
  try {
    return await headers();
  } catch {
    return null;
  }
}
