"use client";
// "Change password": the current password, the new one twice. On success every other session of
// the user has ended on the server; this browser was given a fresh session and stays here.
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { changePasswordAction } from "@/server/users/session.actions";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Button } from "@/ui/button";
import { Alert } from "@/ui/alert";

type FieldName = "currentPassword" | "newPassword" | "confirmPassword";
type Errors = Partial<Record<FieldName | "form", string>>;

export function ChangePasswordForm() {
  const t = useTranslations("settings.account.password");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Errors>({});
  const [done, setDone] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  function validate(current: string, next: string, confirm: string): Errors {
    const e: Errors = {};
    if (!current) e.currentPassword = t("currentRequired");
    if (next.length < PASSWORD_MIN_LENGTH) e.newPassword = t("tooShort", { min: PASSWORD_MIN_LENGTH });
    else if (next.length > PASSWORD_MAX_LENGTH) e.newPassword = t("tooLong", { max: PASSWORD_MAX_LENGTH });
    else if (current && next === current) e.newPassword = t("unchanged");
    if (!confirm) e.confirmPassword = t("confirmRequired");
    else if (confirm !== next) e.confirmPassword = t("mismatch");
    return e;
  }

  function focusFirst(found: Errors) {
    const first = (["currentPassword", "newPassword", "confirmPassword"] as const).find((f) => found[f]);
    if (first) formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
    else if (found.form) alertRef.current?.focus();
  }

  return (
    <form
      ref={formRef}
      method="post"
      noValidate
      className="flex max-w-sm flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const data = new FormData(form);
        const input = {
          currentPassword: String(data.get("currentPassword") ?? ""),
          newPassword: String(data.get("newPassword") ?? ""),
          confirmPassword: String(data.get("confirmPassword") ?? ""),
        };
        const found = validate(input.currentPassword, input.newPassword, input.confirmPassword);
        setErrors(found);
        setDone(false);
        if (Object.keys(found).length > 0) return focusFirst(found);
        startTransition(async () => {
          const result = await changePasswordAction(input);
          if (result.ok) {
            form.reset();
            setDone(true);
            return;
          }
          const issue = Object.entries(result.error.fields ?? {})[0];
          const messages: Record<string, string> = {
            wrong: t("wrongCurrent"),
            required: t("currentRequired"),
            tooShort: t("tooShort", { min: PASSWORD_MIN_LENGTH }),
            mismatch: t("mismatch"),
            unchanged: t("unchanged"),
          };
          const next: Errors =
            result.error.code === "RATE_LIMITED"
              ? { form: t("rateLimited", { minutes: Math.max(1, Math.ceil((result.error.retryAfter ?? 60) / 60)) }) }
              : issue && messages[issue[1].code]
                ? { [issue[0] as FieldName]: messages[issue[1].code] }
                : { form: tc("errors.generic") };
          setErrors(next);
          focusFirst(next);
        });
      }}
    >
      {errors.form && (
        <Alert tone="danger" ref={alertRef} tabIndex={-1}>
          {errors.form}
        </Alert>
      )}
      {done && (
        <Alert tone="success" role="status">
          {t("changed")}
        </Alert>
      )}
      <Field label={t("current")} error={errors.currentPassword} required>
        {(control) => <Input {...control} name="currentPassword" type="password" autoComplete="current-password" />}
      </Field>
      <Field label={t("new")} hint={t("rules", { min: PASSWORD_MIN_LENGTH })} error={errors.newPassword} required>
        {(control) => <Input {...control} name="newPassword" type="password" autoComplete="new-password" />}
      </Field>
      <Field label={t("confirm")} error={errors.confirmPassword} required>
        {(control) => <Input {...control} name="confirmPassword" type="password" autoComplete="new-password" />}
      </Field>
      <div>
        <Button type="submit" loading={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
