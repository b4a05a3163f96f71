"use client";
// One tag in the settings list: its name and ticket count, Rename in place (into an existing
// name: the two merge, said before saving) and Delete after a confirmation. Focus returns to
// Rename when its form closes; after a merge or a delete, the row is gone and focus goes to the
// list's heading.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldIssue } from "@/server/errors";
import { deleteTagAction, renameTagAction } from "@/server/tags/tag.actions";
import { Button } from "@/ui/button";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { Field } from "@/ui/field";
import { Input } from "@/ui/input";
import { ActionMessage, type ActionMessageValue } from "@/ui/action-message";
import { tagNameError } from "./tag-errors";

export const TAGS_HEADING_ID = "tags-list-heading";

function focusHeading() {
  document.getElementById(TAGS_HEADING_ID)?.focus();
}

export function TagItem({ slug, tag }: { slug: string; tag: { id: string; name: string; tickets: number } }) {
  const t = useTranslations("workspaceSetup.tags");
  const ts = useTranslations("workspaceSetup");
  const tc = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(tag.name);
  const [issue, setIssue] = useState<FieldIssue | undefined>();
  const [message, setMessage] = useState<ActionMessageValue>(null);
  const [asking, setAsking] = useState(false);
  const renameRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (returnFocus.current && renameRef.current && document.activeElement !== renameRef.current) renameRef.current.focus();
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

  function close() {
    setEditing(false);
    returnFocus.current = true;
  }

  const nameId = `tag-${tag.id}-name`;
  return (
    <li className="flex flex-col gap-3 px-4 py-3 sm:px-6" data-tag={tag.name}>
      <div className="flex flex-col gap-2 sm:flex-row sm:items-center">
        <div className="min-w-0 flex-1">
          <p id={nameId} dir="auto" className="font-medium text-gray-900 [overflow-wrap:anywhere]">
            {tag.name}
          </p>
          <p className="text-sm text-gray-600">{t("tickets", { count: tag.tickets })}</p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <Button
            ref={renameRef}
            variant="secondary"
            size="sm"
            aria-describedby={nameId}
            aria-expanded={editing}
            onClick={() => {
              setName(tag.name);
              setIssue(undefined);
              setMessage(null);
              setEditing(true);
            }}
          >
            {t("rename")}
          </Button>
          <Button variant="ghost" size="sm" aria-describedby={nameId} aria-haspopup="dialog" onClick={() => setAsking(true)}>
            {t("delete")}
          </Button>
        </div>
      </div>
      {editing && (
        <form
          method="post"
          noValidate
          aria-label={t("renameTitle", { name: tag.name })}
          className="flex flex-col gap-3 rounded-lg border border-gray-200 bg-gray-50 p-3 sm:flex-row sm:items-start"
          onKeyDown={(e) => {
            if (e.key === "Escape") close();
          }}
          onSubmit={(event) => {
            event.preventDefault();
            setMessage(null);
            startTransition(async () => {
              const result = await renameTagAction(slug, { tagId: tag.id, name });
              if (result.ok) {
                setEditing(false);
                if (result.data.merged) {
                  focusHeading();
                } else {
                  returnFocus.current = true;
                  setMessage({ tone: "ok", text: t("renamed") });
                }
                router.refresh();
                return;
              }
              setIssue(result.error.fields?.name);
              setMessage({ tone: "error", text: result.error.fields?.name ? t("notSaved") : tc("errors.generic") });
              inputRef.current?.focus();
            });
          }}
        >
          <Field className="flex-1" label={t("newName")} hint={t("newNameHint")} error={tagNameError(ts, issue)} required>
            {(control) => <Input {...control} ref={inputRef} name="name" dir="auto" maxLength={60} value={name} onChange={(e) => setName(e.currentTarget.value)} />}
          </Field>
          <div className="flex flex-wrap gap-2 sm:mt-7">
            <Button type="submit" size="sm" loading={pending}>
              {t("save")}
            </Button>
            <Button type="button" variant="ghost" size="sm" onClick={close}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      )}
      <ActionMessage message={message} />
      <ConfirmDialog
        open={asking}
        title={t("deleteTitle", { name: tag.name })}
        description={t("deleteDescription", { count: tag.tickets })}
        confirmLabel={t("delete")}
        cancelLabel={tc("actions.cancel")}
        tone="danger"
        pending={pending}
        onCancel={() => setAsking(false)}
        onConfirm={() =>
          startTransition(async () => {
            const result = await deleteTagAction(slug, { tagId: tag.id });
            setAsking(false);
            if (!result.ok) {
              setMessage({ tone: "error", text: tc("errors.generic") });
              return;
            }
            focusHeading();
            router.refresh();
          })
        }
      />
    </li>
  );
}
