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
import { CopyField } from "../copy-field";

export function WorkspaceSettingsForm({ workspaceSlug, settings, embed }: { workspaceSlug: string; settings: WorkspaceSettings; embed: { script: string; iframe: string } }) {
  const t = useTranslations("settings.workspace");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [assignOnFirstReply, setAssignOnFirstReply] = useState(settings.assignOnFirstReply);
  const [blocked, setBlocked] = useState(settings.blockedSenders.join("\n"));
  const [blockedError, setBlockedError] = useState<string | undefined>();
  const [origins, setOrigins] = useState(settings.contactFormOrigins.join("\n"));
  const [savedOrigins, setSavedOrigins] = useState(settings.contactFormOrigins.join("\n"));
  const [originsError, setOriginsError] = useState<string | undefined>();
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
        setOriginsError(undefined);
        const blockedSenders = blocked.split(/[\s,;]+/).filter(Boolean);
        const contactFormOrigins = origins.split(/[\s,;]+/).filter(Boolean);
        startTransition(async () => {
          // The sites only when they were edited: saving another setting never puts back a list
          // someone else changed meanwhile.
          const originsEdited = contactFormOrigins.join("\n") !== savedOrigins;
          const result = await updateWorkspaceSettingsAction(workspaceSlug, { assignOnFirstReply, blockedSenders, ...(originsEdited ? { contactFormOrigins } : {}) });
          if (result.ok) {
            setBlocked(result.data.blockedSenders.join("\n"));
            setOrigins(result.data.contactFormOrigins.join("\n"));
            setSavedOrigins(result.data.contactFormOrigins.join("\n"));
            setMessage({ tone: "ok", text: t("saved") });
            return;
          }
          // A field error names the entry (`blockedSenders.3`, `contactFormOrigins.0`), or the list
          // when it is too long.
          const fields = Object.keys(result.error.fields ?? {});
          const listError = (list: "blockedSenders" | "contactFormOrigins", entries: string[]): string | undefined => {
            const bad = fields.find((k) => k.startsWith(list));
            if (!bad) return undefined;
            const entry = entries[Number(bad.split(".")[1])];
            return entry ? t(`${list}Invalid`, { entry }) : t(`${list}TooMany`);
          };
          const blockedProblem = listError("blockedSenders", blockedSenders);
          const originsProblem = listError("contactFormOrigins", contactFormOrigins);
          setBlockedError(blockedProblem);
          setOriginsError(originsProblem);
          setMessage({ tone: "error", text: blockedProblem || originsProblem ? t("notSaved") : tc("errors.generic") });
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
      <fieldset className="flex flex-col gap-3 border-t border-gray-200 pt-4">
        <legend className="pt-4 text-base font-semibold text-gray-900">{t("contactForm")}</legend>
        <Field label={t("contactFormOrigins")} hint={t("contactFormOriginsHint")} error={originsError}>
          {(control) => (
            <Textarea {...control} name="contactFormOrigins" dir="ltr" rows={3} value={origins} onChange={(e) => setOrigins(e.currentTarget.value)} placeholder="https://shop.example.com" />
          )}
        </Field>
        <CopyField label={t("embedScript")} value={embed.script} copyLabel={t("copy")} copiedLabel={t("copied")} />
        <CopyField label={t("embedIframe")} value={embed.iframe} copyLabel={t("copy")} copiedLabel={t("copied")} />
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
