"use client";
// The signed-in invited person accepts with one click; no password is asked for here.
import { useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { joinWithInvitationAction } from "@/server/members/member.actions";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";

export function JoinInvitationButton({ token, workspaceSlug, className }: { token: string; workspaceSlug: string; className?: string }) {
  const t = useTranslations("auth.invitation");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  return (
    <div className={className}>
      {error && (
        <Alert tone="danger" ref={alertRef} tabIndex={-1} className="mb-4">
          {error}
        </Alert>
      )}
      <Button
        fullWidth
        loading={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await joinWithInvitationAction({ token });
            if (result.ok) {
              router.replace(`/${result.data.workspaceSlug}/inbox`);
              router.refresh();
              return;
            }
            // Already a member (the link was opened twice): the workspace is where they wanted to be.
            if (result.error.fields?.email?.code === "alreadyMember") {
              router.replace(`/${workspaceSlug}/inbox`);
              return;
            }
            const code = result.error.fields?.token?.code;
            setError(code === "expired" ? t("expired") : code === "used" || code === "revoked" ? t("used") : tc("errors.generic"));
            requestAnimationFrame(() => alertRef.current?.focus());
          })
        }
      >
        {pending ? t("accepting") : t("accept")}
      </Button>
    </div>
  );
}
