"use client";
// "Go to ticket": `g` anywhere in the agent pages opens a small modal <dialog> with a number
// field, so `g 1 2 Enter` opens ticket #12 (Escape closes it, focus returns where it was). It
// submits the number as an inbox search, a plain GET: the inbox opens a ticket of this workspace
// with that number and otherwise lists what the search finds, so an unknown number (or another
// workspace's) is never told apart from one that is simply not there.
import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/ui/button";
import { Input } from "@/ui/input";
import { useShortcuts } from "./use-shortcuts";

const OPEN_EVENT = "shopdesk:go-to-ticket";

export function GoToTicket({ slug }: { slug: string }) {
  const t = useTranslations("inbox.goToTicket");
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  const open = () => {
    const dialog = dialogRef.current;
    if (!dialog || dialog.open) return;
    if (inputRef.current) inputRef.current.value = "";
    dialog.showModal();
    inputRef.current?.focus();
  };
  useShortcuts({ g: open });
  useEffect(() => {
    window.addEventListener(OPEN_EVENT, open);
    return () => window.removeEventListener(OPEN_EVENT, open);
  });

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(24rem,calc(100vw-2rem))] rounded-xl border border-gray-200 bg-white p-0 shadow-xl backdrop:bg-gray-900/40"
    >
      <form action={`/${slug}/inbox`} method="get" className="flex flex-col gap-4 p-5">
        <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
          {t("title")}
        </h2>
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-number`} className="text-sm font-medium text-gray-700">
            {t("label")}
          </label>
          <Input
            ref={inputRef}
            id={`${id}-number`}
            name="q"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            required
            pattern="\s*#?\s*[0-9]{1,10}\s*"
            title={t("hint")}
            aria-describedby={`${id}-hint`}
            dir="ltr"
            className="text-start"
          />
          <p id={`${id}-hint`} className="text-xs text-gray-600">
            {t("hint")}
          </p>
        </div>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" size="sm" onClick={() => dialogRef.current?.close()}>
            {t("cancel")}
          </Button>
          <Button type="submit" size="sm">
            {t("submit")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
