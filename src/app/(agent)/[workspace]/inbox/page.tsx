import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { countTicketsByStatus, listRecentTickets } from "@/server/tickets/ticket.queries";
import { PageHeader } from "@/ui/page-header";
import { EmptyState } from "@/ui/empty-state";
import { Card } from "@/ui/card";
import { cn } from "@/lib/cn";
import { TicketStatusBadge, TicketPriorityBadge } from "../ticket-badges";
import { areaLabel } from "../area-label";

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<{ status?: string }>;
};

const STATUSES = ["OPEN", "PENDING", "CLOSED"] as const;
type Status = (typeof STATUSES)[number];

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tickets.inbox");
  return { title: t("metaTitle") };
}

export default async function InboxPage({ params, searchParams }: Props) {
  const [{ workspace }, sp] = await Promise.all([params, searchParams]);
  const ctx = await requireMemberPage(workspace);
  const status: Status = STATUSES.find((s) => s === sp.status) ?? "OPEN";
  const [tickets, counts, t, tt, format] = await Promise.all([
    listRecentTickets(ctx, { status, limit: 50 }),
    countTicketsByStatus(ctx),
    getTranslations("tickets.inbox"),
    getTranslations("tickets"),
    getFormatter(),
  ]);
  const base = `/${ctx.workspace.slug}`;

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t("title")} eyebrow={ctx.workspace.name} />
      <nav aria-label={t("views")}>
        <ul className="flex flex-wrap gap-2">
          {STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`${base}/inbox?status=${s}`}
                aria-current={s === status ? "page" : undefined}
                aria-label={t("viewCount", { view: tt(`status.${s}`), count: counts[s] })}
                className={cn(
                  "inline-flex items-center gap-2 rounded-full px-3 py-1.5 text-sm font-medium ring-1 ring-inset",
                  s === status
                    ? "bg-brand-600 text-white ring-brand-600"
                    : "bg-white text-gray-700 ring-gray-300 hover:bg-gray-50",
                )}
              >
                {tt(`status.${s}`)}
                <span
                  aria-hidden="true"
                  className={cn("rounded-full px-1.5 text-xs tabular-nums", s === status ? "bg-white/20" : "bg-gray-100")}
                >
                  {format.number(counts[s])}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {tickets.length === 0 ? (
        <EmptyState title={t("empty")} description={t("emptyHint")} />
      ) : (
        <Card className="overflow-hidden p-0">
          <ul className="divide-y divide-gray-100">
            {tickets.map((ticket) => (
              <li key={ticket.id} className="relative flex flex-col gap-1 px-4 py-3 hover:bg-gray-50 sm:flex-row sm:items-center sm:gap-4">
                <div className="min-w-0 flex-1">
                  <p className="flex items-baseline gap-2">
                    <span className="text-xs font-medium tabular-nums text-gray-500">#{ticket.number}</span>
                    <Link
                      href={`${base}/tickets/${ticket.number}`}
                      dir="auto"
                      className="truncate font-medium text-gray-900 after:absolute after:inset-0 hover:underline focus:outline-none"
                    >
                      {ticket.subject}
                    </Link>
                  </p>
                  <p className="truncate text-sm text-gray-600">
                    <bdi>{ticket.customer.name ?? ticket.customer.email}</bdi>
                    <span aria-hidden="true"> · </span>
                    {areaLabel(tt, ticket.area)}
                    <span aria-hidden="true"> · </span>
                    {ticket.assigneeName ?? t("unassigned")}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  {ticket.tags.map((tag) => (
                    <span key={tag} className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">
                      {tag}
                    </span>
                  ))}
                  <TicketPriorityBadge priority={ticket.priority} label={tt(`priority.${ticket.priority}`)} />
                  <TicketStatusBadge status={ticket.status} label={tt(`status.${ticket.status}`)} />
                  <time
                    dateTime={ticket.lastActivityAt.toISOString()}
                    title={format.dateTime(ticket.lastActivityAt, { dateStyle: "medium", timeStyle: "short" })}
                    className="w-24 text-end text-xs text-gray-500"
                  >
                    {format.relativeTime(ticket.lastActivityAt)}
                  </time>
                </div>
              </li>
            ))}
          </ul>
          <p className="border-t border-gray-100 px-4 py-2 text-xs text-gray-500">{t("showing", { count: tickets.length })}</p>
        </Card>
      )}
    </div>
  );
}
