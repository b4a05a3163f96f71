"use client";
// The workspace's behaviour switches. Saved with a button (not on toggle), so a keyboard or
// screen-reader user can review the change first; the result is announced.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { updateWorkspaceSettingsAction } from "@/server/workspaces/workspace.actions";
import type { WorkspaceSettings } from "@/server/workspaces/workspace-settings";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";

export function WorkspaceSettingsForm({ workspaceSlug, settings }: { workspaceSlug: string; settings: WorkspaceSettings }) {
  const t = useTranslations("settings.workspace");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [assignOnFirstReply, setAssignOnFirstReply] = useState(settings.assignOnFirstReply);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        startTransition(async () => {
          const result = await updateWorkspaceSettingsAction(workspaceSlug, { assignOnFirstReply });
          setMessage(result.ok ? { tone: "ok", text: t("saved") } : { tone: "error", text: tc("errors.generic") });
        });
      }}
    >
      <Checkbox
        name="assignOnFirstReply"
        label={t("assignOnFirstReply")}
        description={t("assignOnFirstReplyHint")}
        checked={assignOnFirstReply}
        onChange={(e) => setAssignOnFirstReply(e.target.checked)}
      />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <p role={message?.tone === "error" ? "alert" : "status"} className={message?.tone === "error" ? "text-sm text-danger-700" : "text-sm text-success-800"}>
          {message?.text}
        </p>
      </div>
    </form>
  );
}
