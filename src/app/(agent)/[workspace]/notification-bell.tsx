"use client";
// The bell in the agent header: the member's unread count in its accessible name ("Notifications,
// 3 unread"), and a popover with their latest notifications, each a link to its ticket, and
// "Mark all as read". Escape or a click outside closes it and focus returns to the bell. The
// layout renders it with the server's data; new notifications re-render the layout through the
// live stream (live-updates.tsx).
import { useEffect, useId, useRef, useState, useTransition, type CSSProperties } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { markNotificationsReadAction } from "@/server/notifications/notification.actions";
import type { NotificationItem } from "@/server/notifications/notification.queries";
import { Badge } from "@/ui/badge";
import { RelativeTime } from "@/ui/relative-time";

export function NotificationBell({ slug, unread, items }: { slug: string; unread: number; items: NotificationItem[] }) {
  const t = useTranslations("notifications");
  const tm = useTranslations("slaTimeline.metric");
  const tc = useTranslations("common");
  const format = useFormatter();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  /** On phones the list spans the screen's width under the bell (the bell is not at the screen's edge). */
  const [top, setTop] = useState(0);
  const [error, setError] = useState(false);
  const [pending, startTransition] = useTransition();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = useId();
  const headingId = useId();

  useEffect(() => {
    if (!open) return;
    panel.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (panel.current?.contains(target) || button.current?.contains(target)) return;
      setOpen(false);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [open]);

  const markRead = (ids?: string[]) =>
    startTransition(async () => {
      setError(false);
      const result = await markNotificationsReadAction(slug, ids ? { ids } : {});
      if (!result.ok) setError(true);
      else router.refresh();
    });

  const describe = (n: NotificationItem) => {
    const metric = tm(n.data.metric);
    const dueAt = new Date(n.data.dueAt);
    if (n.kind === "sla_warning") {
      const minutes = n.data.leadMinutes ?? Math.max(1, Math.ceil((dueAt.getTime() - n.createdAt.getTime()) / 60_000));
      return t("detail.sla_warning", { metric, minutes });
    }
    return t("detail.sla_breach", { metric, due: format.dateTime(dueAt, { weekday: "short", day: "numeric", month: "short", hour: "numeric", minute: "2-digit" }) });
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        aria-label={t("bell", { count: unread })}
        onClick={() => {
          setTop(button.current?.getBoundingClientRect().bottom ?? 0);
          setOpen((o) => !o);
        }}
        className="relative flex size-10 items-center justify-center rounded-full text-gray-700 hover:bg-gray-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
      >
        <svg aria-hidden="true" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" className="size-5">
          <path strokeLinecap="round" strokeLinejoin="round" d="M14.86 17.08a23.85 23.85 0 0 0 5.45-1.31A8.97 8.97 0 0 1 18 9.75V9a6 6 0 0 0-12 0v.75a8.97 8.97 0 0 1-2.31 6.02c1.73.64 3.56 1.08 5.45 1.31m5.72 0a24.25 24.25 0 0 1-5.72 0m5.72 0a3 3 0 1 1-5.72 0" />
        </svg>
        {unread > 0 && (
          <span aria-hidden="true" data-testid="notification-count" className="absolute -top-0.5 -end-0.5 min-w-5 rounded-full bg-danger-600 px-1 text-center text-xs font-semibold leading-5 text-white">
            {unread > 99 ? "99+" : format.number(unread)}
          </span>
        )}
      </button>
      {open && (
        <div
          ref={panel}
          id={panelId}
          role="region"
          aria-labelledby={headingId}
          tabIndex={-1}
          style={{ "--bell-top": `${top + 8}px` } as CSSProperties}
          className="fixed inset-x-3 top-(--bell-top) z-40 rounded-md sm:absolute sm:inset-x-auto sm:end-0 sm:top-auto sm:mt-2 sm:w-[22rem] border border-gray-200 bg-white shadow-lg focus:outline-none"
        >
          <div className="flex items-center justify-between gap-2 border-b border-gray-200 px-4 py-3">
            <h2 id={headingId} className="text-sm font-semibold text-gray-900">
              {t("title")}
            </h2>
            <button
              type="button"
              onClick={() => markRead()}
              disabled={unread === 0 || pending}
              className="rounded-md px-2 py-1 text-sm font-medium text-brand-700 hover:bg-brand-50 disabled:cursor-not-allowed disabled:text-gray-500 disabled:hover:bg-transparent"
            >
              {t("markAllRead")}
            </button>
          </div>
          {error && (
            <p role="alert" className="px-4 pt-3 text-sm text-danger-800">
              {tc("errors.generic")}
            </p>
          )}
          {items.length === 0 ? (
            <p className="px-4 py-6 text-center text-sm text-gray-600">{t("empty")}</p>
          ) : (
            <ul className="max-h-[min(28rem,70vh)] divide-y divide-gray-100 overflow-y-auto">
              {items.map((n) => (
                <li key={n.id}>
                  <Link
                    href={`/${slug}/tickets/${n.ticket.number}`}
                    onClick={() => {
                      if (!n.read) markRead([n.id]);
                      setOpen(false);
                    }}
                    className={`flex flex-col gap-1 px-4 py-3 text-sm hover:bg-gray-50 focus:bg-gray-50 focus:outline-none ${n.read ? "" : "bg-brand-50/60"}`}
                  >
                    <span className="flex flex-wrap items-center gap-2">
                      <Badge tone={n.kind === "sla_breach" ? "danger" : "warning"}>
                        <span aria-hidden="true">{n.kind === "sla_breach" ? "!" : "◷"}</span>
                        {t(`kind.${n.kind}`)}
                      </Badge>
                      <span className="text-xs tabular-nums text-gray-600">{t("ticket", { number: n.ticket.number })}</span>
                      {!n.read && <span className="text-xs font-semibold text-brand-700">{t("unread")}</span>}
                    </span>
                    <bdi className={`truncate ${n.read ? "text-gray-700" : "font-semibold text-gray-900"}`}>{n.ticket.subject}</bdi>
                    <span className="text-xs text-gray-600">
                      {describe(n)} · <RelativeTime value={n.createdAt} />
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
