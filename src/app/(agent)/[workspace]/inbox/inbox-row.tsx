"use client";
// One ticket in the inbox list. The subject link covers the row (click anywhere opens it) and is
// the row's focus target for j/k; the checkbox and the customer link sit above it.
import type { Ref } from "react";
import Link from "next/link";
import { useLocale, useNow, useTranslations } from "next-intl";
import type { InboxItem } from "@/server/inbox/inbox.schemas";
import { RelativeTime } from "@/ui/relative-time";
import { Badge } from "@/ui/badge";
import { cn } from "@/lib/cn";
import { isolate } from "@/lib/bidi";
import { TicketPriorityBadge, TicketStatusBadge } from "../ticket-badges";
import { SlaDueBadge } from "../sla-due-badge";
import { areaLabel } from "@/lib/area-label";

type Props = {
  slug: string;
  /** The list's query, carried to the ticket page (see listQuery). */
  ticketQuery: string;
  item: InboxItem;
  canEdit: boolean;
  isCursor: boolean;
  isSelected: boolean;
  customerHref: string;
  onToggle: () => void;
  onFocusRow: () => void;
  linkRef: Ref<HTMLAnchorElement>;
};

export function InboxRow({ slug, ticketQuery, item, canEdit, isCursor, isSelected, customerHref, onToggle, onFocusRow, linkRef }: Props) {
  const t = useTranslations("inbox");
  const tt = useTranslations("tickets");
  const locale = useLocale();
  const customer = item.customer.name ?? item.customer.email;
  const now = useNow();
  const snoozed = item.snoozedUntil !== null && new Date(item.snoozedUntil).getTime() > now.getTime();

  return (
    <li
      data-ticket={item.number}
      data-status={item.status}
      data-cursor={isCursor || undefined}
      onFocus={onFocusRow}
      className={cn(
        "relative flex gap-3 border-s-4 border-transparent px-3 py-3 hover:bg-gray-50",
        "focus-within:outline-2 focus-within:-outline-offset-2 focus-within:outline-brand-600",
        isSelected && "bg-brand-50 hover:bg-brand-50",
        isCursor && "border-brand-600",
      )}
    >
      {canEdit && (
        <input
          type="checkbox"
          checked={isSelected}
          onChange={onToggle}
          aria-label={t("list.select", { number: item.number, subject: isolate(item.subject) })}
          className="relative z-10 mt-1 size-4 shrink-0 cursor-pointer accent-brand-600"
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <p className="min-w-0">
          <span id={`ticket-${item.id}-number`} className="me-2 text-xs text-gray-500 tabular-nums">
            #{item.number}
          </span>
          {/* Named by the subject alone; the number is its description, announced after it. */}
          <Link
            ref={linkRef}
            href={`/${slug}/tickets/${item.number}${ticketQuery}`}
            aria-describedby={`ticket-${item.id}-number`}
            className="font-medium text-gray-900 outline-none [overflow-wrap:anywhere] after:absolute after:inset-0 hover:underline"
          >
            <bdi>{item.subject}</bdi>
          </Link>
        </p>
        <p className="flex min-w-0 gap-1.5 text-sm text-gray-600">
          <Link href={customerHref} className="relative z-10 shrink-0 font-medium text-gray-800 hover:underline" title={t("list.customerTickets", { name: isolate(customer) })}>
            <bdi>{customer}</bdi>
          </Link>
          {item.preview && (
            <span className="flex min-w-0 gap-1">
              <span aria-hidden="true">·</span>
              <span className="shrink-0 text-gray-500">{t(`list.preview.${item.preview.kind}`)} </span>
              {/* The preview itself is cut, in its own direction: an English line in the Arabic UI loses its end, not its start. */}
              <span dir="auto" className="min-w-0 truncate">
                {item.preview.text}
              </span>
            </span>
          )}
        </p>
        <div className="flex flex-wrap items-center gap-1.5 text-xs text-gray-600">
          <TicketStatusBadge status={item.status} label={tt(`status.${item.status}`)} />
          <TicketPriorityBadge priority={item.priority} label={tt(`priority.${item.priority}`)} always />
          {snoozed && <Badge tone="note">{t("list.snoozed")}</Badge>}
          {item.status !== "CLOSED" && <SlaDueBadge dueAt={item.sla.dueAt} paused={item.sla.paused} />}
          {/* Phones: the last activity joins this line; the time column is for wider screens. */}
          <span className="text-gray-500 sm:hidden">
            <span className="sr-only">{t("list.lastActivity")} </span>
            <RelativeTime value={item.lastActivityAt} />
          </span>
          <span className="inline-flex items-center gap-1">
            <span className="sr-only">{t("list.assignee")}</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" fill="currentColor" className="size-3.5 text-gray-400">
              <path d="M10 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6ZM3.465 14.493a1.23 1.23 0 0 0 .41 1.412A9.957 9.957 0 0 0 10 18c2.31 0 4.438-.784 6.131-2.1.43-.333.604-.903.408-1.41a7.002 7.002 0 0 0-13.074.003Z" />
            </svg>
            {item.assignee ? <bdi>{item.assignee.name}</bdi> : <span className="italic">{t("list.unassigned")}</span>}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            <span className="sr-only">{t("list.area")} </span>
            {areaLabel(tt, item.area, locale)}
          </span>
          {item.tags.length > 0 && (
            <ul aria-label={t("list.tags")} className="flex flex-wrap gap-1">
              {item.tags.map((tag) => (
                <li key={tag} dir="auto" className="rounded bg-gray-100 px-1.5 py-0.5 text-gray-700">
                  {tag}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
      <div className="hidden shrink-0 flex-col items-end gap-1 text-end text-xs text-gray-500 sm:flex">
        <span>
          <span className="sr-only">{t("list.lastActivity")} </span>
          <RelativeTime value={item.lastActivityAt} />
        </span>
        <span>
          {t("list.opened")} <RelativeTime value={item.createdAt} />
        </span>
      </div>
    </li>
  );
}
