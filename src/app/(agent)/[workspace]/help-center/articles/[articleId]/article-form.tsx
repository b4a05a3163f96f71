"use client";
// One language of an article: title, URL slug, description and body, saved as a draft, published
// or unpublished. Every save names the version it started from, so a save on top of someone
// else's newer one is refused and said so (CONFLICT) instead of overwriting their work.
import { useEffect, useId, useRef, useState, useTransition } from "react";
import dynamic from "next/dynamic";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { localeDirection, type Locale } from "@/i18n/locales";
import type { ActionError } from "@/server/action";
import { saveArticleContentAction } from "@/server/help-center/help-center-editor.actions";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { Textarea } from "@/ui/textarea";
import { helpFieldError } from "../../help-field-error";

// Tiptap runs in the browser only and is downloaded with the editor page alone.
const RichTextEditor = dynamic(() => import("./rich-text-editor"), { ssr: false });

export type EditedTranslation = { title: string; slug: string; description: string; bodyHtml: string; status: "DRAFT" | "PUBLISHED"; version: number };

type Props = { workspaceSlug: string; articleId: string; locale: Locale; translation: EditedTranslation | null; canEdit: boolean };

type Outcome = { kind: "saved"; status: "DRAFT" | "PUBLISHED"; version: number } | { kind: "conflict" } | { kind: "error"; error: ActionError } | null;

export function ArticleForm({ workspaceSlug, articleId, locale, translation, canEdit }: Props) {
  const t = useTranslations("helpEditor.article");
  const tf = useTranslations("helpEditor");
  const router = useRouter();
  const bodyLabelId = useId();
  const [title, setTitle] = useState(translation?.title ?? "");
  const [slug, setSlug] = useState(translation?.slug ?? "");
  const [description, setDescription] = useState(translation?.description ?? "");
  const [bodyHtml, setBodyHtml] = useState(translation?.bodyHtml ?? "");
  const [version, setVersion] = useState(translation?.version);
  const [status, setStatus] = useState(translation?.status ?? null);
  const [dirty, setDirty] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [pending, startTransition] = useTransition();
  const conflictRef = useRef<HTMLDivElement>(null);
  // Reload after a conflict is a choice already made: no "leave the page?" prompt on top.
  const leaving = useRef(false);
  const dir = localeDirection(locale);

  // Leaving with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => {
      if (!leaving.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  useEffect(() => {
    if (outcome?.kind === "conflict") conflictRef.current?.focus();
  }, [outcome]);

  const edit = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setDirty(true);
  };

  function save(next: "DRAFT" | "PUBLISHED") {
    startTransition(async () => {
      const result = await saveArticleContentAction(workspaceSlug, {
        articleId,
        ...(version !== undefined ? { expectedVersion: version } : {}),
        content: { locale, title, ...(slug.trim() ? { slug: slug.trim() } : {}), description, bodyHtml, status: next },
      });
      if (result.ok) {
        setVersion(result.data.version);
        setStatus(result.data.status);
        setSlug(result.data.slug);
        setDirty(false);
        setOutcome({ kind: "saved", status: result.data.status, version: result.data.version });
        router.refresh();
      } else if (result.error.code === "CONFLICT") {
        setOutcome({ kind: "conflict" });
      } else {
        setOutcome({ kind: "error", error: result.error });
      }
    });
  }

  const fields = outcome?.kind === "error" ? outcome.error.fields : undefined;
  const fieldError = (name: string) => helpFieldError(tf, fields?.[`content.${name}`]);
  const general = outcome?.kind === "error" && !fields ? (outcome.error.code === "FORBIDDEN" ? tf("errors.forbidden") : outcome.error.code === "NOT_FOUND" ? tf("errors.notFound") : tf("errors.generic")) : null;

  return (
    <form
      className="flex flex-col gap-4"
      aria-busy={pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        save(status ?? "DRAFT");
      }}
    >
      <Field label={t("title")} required error={fieldError("title")}>
        {(control) => <Input {...control} dir={dir} lang={locale} value={title} maxLength={200} readOnly={!canEdit} onChange={(e) => edit(setTitle)(e.target.value)} />}
      </Field>
      <div className="grid gap-4 md:grid-cols-2">
        <Field label={t("slug")} hint={t("slugHint")} error={fieldError("slug")}>
          {(control) => <Input {...control} dir="auto" lang={locale} value={slug} maxLength={80} readOnly={!canEdit} onChange={(e) => edit(setSlug)(e.target.value)} />}
        </Field>
        <Field label={t("description")} hint={t("descriptionHint")} error={fieldError("description")}>
          {(control) => <Textarea {...control} dir={dir} lang={locale} rows={2} value={description} maxLength={300} readOnly={!canEdit} onChange={(e) => edit(setDescription)(e.target.value)} />}
        </Field>
      </div>
      <div className="flex flex-col gap-1.5">
        <span id={bodyLabelId} className="text-sm font-medium text-gray-800">
          {t("body")}
        </span>
        <RichTextEditor workspaceSlug={workspaceSlug} locale={locale} initialHtml={translation?.bodyHtml ?? ""} onChange={edit(setBodyHtml)} labelId={bodyLabelId} editable={canEdit} />
        {fieldError("bodyHtml") && <p className="text-sm text-danger-700">{fieldError("bodyHtml")}</p>}
      </div>

      {outcome?.kind === "conflict" && (
        <Alert ref={conflictRef} tabIndex={-1} tone="danger" title={t("conflictTitle")}>
          <p>{t("conflictText")}</p>
          <Button variant="secondary" size="sm" className="mt-2" onClick={() => {
              leaving.current = true;
              window.location.reload();
            }}>
            {t("reload")}
          </Button>
        </Alert>
      )}
      {general && <Alert tone="danger">{general}</Alert>}
      {outcome?.kind === "saved" && (
        <p role="status" className="text-sm text-success-700">
          {outcome.status === "PUBLISHED" ? t("savedPublished", { version: outcome.version }) : t("savedDraft", { version: outcome.version })}
        </p>
      )}

      {canEdit && (
        <div className="flex flex-wrap items-center gap-2">
          {status === "PUBLISHED" ? (
            <>
              <Button type="button" loading={pending} onClick={() => save("PUBLISHED")}>
                {t("update")}
              </Button>
              <Button type="button" variant="secondary" loading={pending} onClick={() => save("DRAFT")}>
                {t("unpublish")}
              </Button>
            </>
          ) : (
            <>
              <Button type="button" loading={pending} onClick={() => save("PUBLISHED")}>
                {t("publish")}
              </Button>
              <Button type="button" variant="secondary" loading={pending} onClick={() => save("DRAFT")}>
                {t("saveDraft")}
              </Button>
            </>
          )}
          {dirty && <span className="text-sm text-gray-600">{t("unsaved")}</span>}
        </div>
      )}
    </form>
  );
}
