"use client";
// The "Sign in" button of a sign-in link's page. Opening the link signs nobody in (mail scanners
// open links); this POST uses the link up and, when it worked, opens the portal.
import Link from "next/link";
import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signInWithLinkAction, type PortalFormState } from "@/server/portal/portal.actions";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button-styles";

export function LinkSignInForm({ workspace, locale, token, homePath }: { workspace: string; locale: string; token: string; homePath: string }) {
  const t = useTranslations("portal.link");
  const [state, action, pending] = useActionState<PortalFormState, FormData>(signInWithLinkAction, { status: "idle" });
  if (state.status === "error") {
    return (
      <div className="space-y-4">
        <Alert tone="danger">{t("invalid")}</Alert>
        <Link href={homePath} className={buttonClasses({ variant: "secondary" })}>
          {t("requestNew")}
        </Link>
      </div>
    );
  }
  return (
    <form action={action}>
      <input type="hidden" name="workspace" value={workspace} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClasses({ variant: "primary", size: "lg" })}>
        {t("submit")}
      </button>
    </form>
  );
}
