"use client";
// The notice after a ticket change (inbox keys and bulk bar, ticket page): it names the tickets
// ("#46, #47 and 24 more closed") and offers Undo for at least NOTICE_MS, longer while the
// pointer or focus is on it. Undo sends each ticket's `undo` back through undoTicketChanges with
// the version the change left it at, so a ticket changed in between is skipped, and says so.
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { undoTicketChangesAction } from "@/server/tickets/ticket.actions";
import type { AppliedChange } from "@/server/tickets/ticket-changes";
import { Alert } from "@/ui/alert";
import { Button } from "@/ui/button";

/** How long a notice stays while nobody hovers or focuses it. */
export const NOTICE_MS = 10_000;
/** Up to this many tickets are named one by one; more read "#1, #2 and N more". */
const NAMED = 3;

type UndoItem = { ticketNumber: number; expectedVersion: number; changes: AppliedChange["undo"] };
type Notice = { key: number; tone: "success" | "warning" | "danger"; text: string; items: UndoItem[] };

/** "#46", "#46 and #47", "#46, #47 and 24 more", in the UI's language. */
export function useTicketNames(): (numbers: readonly number[]) => string {
  const t = useTranslations("tickets.undo");
  const locale = useLocale();
  return useCallback(
    (numbers) => {
      const names = numbers.map((n) => `#${n}`);
      if (names.length <= NAMED) return new Intl.ListFormat(locale, { type: "conjunction" }).format(names);
      return t("names.more", { first: names[0]!, second: names[1]!, more: names.length - 2 });
    },
    [locale, t],
  );
}

/** State and actions of one page's undo notice; render `<UndoNotice {...notice} />`. */
export function useUndoNotice(slug: string) {
  const t = useTranslations("tickets.undo");
  const names = useTicketNames();
  const router = useRouter();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, startTransition] = useTransition();
  const keys = useRef(0);

  const show = useCallback((tone: Notice["tone"], text: string, items: UndoItem[] = []) => {
    keys.current += 1;
    setNotice({ key: keys.current, tone, text, items });
  }, []);

  /** Announces a change: `describe` words it for the tickets named; Undo is offered when something changed. */
  const announce = useCallback(
    (updated: readonly Pick<AppliedChange, "number" | "version" | "undo">[], fallback: readonly number[], describe: (tickets: string) => string) => {
      const numbers = updated.length > 0 ? updated.map((u) => u.number) : fallback;
      const items = updated.map((u) => ({ ticketNumber: u.number, expectedVersion: u.version, changes: u.undo }));
      show("success", describe(names(numbers)), items);
    },
    [names, show],
  );

  function undo() {
    const items = notice?.items ?? [];
    if (items.length === 0 || pending) return;
    startTransition(async () => {
      const result = await undoTicketChangesAction(slug, { items });
      if (!result.ok) return show("danger", t("failed"));
      const { undone, stale } = result.data;
      const parts = [
        ...(undone.length > 0 ? [t("undone", { tickets: names(undone) })] : []),
        ...(stale.length > 0 ? [t("stale", { tickets: names(stale) })] : []),
      ];
      show(stale.length > 0 ? "warning" : "success", parts.join(" "));
      router.refresh();
    });
  }

  return { notice, pending, announce, show, undo, dismiss: () => setNotice(null) };
}

type Props = ReturnType<typeof useUndoNotice> & { className?: string };

/**
 * The live region (always rendered, so screen readers announce what appears in it) and the
 * notice in it. Errors use their own alert.
 */
export function UndoNotice({ notice, pending, undo, dismiss, className }: Props) {
  const t = useTranslations("tickets.undo");
  const [held, setHeld] = useState({ hover: false, focus: false });
  const box = useRef<HTMLDivElement>(null);
  const paused = held.hover || held.focus;

  useEffect(() => {
    if (!notice || paused || pending) return;
    const timer = setTimeout(dismiss, NOTICE_MS);
    return () => clearTimeout(timer);
    // A new notice (key) restarts the time; so does leaving it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice?.key, paused, pending]);

  // The Undo button goes away with the notice it was on: keep keyboard focus in the notice.
  useEffect(() => {
    if (held.focus && box.current && !box.current.contains(document.activeElement)) box.current.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [notice?.key]);

  const body = notice && notice.tone !== "danger" && (
    <Alert tone={notice.tone} role="presentation" className="items-center shadow-sm">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <span className="min-w-0 [overflow-wrap:anywhere]">{notice.text}</span>
        {notice.items.length > 0 && (
          <Button size="sm" variant="secondary" loading={pending} onClick={undo}>
            {t("undo")}
          </Button>
        )}
        <button
          type="button"
          onClick={dismiss}
          aria-label={t("dismiss")}
          className="ms-auto rounded p-1 text-current opacity-70 hover:opacity-100 focus-visible:outline-2 focus-visible:outline-brand-600"
        >
          <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-4">
            <path d="M6.28 5.22a.75.75 0 0 0-1.06 1.06L8.94 10l-3.72 3.72a.75.75 0 1 0 1.06 1.06L10 11.06l3.72 3.72a.75.75 0 1 0 1.06-1.06L11.06 10l3.72-3.72a.75.75 0 0 0-1.06-1.06L10 8.94 6.28 5.22Z" />
          </svg>
        </button>
      </div>
    </Alert>
  );

  return (
    <div
      ref={box}
      tabIndex={-1}
      className={className}
      onMouseEnter={() => setHeld((h) => ({ ...h, hover: true }))}
      onMouseLeave={() => setHeld((h) => ({ ...h, hover: false }))}
      onFocus={() => setHeld((h) => ({ ...h, focus: true }))}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setHeld((h) => ({ ...h, focus: false }));
      }}
    >
      <div role="status" aria-live="polite" className="empty:hidden">
        {body}
      </div>
      {notice?.tone === "danger" && <Alert tone="danger">{notice.text}</Alert>}
    </div>
  );
}
