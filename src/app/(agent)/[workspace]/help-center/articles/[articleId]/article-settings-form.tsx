"use client";
// Where an article is filed, whether the home page promotes it, and the problem areas it answers:
// the same for every language. Light agents see them without the means to change them.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { updateArticleAction } from "@/server/help-center/help-center-editor.actions";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { Button } from "@/ui/button";
import { Checkbox } from "@/ui/checkbox";
import { Field } from "@/ui/field";
import { Select } from "@/ui/select";

export type CategoryOption = { id: string; label: string };

type Props = {
  workspaceSlug: string;
  articleId: string;
  categoryId: string;
  promoted: boolean;
  areas: string[];
  categoryOptions: CategoryOption[];
  areaOptions: Array<{ key: string; label: string }>;
  canEdit: boolean;
};

export function ArticleSettingsForm(props: Props) {
  const { workspaceSlug, articleId, categoryOptions, areaOptions, canEdit } = props;
  const t = useTranslations("helpEditor.settings");
  const te = useTranslations("helpEditor.errors");
  const router = useRouter();
  const [categoryId, setCategoryId] = useState(props.categoryId);
  const [promoted, setPromoted] = useState(props.promoted);
  const [areas, setAreas] = useState<string[]>(props.areas);
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const [pending, startTransition] = useTransition();

  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await updateArticleAction(workspaceSlug, { articleId, categoryId, promoted, areas });
          if (result.ok) {
            setMessage({ tone: "ok", text: t("saved") });
            router.refresh();
          } else {
            setMessage({ tone: "error", text: result.error.code === "FORBIDDEN" ? te("forbidden") : result.error.fields ? te("invalid") : te("generic") });
          }
        });
      }}
    >
      <Field label={t("category")}>
        {(control) => (
          <Select {...control} value={categoryId} disabled={!canEdit} onChange={(e) => setCategoryId(e.target.value)}>
            {categoryOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Checkbox label={t("promoted")} description={t("promotedHint")} checked={promoted} disabled={!canEdit} onChange={(e) => setPromoted(e.target.checked)} />
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium text-gray-800">{t("areas")}</legend>
        <p className="text-sm text-gray-600">{t("areasHint")}</p>
        <div className="grid gap-2 sm:grid-cols-2">
          {areaOptions.map((a) => (
            <Checkbox
              key={a.key}
              label={a.label}
              checked={areas.includes(a.key)}
              disabled={!canEdit}
              onChange={(e) => setAreas((now) => (e.target.checked ? [...now, a.key] : now.filter((k) => k !== a.key)))}
            />
          ))}
        </div>
      </fieldset>
      {canEdit && (
        <div>
          <Button type="submit" variant="secondary" loading={pending}>
            {t("save")}
          </Button>
        </div>
      )}
      <ActionMessage message={message} />
    </form>
  );
}
