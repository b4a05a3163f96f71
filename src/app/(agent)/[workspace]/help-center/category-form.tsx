"use client";
// Creating or editing a category or a section: its name in each of the workspace's languages (at
// least one), each with an optional description (shown on the public help center). An emptied name
// removes that language; a renamed one keeps its URL. Admins only: the page shows it to them, and
// the server refuses everyone else.
import { useId, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import { createHelpCategoryAction, updateHelpCategoryAction } from "@/server/help-center/help-center-editor.actions";
import type { ActionError } from "@/server/action";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Textarea } from "@/ui/textarea";
import { helpFieldError } from "./help-field-error";

type Names = Partial<Record<Locale, { name: string; description: string }>>;

type Props =
  | { mode: "createCategory"; workspaceSlug: string }
  | { mode: "createSection"; workspaceSlug: string; parentId: string; parentName: string }
  | { mode: "rename"; workspaceSlug: string; id: string; names: Names; currentName: string };

export function CategoryForm(props: Props) {
  const t = useTranslations("helpEditor.categories");
  const tf = useTranslations("helpEditor");
  const router = useRouter();
  const formId = useId();
  const initial = props.mode === "rename" ? props.names : {};
  const [open, setOpen] = useState(false);
  const empty = () => Object.fromEntries(locales.map((l) => [l, ""])) as Record<Locale, string>;
  const [names, setNames] = useState<Record<Locale, string>>(() => Object.fromEntries(locales.map((l) => [l, initial[l]?.name ?? ""])) as Record<Locale, string>);
  const [descriptions, setDescriptions] = useState<Record<Locale, string>>(() => Object.fromEntries(locales.map((l) => [l, initial[l]?.description ?? ""])) as Record<Locale, string>);
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  const opener = props.mode === "createCategory" ? t("new") : props.mode === "createSection" ? t("newSection") : t("rename");
  const openerLabel = props.mode === "createSection" ? t("newSectionIn", { name: props.parentName }) : props.mode === "rename" ? t("renameNamed", { name: props.currentName }) : undefined;

  function submit() {
    setError(null);
    startTransition(async () => {
      const given = Object.fromEntries(
        locales.filter((l) => names[l].trim()).map((l) => [l, { name: names[l].trim(), description: descriptions[l].trim() }]),
      );
      const result =
        props.mode === "rename"
          ? await updateHelpCategoryAction(props.workspaceSlug, {
              id: props.id,
              translations: { ...given, ...Object.fromEntries(locales.filter((l) => initial[l] && !names[l].trim()).map((l) => [l, null])) },
            })
          : await createHelpCategoryAction(props.workspaceSlug, { ...(props.mode === "createSection" ? { parentId: props.parentId } : {}), translations: given });
      if (!result.ok) return setError(result.error);
      setOpen(false);
      if (props.mode !== "rename") {
        setNames(empty());
        setDescriptions(empty());
      }
      router.refresh();
    });
  }

  const fields = error?.fields;
  const general = error && (fields?.translations ? helpFieldError(tf, fields.translations) : !fields ? (error.code === "FORBIDDEN" ? tf("errors.forbidden") : tf("errors.generic")) : null);

  if (!open) {
    return (
      <Button variant={props.mode === "createCategory" ? "primary" : "ghost"} size={props.mode === "createCategory" ? "md" : "sm"} aria-label={openerLabel} onClick={() => setOpen(true)}>
        {opener}
      </Button>
    );
  }

  return (
    <form
      aria-labelledby={`${formId}-title`}
      className="flex w-full flex-col gap-3 rounded-md border border-gray-200 bg-gray-50 p-3"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === "Escape") setOpen(false);
      }}
    >
      <p id={`${formId}-title`} className="text-sm font-medium text-gray-900">
        {openerLabel ?? opener}
      </p>
      <p className="text-sm text-gray-600">
        {t("namesHint")} {t("descriptionHint")}
      </p>
      <div className="grid gap-x-3 gap-y-4 sm:grid-cols-2">
        {locales.map((l, i) => (
          <div key={l} className="space-y-2">
            <Field label={<span lang={l}>{localeLabels[l]}</span>} error={helpFieldError(tf, fields?.[`translations.${l}.name`] ?? fields?.[`translations.${l}.slug`])}>
              {(control) => (
                <Input {...control} autoFocus={i === 0} dir={localeDirection(l)} lang={l} maxLength={120} value={names[l]} onChange={(e) => setNames({ ...names, [l]: e.target.value })} />
              )}
            </Field>
            <Field label={t("descriptionIn", { language: localeLabels[l] })} error={helpFieldError(tf, fields?.[`translations.${l}.description`])}>
              {(control) => (
                <Textarea
                  {...control}
                  dir={localeDirection(l)}
                  lang={l}
                  rows={2}
                  maxLength={500}
                  value={descriptions[l]}
                  onChange={(e) => setDescriptions({ ...descriptions, [l]: e.target.value })}
                />
              )}
            </Field>
          </div>
        ))}
      </div>
      {general && (
        <p role="alert" className="text-sm text-danger-700">
          {general}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" size="sm" loading={pending}>
          {props.mode === "rename" ? t("saveNames") : t("create")}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => setOpen(false)}>
          {tf("editor.cancel")}
        </Button>
      </div>
    </form>
  );
}
