"use client";
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { acceptInvitationAction } from "@/server/members/member.actions";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "@/lib/password-rules";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Button } from "@/ui/button";
import { Alert } from "@/ui/alert";

type Errors = Partial<Record<"name" | "password" | "confirm" | "form", string>>;

export function AcceptInvitationForm({
  token,
  email,
  className,
}: {
  token: string;
  email: string;
  className?: string;
}) {
  const t = useTranslations("auth.invitation");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [errors, setErrors] = useState<Errors>({});
  const alertRef = useRef<HTMLDivElement>(null);

  function validate(name: string, password: string, confirm: string): Errors {
    const e: Errors = {};
    if (!name.trim()) e.name = t("nameRequired");
    if (!password) e.password = t("passwordRequired");
    else if (password.length < PASSWORD_MIN_LENGTH) e.password = t("passwordTooShort", { min: PASSWORD_MIN_LENGTH });
    else if (password.length > PASSWORD_MAX_LENGTH) e.password = t("passwordTooLong", { max: PASSWORD_MAX_LENGTH });
    if (!confirm) e.confirm = t("confirmRequired");
    else if (password && confirm !== password) e.confirm = t("passwordMismatch");
    return e;
  }

  return (
    <form
      method="post"
      noValidate
      className={className}
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        const name = String(data.get("name") ?? "");
        const password = String(data.get("password") ?? "");
        const confirm = String(data.get("confirm") ?? "");
        const found = validate(name, password, confirm);
        setErrors(found);
        if (Object.keys(found).length > 0) return;
        startTransition(async () => {
          const result = await acceptInvitationAction({ token, password, name });
          if (!result.ok) {
            const code =
              result.error.fields?.token?.code ?? result.error.fields?.email?.code ?? result.error.fields?.password?.code;
            const next: Errors =
              code === "expired"
                ? { form: t("expired") }
                : code === "used" || code === "revoked"
                  ? { form: t("used") }
                  : code === "signInToAccept"
                    ? { form: t("accountExists") }
                    : code === "tooShort"
                      ? { password: t("passwordTooShort", { min: PASSWORD_MIN_LENGTH }) }
                      : { form: tc("errors.generic") };
            setErrors(next);
            if (next.form) alertRef.current?.focus();
            return;
          }
          const signedIn = await signIn("credentials", { email: result.data.email, password, redirect: false });
          router.replace(signedIn?.ok ? `/${result.data.workspaceSlug}/inbox` : "/login");
          router.refresh();
        });
      }}
    >
      <div className="flex flex-col gap-4">
        {errors.form && (
          <Alert tone="danger" ref={alertRef} tabIndex={-1}>
            {errors.form}
          </Alert>
        )}
        <Field label={t("email")}>
          {(control) => <Input {...control} value={email} readOnly dir="ltr" autoComplete="username" />}
        </Field>
        <Field label={t("name")} error={errors.name} required>
          {(control) => <Input {...control} name="name" autoComplete="name" maxLength={120} />}
        </Field>
        <Field label={t("password")} hint={t("passwordRules", { min: PASSWORD_MIN_LENGTH })} error={errors.password} required>
          {(control) => <Input {...control} name="password" type="password" autoComplete="new-password" />}
        </Field>
        <Field label={t("confirmPassword")} error={errors.confirm} required>
          {(control) => <Input {...control} name="confirm" type="password" autoComplete="new-password" />}
        </Field>
        <Button type="submit" fullWidth loading={pending}>
          {pending ? t("submitting") : t("submit")}
        </Button>
      </div>
    </form>
  );
}
