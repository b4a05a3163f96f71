"use client";
// The workspace's behaviour switches. Saved with a button (not on toggle), so a keyboard or
// screen-reader user can review the change first; the result is announced.
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { updateWorkspaceSettingsAction } from "@/server/workspaces/workspace.actions";
import type { WorkspaceSettings } from "@/server/workspaces/workspace-settings";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Textarea } from "@/ui/textarea";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";

export function WorkspaceSettingsForm({ workspaceSlug, settings }: { workspaceSlug: string; settings: WorkspaceSettings }) {
  const t = useTranslations("settings.workspace");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [assignOnFirstReply, setAssignOnFirstReply] = useState(settings.assignOnFirstReply);
  const [blocked, setBlocked] = useState(settings.blockedSenders.join("\n"));
  const [blockedError, setBlockedError] = useState<string | undefined>();
  const [message, setMessage] = useState<ActionMessageValue>(null);

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        setBlockedError(undefined);
        const blockedSenders = blocked.split(/[\s,;]+/).filter(Boolean);
        startTransition(async () => {
          const result = await updateWorkspaceSettingsAction(workspaceSlug, { assignOnFirstReply, blockedSenders });
          if (result.ok) {
            setBlocked(result.data.blockedSenders.join("\n"));
            setMessage({ tone: "ok", text: t("saved") });
            return;
          }
          // A field error names the entry: `blockedSenders.3`.
          const bad = Object.keys(result.error.fields ?? {}).find((k) => k.startsWith("blockedSenders"));
          if (bad) {
            const entry = blockedSenders[Number(bad.split(".")[1])];
            setBlockedError(entry ? t("blockedSendersInvalid", { entry }) : t("blockedSendersTooMany"));
          }
          setMessage({ tone: "error", text: bad ? t("notSaved") : tc("errors.generic") });
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
      <Field label={t("blockedSenders")} hint={t("blockedSendersHint")} error={blockedError}>
        {(control) => (
          <Textarea {...control} name="blockedSenders" dir="ltr" rows={5} value={blocked} onChange={(e) => setBlocked(e.currentTarget.value)} placeholder={"spam@example.com\nexample.net"} />
        )}
      </Field>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
