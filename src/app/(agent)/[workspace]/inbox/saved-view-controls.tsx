"use client";
// Saving the current filters and sort as a view (personal, or shared by an admin), and renaming,
// updating or deleting the saved view on screen. Native <dialog>s: modal, Escape closes them.
import { useId, useRef, useState, useTransition, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { InboxFilters, InboxSort } from "@/server/inbox/inbox.schemas";
import { createSavedViewAction, deleteSavedViewAction, updateSavedViewAction } from "@/server/inbox/inbox.actions";
import type { ActionError, ActionResult } from "@/server/action";
import { Button } from "@/ui/button";
import { Input } from "@/ui/input";
import { Alert } from "@/ui/alert";

type SavedView = { id: string; name: string; shared: boolean; ownedByMe: boolean };
type Mode = "create" | "rename" | "delete";

type Props = {
  slug: string;
  filters: InboxFilters;
  sort: InboxSort;
  savedView: SavedView | null;
  isAdmin: boolean;
  /** The URL carries filters beyond the saved view's own: offer to store them in it. */
  canUpdateFilters: boolean;
};

export function SavedViewControls({ slug, filters, sort, savedView, isAdmin, canUpdateFilters }: Props) {
  const t = useTranslations("inbox");
  const tc = useTranslations("common");
  const router = useRouter();
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [mode, setMode] = useState<Mode>("create");
  const [name, setName] = useState("");
  const [shared, setShared] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const canManage = savedView !== null && (savedView.ownedByMe || (savedView.shared && isAdmin));

  function open(next: Mode) {
    setMode(next);
    setName(next === "rename" && savedView ? savedView.name : "");
    setShared(false);
    setError(null);
    setDialogOpen(true);
    dialogRef.current?.showModal();
  }
  function close() {
    dialogRef.current?.close();
  }
  function errorText(e: ActionError): string {
    const field = e.fields?.name;
    if (field) return field.code === "required" ? t("saved.errors.nameRequired") : field.code === "taken" ? t("saved.errors.nameTaken") : t("saved.errors.nameInvalid");
    if (e.code === "FORBIDDEN") return t("saved.errors.forbidden");
    if (e.code === "NOT_FOUND") return t("saved.errors.notFound");
    return tc("errors.generic");
  }
  function perform(action: () => Promise<ActionResult<unknown>>, after: (data: unknown) => void) {
    setError(null);
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setError(errorText(result.error));
      close();
      after(result.data);
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (mode !== "delete" && !trimmed) return setError(t("saved.errors.nameRequired"));
    if (mode === "create") {
      perform(
        () => createSavedViewAction(slug, { name: trimmed, filters, sort, shared: isAdmin && shared }),
        (data) => {
          const created = data as { id: string };
          router.push(`/${slug}/inbox?view=saved:${created.id}`);
        },
      );
    } else if (mode === "rename" && savedView) {
      perform(
        () => updateSavedViewAction(slug, { id: savedView.id, name: trimmed }),
        () => {
          setNotice(t("saved.renamed", { name: trimmed }));
          router.refresh();
        },
      );
    } else if (mode === "delete" && savedView) {
      perform(
        () => deleteSavedViewAction(slug, { id: savedView.id }),
        () => router.push(`/${slug}/inbox`),
      );
    }
  }

  function updateFilters() {
    if (!savedView) return;
    perform(
      () => updateSavedViewAction(slug, { id: savedView.id, filters, sort }),
      () => {
        setNotice(t("saved.updated", { name: savedView.name }));
        router.push(`/${slug}/inbox?view=saved:${savedView.id}`);
      },
    );
  }

  const title = mode === "create" ? t("saved.createTitle") : mode === "rename" ? t("saved.renameTitle") : t("saved.deleteTitle");

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button size="sm" variant="secondary" onClick={() => open("create")}>
        {t("saved.save")}
      </Button>
      {canManage && (
        <>
          {canUpdateFilters && (
            <Button size="sm" variant="secondary" loading={pending} onClick={updateFilters}>
              {t("saved.update")}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={() => open("rename")}>
            {t("saved.rename")}
          </Button>
          <Button size="sm" variant="ghost" onClick={() => open("delete")}>
            {t("saved.delete")}
          </Button>
        </>
      )}
      <p role="status" className="w-full text-sm text-success-800 empty:hidden">
        {notice}
      </p>
      {/* Outside the dialog, errors of the update button show here. */}
      {error && !dialogOpen && <Alert tone="danger" className="w-full">{error}</Alert>}

      <dialog
        ref={dialogRef}
        aria-labelledby={`${id}-title`}
        onClose={() => setDialogOpen(false)}
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-gray-200 bg-white p-0 shadow-xl backdrop:bg-gray-900/40"
      >
        <form onSubmit={submit} className="flex flex-col gap-4 p-5">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
            {title}
          </h2>
          {mode === "delete" ? (
            <p className="text-sm text-gray-700">{t("saved.deleteConfirm", { name: savedView?.name ?? "" })}</p>
          ) : (
            <div className="flex flex-col gap-1.5">
              <label htmlFor={`${id}-name`} className="text-sm font-medium text-gray-800">
                {t("saved.name")}
              </label>
              <Input
                id={`${id}-name`}
                value={name}
                onChange={(e) => setName(e.target.value)}
                maxLength={80}
                required
                autoFocus
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : undefined}
              />
            </div>
          )}
          {mode === "create" && isAdmin && (
            <label className="flex items-start gap-2 text-sm text-gray-800">
              <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} className="mt-0.5 size-4 accent-brand-600" />
              <span>
                {t("saved.shared")}
                <span className="block text-gray-600">{t("saved.sharedHint")}</span>
              </span>
            </label>
          )}
          {error && (
            <p id={`${id}-error`} role="alert" className="text-sm text-danger-700">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <Button variant="ghost" onClick={close}>
              {tc("actions.cancel")}
            </Button>
            <Button type="submit" variant={mode === "delete" ? "danger" : "primary"} loading={pending}>
              {mode === "delete" ? t("saved.delete") : mode === "rename" ? t("saved.renameSubmit") : t("saved.saveSubmit")}
            </Button>
          </div>
        </form>
      </dialog>
    </div>
  );
}
