"use client";
// "Close this request": a one-button form posting to a server action (works without JavaScript).
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { closeOwnTicketAction, type PortalFormState } from "@/server/portal/portal.actions";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button-styles";

export function CloseForm({ workspace, locale, ticketNumber }: { workspace: string; locale: string; ticketNumber: number }) {
  const t = useTranslations("portal.close");
  const [state, action, pending] = useActionState<PortalFormState, FormData>(closeOwnTicketAction, { status: "idle" });
  return (
    <form action={action} className="space-y-3">
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="ticketNumber" value={ticketNumber} />
      <h2 id="close-heading" className="font-medium text-gray-900">
        {t("heading")}
      </h2>
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "secondary" })}>
        {t("submit")}
      </button>
      <div aria-live="polite">{state.status === "error" ? <Alert tone="danger">{t("error")}</Alert> : null}</div>
    </form>
  );
}
