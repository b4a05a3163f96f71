"use client";
// Email + password sign-in through next-auth's credentials provider, without a page reload.
// Field errors are checked here first; the server's answer appears in an alert that takes focus.
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { cn } from "@/lib/cn";
import { safeCallbackUrl } from "./callback-url";

export type LoginError = { kind: "invalid" } | { kind: "rateLimited"; minutes: number } | { kind: "unexpected" };

type FieldErrors = { email?: string; password?: string };

/** How long a locked sign-in waits, when the server does not say ("RATE_LIMITED:<seconds>"). */
const DEFAULT_LOCK_MINUTES = 15;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function toLoginError(error: string): LoginError {
  if (error === "RATE_LIMITED" || error.startsWith("RATE_LIMITED:")) {
    const seconds = Number(error.slice("RATE_LIMITED:".length));
    const minutes = Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds / 60) : DEFAULT_LOCK_MINUTES;
    return { kind: "rateLimited", minutes };
  }
  return { kind: "invalid" };
}

export function LoginForm({
  callbackUrl,
  initialError,
  className,
}: {
  callbackUrl?: string;
  initialError?: LoginError;
  className?: string;
}) {
  const t = useTranslations("auth.login");
  const router = useRouter();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<LoginError | undefined>(initialError);
  const [submitting, setSubmitting] = useState(false);
  // Bumped on every failed attempt so the alert takes focus again even when the text is the same.
  const [attempt, setAttempt] = useState(0);
  const alertRef = useRef<HTMLDivElement>(null);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (attempt > 0) alertRef.current?.focus();
  }, [attempt]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const data = new FormData(event.currentTarget);
    const email = String(data.get("email") ?? "").trim();
    const password = String(data.get("password") ?? "");

    const errors: FieldErrors = {};
    if (!email) errors.email = t("emailRequired");
    else if (!EMAIL_SHAPE.test(email)) errors.email = t("emailInvalid");
    if (!password) errors.password = t("passwordRequired");
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      setFormError(undefined);
      (errors.email ? emailRef : passwordRef).current?.focus();
      return;
    }

    setSubmitting(true);
    setFormError(undefined);
    try {
      const result = await signIn("credentials", { email, password, redirect: false });
      if (result?.ok && !result.error) {
        // Stay in the loading state while the next page loads.
        router.replace(safeCallbackUrl(callbackUrl) ?? "/");
        return;
      }
      setFormError(result?.error ? toLoginError(result.error) : { kind: "unexpected" });
    } catch {
      setFormError({ kind: "unexpected" });
    }
    setSubmitting(false);
    setAttempt((n) => n + 1);
  }

  const message =
    formError?.kind === "invalid"
      ? t("invalidCredentials")
      : formError?.kind === "rateLimited"
        ? t("rateLimited", { minutes: formError.minutes })
        : formError?.kind === "unexpected"
          ? t("unexpected")
          : undefined;

  return (
    <form method="post" noValidate onSubmit={onSubmit} className={cn("flex flex-col gap-5", className)}>
      {message && (
        <Alert ref={alertRef} tabIndex={-1} tone="danger" className="focus:outline-none focus-visible:outline-none">
          {message}
        </Alert>
      )}
      <Field label={t("email")} error={fieldErrors.email} required>
        {(control) => (
          <Input
            {...control}
            ref={emailRef}
            name="email"
            type="email"
            inputMode="email"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            // Addresses are left-to-right text, aligned with the form in Arabic.
            dir="ltr"
            className="rtl:text-end"
            onChange={() => fieldErrors.email && setFieldErrors((e) => ({ ...e, email: undefined }))}
          />
        )}
      </Field>
      <Field label={t("password")} error={fieldErrors.password} required>
        {(control) => (
          <Input
            {...control}
            ref={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            onChange={() => fieldErrors.password && setFieldErrors((e) => ({ ...e, password: undefined }))}
          />
        )}
      </Field>
      <Button type="submit" size="lg" fullWidth loading={submitting} className="mt-1">
        {submitting ? t("submitting") : t("submit")}
      </Button>
    </form>
  );
}
