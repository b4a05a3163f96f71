"use client";
// "Restore" of one version: after a confirmation, its title, description and body are saved again
// as the newest version (the history keeps everything in between).
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/locales";
import { restoreArticleVersionAction } from "@/server/help-center/help-center-editor.actions";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";

type Props = { workspaceSlug: string; articleId: string; locale: Locale; version: number };

export function RestoreButton({ workspaceSlug, articleId, locale, version }: Props) {
  const t = useTranslations("helpEditor.history");
  const te = useTranslations("helpEditor.errors");
  const tc = useTranslations("common");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const [pending, startTransition] = useTransition();

  function restore() {
    startTransition(async () => {
      const result = await restoreArticleVersionAction(workspaceSlug, { articleId, locale, version });
      setAsking(false);
      if (result.ok) {
        setMessage({ tone: "ok", text: t("restored", { version, newVersion: result.data.version }) });
        router.push(`/${workspaceSlug}/help-center/articles/${articleId}/history?locale=${locale}&version=${result.data.version}`);
      } else {
        const text = result.error.code === "CONFLICT" ? t("restoreConflict") : result.error.code === "FORBIDDEN" ? te("forbidden") : te("generic");
        setMessage({ tone: "error", text });
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-1">
      <Button variant="secondary" loading={pending} aria-haspopup="dialog" onClick={() => setAsking(true)}>
        {t("restore", { version })}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("restoreTitle", { version })}
        description={t("restoreEffect")}
        confirmLabel={t("restore", { version })}
        cancelLabel={tc("actions.cancel")}
        pending={pending}
        onConfirm={restore}
        onCancel={() => setAsking(false)}
      />
      <ActionMessage message={message} />
    </div>
  );
}
