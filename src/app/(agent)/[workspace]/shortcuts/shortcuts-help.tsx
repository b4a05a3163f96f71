"use client";
// The keyboard shortcuts of the agent pages, in a modal <dialog> (the rest of the page is inert
// while it is open, Escape closes it, focus returns to where it was). Opened with "?" anywhere
// in the agent pages, or with ShortcutsHelpButton for mouse and screen-reader users.
import { useEffect, useId, useRef } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/ui/button";
import { useShortcuts } from "./use-shortcuts";

const OPEN_EVENT = "shopdesk:shortcuts-help";

const INBOX_KEYS = [
  ["j", "next"],
  ["k", "previous"],
  ["Enter", "open"],
  ["x", "select"],
  ["e", "closeSelected"],
  ["a", "assignSelected"],
  ["/", "search"],
] as const;
const TICKET_KEYS = [
  ["r", "reply"],
  ["n", "note"],
  ["e", "closeTicket"],
  ["a", "assignTicket"],
  ["[", "previousTicket"],
  ["]", "nextTicket"],
  ["Ctrl+Enter", "send"],
] as const;
const ANYWHERE_KEYS = [
  ["g", "goToTicket"],
  ["?", "help"],
] as const;

function showDialog(dialog: HTMLDialogElement | null) {
  if (dialog && !dialog.open) dialog.showModal();
}

export function ShortcutsHelp() {
  const t = useTranslations("inbox.shortcuts");
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);

  useShortcuts({ "?": () => showDialog(dialogRef.current) });
  useEffect(() => {
    const onOpen = () => showDialog(dialogRef.current);
    window.addEventListener(OPEN_EVENT, onOpen);
    return () => window.removeEventListener(OPEN_EVENT, onOpen);
  }, []);

  const section = (title: string, keys: readonly (readonly [string, string])[]) => (
    <section className="flex flex-col gap-2">
      <h3 className="text-sm font-semibold text-gray-900">{title}</h3>
      <dl className="grid grid-cols-[auto_1fr] items-center gap-x-4 gap-y-1.5 text-sm">
        {keys.map(([key, action]) => (
          <div key={`${title}-${key}`} className="contents">
            <dt>
              <kbd className="inline-block min-w-7 rounded border border-gray-300 bg-gray-50 px-1.5 py-0.5 text-center font-mono text-xs text-gray-800 shadow-xs">
                {key}
              </kbd>
            </dt>
            <dd className="text-gray-700">{t(`keys.${action}` as Parameters<typeof t>[0])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );

  return (
    <dialog
      ref={dialogRef}
      aria-labelledby={`${id}-title`}
      className="m-auto w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-gray-200 bg-white p-0 shadow-xl backdrop:bg-gray-900/40"
    >
      <div className="flex flex-col gap-5 p-5">
        <div className="flex items-start justify-between gap-3">
          <h2 id={`${id}-title`} className="text-lg font-semibold text-gray-900">
            {t("title")}
          </h2>
          <form method="dialog">
            <Button type="submit" variant="ghost" size="sm" autoFocus>
              {t("close")}
            </Button>
          </form>
        </div>
        <p className="text-sm text-gray-600">{t("hint")}</p>
        <div className="grid gap-6 sm:grid-cols-2">
          {section(t("inbox"), INBOX_KEYS)}
          {section(t("ticket"), TICKET_KEYS)}
          {section(t("anywhere"), ANYWHERE_KEYS)}
        </div>
      </div>
    </dialog>
  );
}

/**
 * Opens the shortcuts dialog mounted by the agent layout. Hidden where the primary pointer is a
 * finger and nothing hovers (phones, tablets): there is no keyboard there to use the keys with.
 */
export function ShortcutsHelpButton() {
  const t = useTranslations("inbox.shortcuts");
  return (
    <Button
      variant="ghost"
      size="sm"
      aria-keyshortcuts="?"
      aria-haspopup="dialog"
      className="[@media(hover:none)_and_(pointer:coarse)]:hidden"
      onClick={() => window.dispatchEvent(new Event(OPEN_EVENT))}>
      <kbd aria-hidden="true" className="rounded border border-gray-300 px-1 font-mono text-xs">?</kbd>
      {t("open")}
    </Button>
  );
}
