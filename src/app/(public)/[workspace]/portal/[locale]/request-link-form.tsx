"use client";
// "Email me a link": a plain form posting to a server action, so it works without JavaScript. The
// answer is the same whether or not the address is known, and is announced to screen readers.
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { requestPortalLinkAction, type PortalFormState } from "@/server/portal/portal.actions";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button-styles";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";

export function RequestLinkForm({ workspace, locale }: { workspace: string; locale: string }) {
  const t = useTranslations("portal.signIn");
  const [state, action, pending] = useActionState<PortalFormState, FormData>(requestPortalLinkAction, { status: "idle" });
  const invalidEmail = state.status === "error" && state.code === "invalid";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="locale" value={locale} />
      <Field label={t("emailLabel")} error={invalidEmail ? t("invalidEmail") : undefined} required>
        {(control) => <Input {...control} type="email" name="email" autoComplete="email" maxLength={254} />}
      </Field>
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary" })}>
        {t("submit")}
      </button>
      <div aria-live="polite">
        {state.status === "done" ? <Alert tone="success">{t("sent", { email: state.email ?? "" })}</Alert> : null}
        {state.status === "error" && state.code === "rateLimited" ? (
          <Alert tone="danger">{t("rateLimited", { minutes: Math.max(1, Math.ceil((state.retryAfter ?? 60) / 60)) })}</Alert>
        ) : null}
        {state.status === "error" && state.code !== "rateLimited" && state.code !== "invalid" ? <Alert tone="danger">{t("error")}</Alert> : null}
      </div>
    </form>
  );
}
