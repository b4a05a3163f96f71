"use client";
// The ticket list with selection, the bulk-action bar and the inbox's keyboard shortcuts.
// Selection and the keyboard cursor are kept by ticket number, and rows are keyed by ticket id,
// so a live re-render (another agent's change) keeps both, and keeps DOM focus on its row.
// It stays mounted when a change empties the list (the page passes the empty state in), so the
// change's notice, with its Undo, outlives the rows it was about.
import { useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { InboxItem } from "@/server/inbox/inbox.schemas";
import { bulkUpdateTicketsAction } from "@/server/inbox/inbox.actions";
import type { ActionError } from "@/server/action";
import { ConfirmDialog } from "@/ui/confirm-dialog";
import { useShortcuts } from "../shortcuts/use-shortcuts";
import { UndoNotice, useUndoNotice } from "../undo-notice";
import { BulkBar, type BulkChange, type BulkKind } from "./bulk-bar";
import { InboxRow } from "./inbox-row";

type Option = { value: string; label: string };

type Props = {
  slug: string;
  items: InboxItem[];
  /** This list as a query for ticket links, so the ticket page can return to it and walk it. */
  ticketQuery: string;
  canEdit: boolean;
  assignees: Option[];
  areas: Option[];
  /** The current list's URL with `customer=` left for the row to add. */
  customerHref: string;
  /** Shown instead of the list when there are no items. */
  empty: ReactNode;
};

/** Bulk changes to more tickets than this ask for confirmation first. */
export const CONFIRM_OVER = 10;

type BulkRequest = { kind: BulkKind; change: BulkChange; targets: number[] };

export function InboxList({ slug, items, ticketQuery, canEdit, assignees, areas, customerHref, empty }: Props) {
  const t = useTranslations("inbox");
  const tt = useTranslations("tickets");
  const tu = useTranslations("tickets.undo");
  const tc = useTranslations("common");
  const router = useRouter();
  const links = useRef(new Map<number, HTMLAnchorElement>());
  const assignRef = useRef<HTMLSelectElement>(null);
  const lastIndex = useRef(0);
  const [cursor, setCursor] = useState<number | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [confirming, setConfirming] = useState<BulkRequest | null>(null);
  const [moreOpen, setMoreOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const undo = useUndoNotice(slug);

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

  /** The notice's words for a change, with the tickets named. */
  function describe({ kind, change }: BulkRequest, tickets: string): string {
    const label = (options: Option[], value: string | null | undefined) => options.find((o) => o.value === value)?.label ?? value ?? "";
    switch (kind) {
      case "close":
      case "reopen":
      case "unassign":
      case "clearArea":
        return tu(`done.${kind}`, { tickets });
      case "assign":
        return tu("done.assign", { tickets, name: label(assignees, change.assignee) });
      case "priority":
        return tu("done.priority", { tickets, priority: change.priority ? tt(`priority.${change.priority}`) : "" });
      case "area":
        return tu("done.area", { tickets, area: label(areas, change.area) });
      case "addTag":
        return tu("done.addTag", { tickets, tag: change.addTags?.[0] ?? "" });
      case "removeTag":
        return tu("done.removeTag", { tickets, tag: change.removeTags?.[0] ?? "" });
    }
  }

  /** The bar's button that `kind` came from, to name the action in the confirmation. */
  function actionLabel(kind: BulkKind): string {
    const labels: Record<BulkKind, string> = {
      close: t("bulk.close"),
      reopen: t("bulk.reopen"),
      assign: t("bulk.assign"),
      unassign: t("bulk.assign"),
      priority: t("bulk.setPriority"),
      area: t("bulk.setArea"),
      clearArea: t("bulk.setArea"),
      addTag: t("bulk.addTag"),
      removeTag: t("bulk.removeTag"),
    };
    return labels[kind];
  }

  function apply(request: BulkRequest) {
    startTransition(async () => {
      const result = await bulkUpdateTicketsAction(slug, { ticketNumbers: request.targets, ...request.change });
      if (!result.ok) return undo.show("danger", errorText(result.error));
      undo.announce(result.data.updated, request.targets, (tickets) => describe(request, tickets));
      setSelected(new Set());
      setMoreOpen(false);
      router.refresh();
    });
  }

  function run(kind: BulkKind, change: BulkChange, targets: number[] = visibleSelected) {
    if (!canEdit || targets.length === 0 || pending) return;
    const request = { kind, change, targets };
    if (targets.length > CONFIRM_OVER) setConfirming(request);
    else apply(request);
  }

  useShortcuts({
    j: () => move(1),
    k: () => move(-1),
    Enter: () => {
      if (cursor !== null && numbers.includes(cursor)) router.push(`/${slug}/tickets/${cursor}${ticketQuery}`);
    },
    x: () => canEdit && cursor !== null && toggle(cursor),
    e: () => run("close", { status: "CLOSED" }, visibleSelected.length > 0 ? visibleSelected : cursor !== null ? [cursor] : []),
    a: () => {
      if (!canEdit) return;
      if (visibleSelected.length === 0 && cursor !== null) setSelected(new Set([cursor]));
      // On phones the assignee sits behind "More actions".
      setMoreOpen(true);
      // The bar renders once something is selected; focus after that render.
      requestAnimationFrame(() => assignRef.current?.focus());
    },
    "/": () => document.getElementById("inbox-search")?.focus(),
  });

  return (
    <div className="flex flex-col gap-3">
      <UndoNotice {...undo} className="sticky top-2 z-30 outline-none empty:hidden [&>div:empty]:hidden" />

      {items.length === 0 && empty}
      {items.length > 0 && (
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
                ticketQuery={ticketQuery}
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
      )}

      {canEdit && visibleSelected.length > 0 && (
        <BulkBar
          count={visibleSelected.length}
          pending={pending}
          assignees={assignees}
          areas={areas}
          assignRef={assignRef}
          moreOpen={moreOpen}
          onMoreOpenChange={setMoreOpen}
          onAction={(kind, change) => run(kind, change)}
          onClear={() => setSelected(new Set())}
        />
      )}

      <ConfirmDialog
        open={confirming !== null}
        title={t("bulk.confirm.title", { count: confirming?.targets.length ?? 0 })}
        description={confirming && t("bulk.confirm.description", { action: actionLabel(confirming.kind), count: confirming.targets.length })}
        confirmLabel={t("bulk.confirm.confirm", { count: confirming?.targets.length ?? 0 })}
        cancelLabel={tc("actions.cancel")}
        onCancel={() => setConfirming(null)}
        onConfirm={() => {
          if (confirming) apply(confirming);
          setConfirming(null);
        }}
      />
    </div>
  );
}

export type { Option };
