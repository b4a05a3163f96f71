"use client";
// The contact form. A plain form posting to a server action through useActionState: without
// JavaScript the browser POSTs it and the page comes back with the state (errors beside their
// fields, the visitor's text kept). With JavaScript it also suggests articles while the visitor
// types the subject or message (suggestions.tsx).
import { useActionState, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { CUSTOMER_FILE_ACCEPT, MAX_CUSTOMER_FILE_BYTES, MAX_CUSTOMER_FILES } from "@/lib/customer-files";
import { submitContactFormAction, type ContactFormState } from "@/server/contact/contact.actions";
import type { FieldIssue } from "@/server/errors";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { Textarea } from "@/ui/textarea";
import { Suggestions } from "./suggestions";

type Props = {
  workspace: string;
  locale: string;
  formToken: string;
  areas: Array<{ key: string; label: string }>;
  portalHref: string;
  /** Inside the shop's site (iframe): article links open in a new tab, the form stays. */
  embedded: boolean;
  /** Suggest help-center articles while the visitor types (not when the help center is off). */
  suggestArticles: boolean;
};

const KNOWN_ERRORS = new Set([
  "required", "invalidEmail", "tooLong", "tooShort", "invalidOrderNumber", "fileType", "fileTooLarge", "filesTooLarge", "tooManyFiles", "tooFast", "formExpired",
]);
const FIELD_ORDER = ["name", "email", "area", "orderNumber", "subject", "message", "attachments"] as const;

export function ContactForm(props: Props) {
  const t = useTranslations("contact");
  const [state, action, pending] = useActionState<ContactFormState, FormData>(submitContactFormAction, { status: "idle", formToken: props.formToken });
  const [draft, setDraft] = useState({ subject: "", message: "" });
  const summaryRef = useRef<HTMLDivElement>(null);
  const errors = state.status === "error" ? state.fields : {};
  const values = state.status === "error" ? state.values : null;

  // After a failed send, focus the summary so keyboard and screen-reader users hear what to fix.
  useEffect(() => {
    if (state.status === "error") summaryRef.current?.focus();
  }, [state]);

  if (state.status === "sent") {
    return (
      <section aria-labelledby="contact-sent" className="rounded-lg bg-white p-6 ring-1 ring-gray-200">
        <h2 id="contact-sent" className="text-xl font-semibold text-gray-900" tabIndex={-1} ref={(el) => el?.focus()}>
          {t("sent.title")}
        </h2>
        <p className="mt-3 text-gray-700">
          {state.ticketNumber !== null ? t("sent.body", { number: state.ticketNumber, email: state.email }) : t("sent.bodyNoNumber")}
        </p>
        <p className="mt-4">
          <a href={props.portalHref} target={props.embedded ? "_blank" : undefined} rel="noopener" className="font-medium text-brand-700 hover:underline">
            {t("sent.portal")}
          </a>
        </p>
      </section>
    );
  }

  const message = (field: string): string | undefined => {
    const issue: FieldIssue | undefined = errors[field] ?? (field === "attachments" ? Object.entries(errors).find(([k]) => k.startsWith("attachments."))?.[1] : undefined);
    if (!issue) return undefined;
    return KNOWN_ERRORS.has(issue.code) ? t(`errors.${issue.code}`, { bound: issue.bound ?? 0 }) : t("errors.invalid");
  };
  const formError =
    state.status !== "error"
      ? null
      : state.code === "rateLimited"
        ? t("errors.rateLimited", { minutes: Math.max(1, Math.ceil((state.retryAfter ?? 60) / 60)) })
        : state.code === "notFound"
          ? t("errors.notFound")
          : state.code === "generic"
            ? t("errors.generic")
            : errors._form
              ? message("_form")
              : t("errors.summary");
  const fieldsWithErrors = FIELD_ORDER.filter((f) => message(f));

  return (
    <form action={action} noValidate className="flex flex-col gap-5" aria-describedby={formError ? "contact-errors" : undefined}>
      {/* A new key after each answer: the fields take the kept values as their defaults again. */}
      <div key={state.status === "error" ? JSON.stringify(state.values) + state.formToken : "idle"} className="contents">
        <input type="hidden" name="workspace" value={props.workspace} />
        <input type="hidden" name="locale" value={props.locale} />
        <input type="hidden" name="formToken" value={state.formToken} />
        {formError ? (
          <div id="contact-errors" ref={summaryRef} tabIndex={-1} className="outline-none">
            <Alert tone="danger" title={formError}>
              {fieldsWithErrors.length > 0 ? (
                <ul className="mt-1 list-disc ps-5">
                  {fieldsWithErrors.map((f) => (
                    <li key={f}>
                      <a href={`#contact-${f}`} className="underline">
                        {t(`fields.${f}`)}: {message(f)}
                      </a>
                    </li>
                  ))}
                </ul>
              ) : null}
              {state.status === "error" && state.hadFiles ? <p className="mt-1">{t("errors.filesAgain")}</p> : null}
            </Alert>
          </div>
        ) : null}
        {/* The honeypot: off-screen and out of the tab order; people never fill it in, scripts do. */}
        <div aria-hidden="true" className="absolute -start-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="contact-website">{t("honeypot")}</label>
          <input id="contact-website" type="text" name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <div className="grid gap-5 sm:grid-cols-2">
          <Field id="contact-name" label={t("fields.name")} error={message("name")} required>
            {(control) => <Input {...control} name="name" autoComplete="name" maxLength={120} defaultValue={values?.name} />}
          </Field>
          <Field id="contact-email" label={t("fields.email")} error={message("email")} required>
            {(control) => <Input {...control} type="email" name="email" autoComplete="email" maxLength={254} dir="ltr" defaultValue={values?.email} />}
          </Field>
          <Field id="contact-area" label={t("fields.area")} error={message("area")} required>
            {(control) => (
              <Select {...control} name="area" defaultValue={values?.area ?? ""}>
                <option value="" disabled>
                  {t("areaPlaceholder")}
                </option>
                {props.areas.map((a) => (
                  <option key={a.key} value={a.key}>
                    {a.label}
                  </option>
                ))}
              </Select>
            )}
          </Field>
          <Field id="contact-orderNumber" label={t("fields.orderNumber")} hint={t("orderNumberHint")} error={message("orderNumber")}>
            {(control) => <Input {...control} name="orderNumber" maxLength={72} dir="ltr" autoComplete="off" defaultValue={values?.orderNumber} />}
          </Field>
        </div>
        <Field id="contact-subject" label={t("fields.subject")} error={message("subject")} required>
          {(control) => (
            <Input {...control} name="subject" maxLength={200} defaultValue={values?.subject} onChange={(e) => {
                const subject = e.currentTarget.value;
                setDraft((d) => ({ ...d, subject }));
              }} />
          )}
        </Field>
        {props.suggestArticles && <Suggestions workspace={props.workspace} locale={props.locale} formToken={state.formToken} text={`${draft.subject}\n${draft.message}`} />}
        <Field id="contact-message" label={t("fields.message")} error={message("message")} required>
          {(control) => (
            <Textarea {...control} name="message" rows={7} maxLength={20_000} defaultValue={values?.message} onChange={(e) => {
                const message = e.currentTarget.value;
                setDraft((d) => ({ ...d, message }));
              }} />
          )}
        </Field>
        <Field
          id="contact-attachments"
          label={t("fields.attachments")}
          hint={t("attachmentsHint", { files: MAX_CUSTOMER_FILES, size: MAX_CUSTOMER_FILE_BYTES / (1024 * 1024) })}
          error={message("attachments")}
        >
          {(control) => (
            <input
              {...control}
              type="file"
              name="attachments"
              multiple
              accept={CUSTOMER_FILE_ACCEPT}
              className="block w-full text-sm text-gray-700 file:me-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-2 file:text-sm file:font-medium file:text-gray-900 hover:file:bg-gray-200"
            />
          )}
        </Field>
        <p className="text-sm text-gray-600">{t("privacy")}</p>
        <div>
          <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "lg" })}>
            {pending ? t("sending") : t("send")}
          </button>
        </div>
      </div>
    </form>
  );
}
