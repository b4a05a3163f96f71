"use client";
// The customer's reply with optional files: a plain multipart form posting to a server action (it
// works without JavaScript). After a reply is sent the form is empty and the thread shows it.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { MAX_REPLY_FILE_BYTES, MAX_REPLY_FILES } from "@/lib/reply-attachments";
import { addPortalReplyAction, type PortalFormState } from "@/server/portal/portal.actions";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button-styles";
import { Field } from "@/ui/field";
import { Textarea } from "@/ui/textarea";

type Props = { workspace: string; locale: string; ticketNumber: number; closed: boolean; signInPath: string };

export function ReplyForm({ workspace, locale, ticketNumber, closed, signInPath }: Props) {
  const t = useTranslations("portal.reply");
  const [state, action, pending] = useActionState<PortalFormState, FormData>(addPortalReplyAction, { status: "idle" });
  const fields = state.status === "error" ? (state.fields ?? {}) : {};
  const textError = fields.text ? (fields.text === "tooLong" ? t("tooLong") : t("required")) : undefined;
  const filesError = fields.attachments ? t("filesProblem") : undefined;
  return (
    // React empties the form after each submission; a refused reply's text comes back to refill it.
    <form action={action} className="space-y-4">
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="ticketNumber" value={ticketNumber} />
      <Field label={t("label")} hint={closed ? t("reopens") : undefined} error={textError} required>
        {(control) => <Textarea {...control} name="text" rows={5} maxLength={100_000} defaultValue={state.status === "error" ? state.text : undefined} />}
      </Field>
      <Field label={t("files")} hint={t("filesHint", { count: MAX_REPLY_FILES, size: MAX_REPLY_FILE_BYTES / (1024 * 1024) })} error={filesError}>
        {(control) => <input {...control} type="file" name="files" multiple className="block w-full text-sm text-gray-700 file:me-3 file:rounded-md file:border-0 file:bg-gray-100 file:px-3 file:py-2 file:text-gray-900" />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary" })}>
        {t("send")}
      </button>
      <div aria-live="polite">
        {state.status === "done" ? <Alert tone="success">{t("sent")}</Alert> : null}
        {state.status === "error" && state.code === "signedOut" ? (
          <Alert tone="danger">
            <a href={signInPath} className="underline">
              {t("signedOut")}
            </a>
          </Alert>
        ) : null}
        {state.status === "error" && state.code !== "signedOut" && !textError && !filesError ? <Alert tone="danger">{t("error")}</Alert> : null}
      </div>
    </form>
  );
}
