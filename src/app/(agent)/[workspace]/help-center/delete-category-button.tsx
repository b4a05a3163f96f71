"use client";
// Deleting a category (with its sections) or a section, after a confirmation. One that still files
// articles is refused by the server, and the admin is told to move or delete them first.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { deleteHelpCategoryAction } from "@/server/help-center/help-center-editor.actions";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";

export function DeleteCategoryButton({ workspaceSlug, id, name }: { workspaceSlug: string; id: string; name: string }) {
  const t = useTranslations("helpEditor.categories");
  const te = useTranslations("helpEditor.errors");
  const tc = useTranslations("common");
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function run() {
    startTransition(async () => {
      const result = await deleteHelpCategoryAction(workspaceSlug, { id });
      setAsking(false);
      if (result.ok) return router.refresh();
      setError(result.error.code === "CONFLICT" ? t("deleteHasArticles") : result.error.code === "FORBIDDEN" ? te("forbidden") : te("generic"));
    });
  }

  return (
    <div className="flex flex-col items-end">
      <Button variant="ghost" size="sm" loading={pending} aria-haspopup="dialog" aria-label={t("deleteNamed", { name })} onClick={() => setAsking(true)}>
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={asking}
        title={t("deleteTitle", { name })}
        description={t("deleteEffect")}
        confirmLabel={t("delete")}
        cancelLabel={tc("actions.cancel")}
        tone="danger"
        pending={pending}
        onConfirm={run}
        onCancel={() => setAsking(false)}
      />
      {error && (
        <p role="alert" className="text-sm text-danger-700">
          {error}
        </p>
      )}
    </div>
  );
}
