"use client";
// Creates or edits a canned reply: title, folder (any name; the existing ones are suggested),
// shared or personal (when creating, for admins), and the text per language in tabs. Field errors
// come back from the server in the agent's language; an unknown placeholder names itself and the
// ones that exist.
import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import { PLACEHOLDERS, unknownPlaceholders } from "@/lib/canned-placeholders";
import { isolate } from "@/lib/bidi";
import { createCannedReplyAction, updateCannedReplyAction } from "@/server/canned-replies/canned-reply.actions";
import type { ActionError } from "@/server/action";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Textarea } from "@/ui/textarea";
import { fieldErrorMessage } from "../field-error";
import { LanguageTabs } from "./language-tabs";

type Initial = { id: string; title: string; folder: string; versions: Partial<Record<Locale, string>> };

export function CannedReplyForm(props: {
  slug: string;
  /** Editing this reply; creating a new one when absent. */
  reply?: Initial;
  /** When creating: whether the reply may be shared (admins), and whether it may be personal (agents and admins). */
  canShare?: boolean;
  canKeepPersonal?: boolean;
  folders: string[];
  /** The language tab shown first: the agent's own. */
  firstLocale: Locale;
  onDone?: () => void;
  onCancel?: () => void;
}) {
  const t = useTranslations("settings.cannedReplies");
  const ts = useTranslations("settings");
  const tc = useTranslations("common");
  const id = useId();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState(false);
  const [tab, setTab] = useState<Locale>(props.firstLocale);
  const [texts, setTexts] = useState<Partial<Record<Locale, string>>>(props.reply?.versions ?? {});
  const [shared, setShared] = useState(Boolean(props.canShare));
  const fields = error?.fields ?? {};
  const allowed = PLACEHOLDERS.map((p) => `{{${p}}}`).join(", ");

  function versionError(l: Locale): string | undefined {
    const issue = fields[`versions.${l}`];
    if (!issue) return undefined;
    if (issue.code === "unknownPlaceholder") {
      const unknown = unknownPlaceholders(texts[l] ?? "").map((u) => `{{${u}}}`);
      return t("errors.unknownPlaceholder", { list: isolate(unknown.join(", ")), allowed: isolate(allowed) });
    }
    return fieldErrorMessage(ts, issue);
  }
  const invalid = new Set(locales.filter((l) => fields[`versions.${l}`]));
  const filled = new Set(locales.filter((l) => (texts[l] ?? "").trim() !== ""));
  const versionsError = fields.versions ? (fields.versions.code === "noVersion" ? t("errors.noVersion") : fieldErrorMessage(ts, fields.versions)) : undefined;
  const formError =
    error && Object.keys(fields).length === 0
      ? error.code === "FORBIDDEN"
        ? t("errors.forbidden")
        : error.code === "NOT_FOUND"
          ? t("errors.notFound")
          : tc("errors.generic")
      : null;

  function submit(form: HTMLFormElement) {
    const data = new FormData(form);
    const title = String(data.get("title") ?? "");
    const folder = String(data.get("folder") ?? "");
    const versions = Object.fromEntries(locales.map((l) => [l, texts[l] ?? ""]));
    setError(null);
    setSaved(false);
    startTransition(async () => {
      const result = props.reply
        ? await updateCannedReplyAction(props.slug, { id: props.reply.id, title, folder, versions })
        : await createCannedReplyAction(props.slug, { title, folder, versions, shared: props.canKeepPersonal ? shared : true });
      if (!result.ok) {
        setError(result.error);
        const first = locales.find((l) => result.error.fields?.[`versions.${l}`]);
        if (first) setTab(first);
        return;
      }
      setSaved(true);
      if (!props.reply) {
        form.reset();
        setTexts({});
      }
      props.onDone?.();
    });
  }

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(e.currentTarget);
      }}
    >
      {formError && <Alert tone="danger">{formError}</Alert>}
      <p role="status" className="text-sm text-success-700 empty:hidden">
        {saved && !props.reply ? t("created") : null}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t("fields.title")} hint={t("fields.titleHint")} error={fieldErrorMessage(ts, fields.title)} required>
          {(control) => <Input {...control} name="title" dir="auto" defaultValue={props.reply?.title} maxLength={120} autoComplete="off" />}
        </Field>
        <Field label={t("fields.folder")} hint={t("fields.folderHint")} error={fieldErrorMessage(ts, fields.folder)}>
          {(control) => <Input {...control} name="folder" dir="auto" list={`${id}-folders`} defaultValue={props.reply?.folder} maxLength={60} autoComplete="off" />}
        </Field>
        <datalist id={`${id}-folders`}>
          {props.folders.map((f) => (
            <option key={f} value={f} />
          ))}
        </datalist>
      </div>
      {!props.reply && props.canShare && props.canKeepPersonal && (
        <Checkbox checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} label={t("fields.shared")} description={t("fields.sharedHint")} />
      )}
      <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-versions-hint${versionsError ? ` ${id}-versions-error` : ""}`}>
        <legend className="text-sm font-medium text-gray-800">{t("fields.versions")}</legend>
        <p id={`${id}-versions-hint`} className="text-sm text-gray-600">
          {t("fields.versionsHint")}
        </p>
        {versionsError && (
          <p id={`${id}-versions-error`} role="alert" className="text-sm text-danger-700">
            {versionsError}
          </p>
        )}
        <LanguageTabs
          label={t("fields.versions")}
          selected={tab}
          onSelect={setTab}
          filled={filled}
          invalid={invalid}
          filledLabel={t("fields.hasText")}
          invalidLabel={t("fields.hasError")}
          panel={(l) => (
            <Field label={t("fields.versionLabel", { language: localeLabels[l] })} error={versionError(l)}>
              {(control) => (
                <Textarea
                  {...control}
                  name={`versions.${l}`}
                  lang={l}
                  dir={localeDirection(l)}
                  rows={8}
                  maxLength={10_000}
                  value={texts[l] ?? ""}
                  onChange={(e) => {
                    const value = e.currentTarget.value;
                    setTexts((current) => ({ ...current, [l]: value }));
                  }}
                />
              )}
            </Field>
          )}
        />
      </fieldset>
      <div className="flex flex-wrap justify-end gap-2">
        {props.onCancel && (
          <Button variant="secondary" onClick={props.onCancel} disabled={pending}>
            {tc("actions.cancel")}
          </Button>
        )}
        <Button type="submit" loading={pending}>
          {pending ? t("saving") : props.reply ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}
