"use client";
// One canned reply in the settings list: its title, whether it is shared, its languages and how
// often it was used; Edit opens its form in place (focus moves into it, and back to Edit after).
import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { localeLabels, locales, type Locale } from "@/i18n/locales";
import { deleteCannedReplyAction } from "@/server/canned-replies/canned-reply.actions";
import type { CannedReplySummary } from "@/server/canned-replies/canned-reply.schemas";
import { Badge } from "@/ui/badge";
import { Button } from "@/ui/button";
import { ActionButton } from "../action-button";
import { CannedReplyForm } from "./canned-reply-form";

export function CannedReplyItem({ slug, reply, folders, firstLocale }: { slug: string; reply: CannedReplySummary; folders: string[]; firstLocale: Locale }) {
  const t = useTranslations("settings.cannedReplies");
  const [editing, setEditing] = useState(false);
  const editRef = useRef<HTMLButtonElement>(null);
  const formBox = useRef<HTMLDivElement>(null);
  const languages = locales.filter((l) => reply.versions[l] !== undefined);

  // Focus goes back to Edit when the form closes, and stays there through the list's refresh (a
  // renamed reply re-renders, and may move, when the server's list comes back) until the user
  // does something else.
  const returnFocus = useRef(false);
  function close() {
    setEditing(false);
    returnFocus.current = true;
  }
  useEffect(() => {
    if (!returnFocus.current || editing) return;
    if (editRef.current && document.activeElement !== editRef.current) editRef.current.focus();
  });
  useEffect(() => {
    const stop = () => {
      returnFocus.current = false;
    };
    window.addEventListener("pointerdown", stop, true);
    window.addEventListener("keydown", stop, true);
    return () => {
      window.removeEventListener("pointerdown", stop, true);
      window.removeEventListener("keydown", stop, true);
    };
  }, []);

  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-canned-reply={reply.id}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2">
            <span dir="auto" className="min-w-0 font-medium text-gray-900 [overflow-wrap:anywhere]">
              {reply.title}
            </span>
            <Badge tone={reply.shared ? "brand" : "neutral"}>{reply.shared ? t("list.shared") : t("list.personal")}</Badge>
          </p>
          <p className="text-sm text-gray-600">
            <span className="sr-only">{t("list.languages")}: </span>
            {languages.map((l, i) => (
              <span key={l}>
                {i > 0 && ", "}
                <span lang={l}>{localeLabels[l]}</span>
              </span>
            ))}
            <span aria-hidden="true"> · </span>
            {t("list.used", { count: reply.usageCount })}
          </p>
        </div>
        {reply.editable && !editing && (
          <div className="flex gap-1">
            <Button
              ref={editRef}
              variant="ghost"
              size="sm"
              aria-label={t("list.editLabel", { title: reply.title })}
              onClick={() => {
                setEditing(true);
                requestAnimationFrame(() => formBox.current?.querySelector<HTMLInputElement>("input[name=title]")?.focus());
              }}
            >
              {t("list.edit")}
            </Button>
            <ActionButton
              label={t("list.delete")}
              ariaLabel={t("list.deleteLabel", { title: reply.title })}
              confirm={{ title: t("list.deleteTitle", { title: reply.title }), description: t("list.deleteEffect"), confirmLabel: t("list.delete") }}
              action={deleteCannedReplyAction.bind(null, slug, { id: reply.id })}
            />
          </div>
        )}
      </div>
      {editing && (
        <div ref={formBox} className="rounded-md border border-gray-200 bg-gray-50 p-4">
          <CannedReplyForm slug={slug} reply={reply} folders={folders} firstLocale={languages[0] ?? firstLocale} onDone={close} onCancel={close} />
        </div>
      )}
    </li>
  );
}
