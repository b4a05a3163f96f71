"use client";
// A new article: where it goes, its first language and title. It is saved as a draft with an empty
// body, and the editor opens on that language.
import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { localeDirection, localeLabels, locales, type Locale } from "@/i18n/locales";
import type { ActionError } from "@/server/action";
import { createArticleAction } from "@/server/help-center/help-center-editor.actions";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Select } from "@/ui/select";
import { helpFieldError } from "../../help-field-error";

type Props = { workspaceSlug: string; categoryOptions: Array<{ id: string; label: string }>; defaultLocale: Locale };

export function NewArticleForm({ workspaceSlug, categoryOptions, defaultLocale }: Props) {
  const t = useTranslations("helpEditor.newArticle");
  const tf = useTranslations("helpEditor");
  const router = useRouter();
  const [categoryId, setCategoryId] = useState(categoryOptions[0]?.id ?? "");
  const [locale, setLocale] = useState<Locale>(defaultLocale);
  const [title, setTitle] = useState("");
  const [error, setError] = useState<ActionError | null>(null);
  const [pending, startTransition] = useTransition();

  const fields = error?.fields;
  const general = error && !fields ? (error.code === "FORBIDDEN" ? tf("errors.forbidden") : tf("errors.generic")) : null;

  return (
    <form
      className="flex max-w-xl flex-col gap-4"
      onSubmit={(e) => {
        e.preventDefault();
        setError(null);
        startTransition(async () => {
          const result = await createArticleAction(workspaceSlug, { categoryId, content: { locale, title, bodyHtml: "", status: "DRAFT" } });
          if (!result.ok) return setError(result.error);
          router.push(`/${workspaceSlug}/help-center/articles/${result.data.articleId}?locale=${result.data.locale}`);
        });
      }}
    >
      <Field label={t("category")} required error={helpFieldError(tf, fields?.categoryId)}>
        {(control) => (
          <Select {...control} value={categoryId} onChange={(e) => setCategoryId(e.target.value)}>
            {categoryOptions.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("language")} required error={helpFieldError(tf, fields?.["content.locale"])}>
        {(control) => (
          <Select {...control} value={locale} onChange={(e) => setLocale(e.target.value as Locale)}>
            {locales.map((l) => (
              <option key={l} value={l} lang={l}>
                {localeLabels[l]}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field label={t("articleTitle")} required error={helpFieldError(tf, fields?.["content.title"] ?? fields?.["content.slug"])}>
        {(control) => <Input {...control} dir={localeDirection(locale)} lang={locale} maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </Field>
      {general && <Alert tone="danger">{general}</Alert>}
      <div>
        <Button type="submit" loading={pending}>
          {t("create")}
        </Button>
      </div>
    </form>
  );
}
