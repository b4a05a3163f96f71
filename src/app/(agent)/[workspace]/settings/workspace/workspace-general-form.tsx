"use client";
// The workspace's name, time zone and default language. The time zone is typed with suggestions
// (a datalist of the zones this server knows) so a long list is searchable by keyboard; the
// server checks it against the same list. After saving, focus stays on the Save button; after a
// refusal it moves to the first field in error, whose message is linked to it.
import { useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { localeLabels, locales as LOCALES, type Locale } from "@/i18n/locales";
import type { FieldIssue } from "@/server/errors";
import { updateWorkspaceGeneralAction } from "@/server/workspaces/workspace.actions";
import type { WorkspaceGeneral } from "@/server/workspaces/update-workspace-general";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { generalErrorMessage } from "./general-errors";

type Fields = "name" | "timeZone" | "defaultLocale";
const ORDER: Fields[] = ["name", "timeZone", "defaultLocale"];

export function WorkspaceGeneralForm({ slug, general, timeZones }: { slug: string; general: WorkspaceGeneral; timeZones: string[] }) {
  const t = useTranslations("workspaceSetup.general");
  const ts = useTranslations("workspaceSetup");
  const tc = useTranslations("common");
  const [pending, startTransition] = useTransition();
  const [name, setName] = useState(general.name);
  const [timeZone, setTimeZone] = useState(general.timeZone);
  const [defaultLocale, setDefaultLocale] = useState(general.defaultLocale);
  const [errors, setErrors] = useState<Partial<Record<Fields, FieldIssue>>>({});
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const refs = { name: useRef<HTMLInputElement>(null), timeZone: useRef<HTMLInputElement>(null), defaultLocale: useRef<HTMLSelectElement>(null) };
  const listId = "workspace-time-zones";

  const error = (field: Fields) => generalErrorMessage(ts, field, errors[field]);

  return (
    <form
      method="post"
      noValidate
      className="flex flex-col gap-4"
      aria-label={t("title")}
      onSubmit={(event) => {
        event.preventDefault();
        setMessage(null);
        startTransition(async () => {
          const result = await updateWorkspaceGeneralAction(slug, { name, timeZone, defaultLocale: defaultLocale as Locale });
          if (result.ok) {
            setErrors({});
            setName(result.data.name);
            setTimeZone(result.data.timeZone);
            setDefaultLocale(result.data.defaultLocale);
            setMessage({ tone: "ok", text: t("saved") });
            return;
          }
          const fields = (result.error.fields ?? {}) as Partial<Record<Fields, FieldIssue>>;
          setErrors(fields);
          const first = ORDER.find((f) => fields[f]);
          setMessage({ tone: "error", text: first ? t("notSaved") : result.error.code === "FORBIDDEN" ? ts("errors.forbidden") : tc("errors.generic") });
          if (first) refs[first].current?.focus();
        });
      }}
    >
      <Field label={t("name")} error={error("name")} required>
        {(control) => <Input {...control} ref={refs.name} name="name" autoComplete="organization" maxLength={120} value={name} onChange={(e) => setName(e.currentTarget.value)} />}
      </Field>
      <Field label={t("timeZone")} hint={t("timeZoneHint")} error={error("timeZone")} required>
        {(control) => (
          <>
            <Input {...control} ref={refs.timeZone} name="timeZone" dir="ltr" list={listId} autoComplete="off" spellCheck={false} value={timeZone} onChange={(e) => setTimeZone(e.currentTarget.value)} />
            <datalist id={listId}>
              {timeZones.map((zone) => (
                <option key={zone} value={zone} />
              ))}
            </datalist>
          </>
        )}
      </Field>
      <Field label={t("defaultLocale")} hint={t("defaultLocaleHint")} error={error("defaultLocale")} required>
        {(control) => (
          <Select {...control} ref={refs.defaultLocale} name="defaultLocale" value={defaultLocale} onChange={(e) => setDefaultLocale(e.currentTarget.value)}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeLabels[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <p className="text-sm text-gray-700">
        {t.rich("logo", { link: (chunks) => <Link href={`/${slug}/settings/branding`} className="font-medium text-brand-700 underline hover:text-brand-800">{chunks}</Link> })}
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" loading={pending}>
          {t("save")}
        </Button>
        <ActionMessage message={message} />
      </div>
    </form>
  );
}
