"use client";
// The ticket list with selection, the bulk-action bar and the inbox's keyboard shortcuts.
// Selection and the keyboard cursor are kept by ticket number, and rows are keyed by ticket id,
// so a live re-render (another agent's change) keeps both, and keeps DOM focus on its row.
import { useEffect, useRef, useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { InboxItem } from "@/server/inbox/inbox.schemas";
import { bulkUpdateTicketsAction } from "@/server/inbox/inbox.actions";
import type { ActionError } from "@/server/action";
import { Alert } from "@/ui/alert";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { BulkBar, type BulkChange, type BulkKind } from "./bulk-bar";
import { InboxRow } from "./inbox-row";

type Option = { value: string; label: string };

type Props = {
  slug: string;
  items: InboxItem[];
  canEdit: boolean;
  assignees: Option[];
  areas: Option[];
  /** The current list's URL with `customer=` left for the row to add. */
  customerHref: string;
};

export function InboxList({ slug, items, canEdit, assignees, areas, customerHref }: Props) {
  const t = useTranslations("inbox");
  const tc = useTranslations("common");
  const router = useRouter();
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const assignRef = useRef<HTMLSelectElement>(null);
  const lastIndex = useRef(0);
  const [cursor, setCursor] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [message, setMessage] = useState<{ tone: "success" | "danger"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const numbers = items.map((i) => i.number);
  const visibleSelected = numbers.filter((n) => selected.has(n));
  const allSelected = items.length > 0 && visibleSelected.length === items.length;

  // The focused row left the list (closed, reassigned...): keep the keyboard cursor at its place.
  useEffect(() => {
    if (cursor === null || numbers.includes(cursor)) return;
    const next = items[Math.min(lastIndex.current, items.length - 1)];
    setCursor(next?.number ?? null);
    const active = document.activeElement;
    if (next && (!active || active === document.body)) links.current.get(next.number)?.focus();
  }, [cursor, items, numbers]);

  function focusRow(index: number) {
    const item = items[Math.max(0, Math.min(index, items.length - 1))];
    if (!item) return;
    links.current.get(item.number)?.focus();
  }
  function move(delta: number) {
    const at = cursor === null ? -1 : numbers.indexOf(cursor);
    focusRow(at === -1 ? (delta > 0 ? 0 : items.length - 1) : at + delta);
  }
  function toggle(n: number) {
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(n)) next.delete(n);
      else next.add(n);
      return next;
    });
  }
  function toggleAll() {
    setSelected(allSelected ? new Set() : new Set(numbers));
  }

  function errorText(e: ActionError): string {
    if (e.code === "FORBIDDEN") return t("bulk.errors.forbidden");
    if (e.code === "NOT_FOUND") return t("bulk.errors.notFound");
    if (e.code === "VALIDATION") return t("bulk.errors.invalid");
    return tc("errors.generic");
  }

  function run(kind: BulkKind, change: BulkChange, targets: number[] = visibleSelected) {
    if (!canEdit || targets.length === 0 || pending) return;
    setMessage(null);
    startTransition(async () => {
      const result = await bulkUpdateTicketsAction(slug, { ticketNumbers: targets, ...change });
      if (!result.ok) return setMessage({ tone: "danger", text: errorText(result.error) });
      setMessage({ tone: "success", text: t(`bulk.done.${kind}`, { count: targets.length }) });
      setSelected(new Set());
      router.refresh();
    });
  }

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      if (cursor !== null && numbers.includes(cursor)) router.push(`/${slug}/tickets/${cursor}`);
    },
    x: () => canEdit && cursor !== null && toggle(cursor),
    e: () => run("close", { status: "CLOSED" }, visibleSelected.length > 0 ? visibleSelected : cursor !== null ? [cursor] : []),
    a: () => {
      if (!canEdit) return;
      if (visibleSelected.length === 0 && cursor !== null) setSelected(new Set([cursor]));
      // The bar renders once something is selected; focus after that render.
      requestAnimationFrame(() => assignRef.current?.focus());
    },
    "/": () => document.getElementById("inbox-search")?.focus(),
  });

  return (
    <div className="flex flex-col gap-3">
      <div aria-live="polite" role="status" className="empty:hidden">
        {message?.tone === "success" && <Alert tone="success" role="presentation">{message.text}</Alert>}
      </div>
      {message?.tone === "danger" && <Alert tone="danger">{message.text}</Alert>}

      <div className="overflow-hidden rounded-lg border border-gray-200 bg-white">
        <div className="flex items-center gap-3 border-b border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-600">
          {canEdit && (
            <input
              type="checkbox"
              aria-label={t("list.selectAll")}
              checked={allSelected}
              ref={(el) => {
                if (el) el.indeterminate = visibleSelected.length > 0 && !allSelected;
              }}
              onChange={toggleAll}
              className="size-4 cursor-pointer accent-brand-600"
            />
          )}
          <span>{t("list.showing", { count: items.length })}</span>
          <span className="ms-auto hidden text-xs text-gray-500 sm:inline">{t("list.keyboardHint")}</span>
        </div>
        <ul aria-label={t("list.label")} className="divide-y divide-gray-100">
          {items.map((item, index) => (
            <InboxRow
              key={item.id}
              slug={slug}
              item={item}
              canEdit={canEdit}
              isCursor={cursor === item.number}
              isSelected={selected.has(item.number)}
              customerHref={`${customerHref}${encodeURIComponent(item.customer.id)}`}
              onToggle={() => toggle(item.number)}
              onFocusRow={() => {
                setCursor(item.number);
                lastIndex.current = index;
              }}
              linkRef={(el) => {
                if (el) links.current.set(item.number, el);
                else links.current.delete(item.number);
              }}
            />
          ))}
        </ul>
      </div>

      {canEdit && visibleSelected.length > 0 && (
        <BulkBar
          count={visibleSelected.length}
          pending={pending}
          assignees={assignees}
          areas={areas}
          assignRef={assignRef}
          onAction={(kind, change) => run(kind, change)}
          onClear={() => setSelected(new Set())}
        />
      )}
    </div>
  );
}

export type { Option };
