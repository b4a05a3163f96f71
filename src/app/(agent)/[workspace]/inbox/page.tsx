// The inbox: views with counts, filters, search and one keyset page of tickets, all from the URL
// (server-rendered from searchParams), so every list is a link and the back button works. Live
// updates re-render this page in place; the list keeps its selection and keyboard position.
import type { Metadata } from "next";
import { isolate } from "@/lib/bidi";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { hasRole, type Ctx } from "@/server/context";
import { isAppError } from "@/server/errors";
import { listInbox } from "@/server/inbox/list-inbox";
import { findTicketByNumberQuery } from "@/server/search/find-ticket-by-number";
import { countInboxViews } from "@/server/inbox/count-inbox-views";
import { resolveInboxView } from "@/server/inbox/resolve-inbox-view";
import { listSavedViews } from "@/server/saved-views/list-saved-views";
import type { InboxPage as InboxPageData, InboxSearchParams } from "@/server/inbox/inbox.schemas";
import { getTicketFormOptions } from "@/server/tickets/ticket-form-options";
import { listFailingMailboxes } from "@/server/mailboxes/list-failing-mailboxes";
import { countSuspendedMail } from "@/server/mail/suspended-mail";
import { EmptyState } from "@/ui/empty-state";
import { Alert } from "@/ui/alert";
import { buttonClasses } from "@/ui/button";
import { ShortcutsHelpButton } from "../shortcuts/shortcuts-help";
import { areaLabel } from "@/lib/area-label";
import { hasUrlFilters, inboxQuery, listQuery, parseInboxUrl, withoutPaging } from "./inbox-params";
import { describeUrlFilters } from "./describe-filters";
import { ViewsSidebar, type SidebarGroup } from "./views-sidebar";
import { FilterBar } from "./filter-bar";
import { InboxList } from "./inbox-list";
import { SavedViewControls } from "./saved-view-controls";
import { countSavedViews } from "./saved-view-counts";

type Props = {
  params: Promise<{ workspace: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbox");
  return { title: t("metaTitle") };
}

/** The view in the URL, or the default one with a notice when it names nothing this member may see. */
async function resolve(ctx: Ctx, params: InboxSearchParams, invalid: string[]) {
  try {
    return { resolved: await resolveInboxView(ctx, params), params };
  } catch (e) {
    if (!isAppError(e) || (e.code !== "NOT_FOUND" && e.code !== "VALIDATION")) throw e;
    const { view: _view, ...rest } = params;
    void _view;
    invalid.push("view");
    return { resolved: await resolveInboxView(ctx, rest), params: rest };
  }
}

export default async function InboxPage({ params, searchParams }: Props) {
  const [{ workspace }, raw] = await Promise.all([params, searchParams]);
  const ctx = await requireMemberPage(workspace);
  const parsed = parseInboxUrl(raw);
  const invalid = [...parsed.invalid];
  const { resolved, params: p } = await resolve(ctx, parsed.params, invalid);
  const base = `/${ctx.workspace.slug}/inbox`;
  // A search that is exactly a ticket number of this workspace opens that ticket, whatever the
  // view or its status (a redirect, so Back returns to the list the agent searched from).
  if (p.q && !p.cursor) {
    const named = await findTicketByNumberQuery(ctx, p.q);
    if (named) redirect(`/${ctx.workspace.slug}/tickets/${named.number}`);
  }

  const list = async (): Promise<InboxPageData> => {
    const input = { filters: resolved.filters, sort: resolved.sort, ...(p.q ? { q: p.q } : {}) };
    try {
      return await listInbox(ctx, { ...input, ...(p.cursor ? { cursor: p.cursor } : {}) });
    } catch (e) {
      // A cursor from another sort or a hand-edited URL: show the first page and say so.
      if (!p.cursor || !isAppError(e) || e.code !== "VALIDATION") throw e;
      invalid.push("cursor");
      return listInbox(ctx, input);
    }
  };
  const [page, counts, saved, options, failingMailboxes, suspended, t, tt, ts] = await Promise.all([
    list(),
    countInboxViews(ctx),
    listSavedViews(ctx),
    getTicketFormOptions(ctx),
    listFailingMailboxes(ctx),
    countSuspendedMail(ctx),
    getTranslations("inbox"),
    getTranslations("tickets"),
    getTranslations("settings.mailboxes"),
  ]);
  const savedCounts = await countSavedViews(ctx, saved);
  const locale = await getLocale();
  const isAdmin = hasRole(ctx.actor, "ADMIN");
  const canEdit = hasRole(ctx.actor, "AGENT");

  const builtIn = ["mine", "unassigned", "open", "pending", "closed", "mentions"] as const;
  const viewLabel = (id: string): string => {
    if ((builtIn as readonly string[]).includes(id)) return t(`views.${id as (typeof builtIn)[number]}`);
    if (id.startsWith("area:")) {
      const key = id.slice(5);
      return areaLabel(tt, options.areas.find((a) => a.key === key) ?? { key, name: key }, locale);
    }
    return resolved.savedView?.name ?? saved.find((s) => `saved:${s.id}` === id)?.name ?? id;
  };
  const groups: SidebarGroup[] = [
    { key: "inbox", label: t("views.inbox"), views: builtIn.map((id) => ({
        id,
        label: viewLabel(id),
        count: counts[id],
        ...(id === "mentions" ? { counts: "unreadMentions" as const } : {}),
      })),
    },
    {
      key: "areas",
      label: t("views.areas"),
      views: options.areas.map((a) => ({ id: `area:${a.key}`, label: areaLabel(tt, a, locale), count: counts.areas[a.key] ?? 0 })),
    },
    {
      key: "personal",
      label: t("views.personal"),
      views: saved.filter((s) => !s.shared).map((s) => ({ id: `saved:${s.id}`, label: s.name, count: savedCounts[s.id] ?? null })),
    },
    {
      key: "shared",
      label: t("views.shared"),
      views: saved.filter((s) => s.shared).map((s) => ({ id: `saved:${s.id}`, label: s.name, count: savedCounts[s.id] ?? null })),
    },
  ].filter((g) => g.views.length > 0);
  const hrefFor = Object.fromEntries(groups.flatMap((g) => g.views).map((v) => [v.id, `${base}${inboxQuery({ view: v.id })}`]));

  const current = resolved.view;
  const list0 = withoutPaging(p);
  const nextHref = page.nextCursor ? `${base}${inboxQuery({ ...list0, cursor: page.nextCursor }, [...parsed.previous, p.cursor ?? ""])}` : null;
  const previous = parsed.previous.at(-1);
  const newerHref = p.cursor
    ? `${base}${inboxQuery({ ...list0, ...(previous ? { cursor: previous } : {}) }, parsed.previous.slice(0, -1))}`
    : null;
  const { customer: _customer, ...withoutCustomer } = list0;
  void _customer;
  const customerName = p.customer ? (page.items.find((i) => i.customer.id === p.customer)?.customer ?? null) : null;
  const clearHref = `${base}${inboxQuery({ view: current })}`;
  const filtersInUse = describeUrlFilters(p, {
    t,
    tt,
    assigneeName: (id) => options.assignees.find((a) => a.memberId === id)?.name ?? null,
    areaName: (key) => areaLabel(tt, options.areas.find((a) => a.key === key) ?? { key, name: key }, locale),
    teamName: (id) => options.teams.find((team) => team.id === id)?.name ?? null,
    customerName: customerName ? (customerName.name ?? customerName.email) : null,
  });

  return (
    <div className="flex flex-col gap-4 md:flex-row md:items-start md:gap-6">
      <ViewsSidebar groups={groups} current={current} currentLabel={viewLabel(current)} hrefFor={hrefFor} />
      <div className="flex min-w-0 flex-1 flex-col gap-4">
        <header className="flex flex-wrap items-center justify-between gap-3">
          <div className="min-w-0">
            <h1 className="text-2xl font-semibold tracking-tight text-gray-900 [overflow-wrap:anywhere]">
              <span className="sr-only">{t("title")}: </span>
              <bdi>{viewLabel(current)}</bdi>
            </h1>
            {p.q && <p className="text-sm text-gray-600">{t("search.resultsFor", { q: p.q })}</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <SavedViewControls
              slug={ctx.workspace.slug}
              filters={resolved.filters}
              sort={resolved.sort}
              savedView={resolved.savedView ?? null}
              isAdmin={isAdmin}
              canUpdateFilters={hasUrlFilters(p) || p.sort !== undefined}
            />
            <ShortcutsHelpButton />
            {canEdit && (
              <Link href={`/${ctx.workspace.slug}/tickets/new`} className={buttonClasses({ size: "sm" })}>
                {tt("ticket.newTicket")}
              </Link>
            )}
          </div>
        </header>

        {failingMailboxes.length > 0 && (
          <Alert tone="danger" role="status">
            {ts("inboxBanner", { count: failingMailboxes.length, names: failingMailboxes.map((m) => isolate(m.address)).join(", ") })}
            {isAdmin && (
              <>
                {" "}
                <Link href={`/${ctx.workspace.slug}/settings/mailboxes`} className="font-medium underline">
                  {ts("inboxBannerLink")}
                </Link>
              </>
            )}
          </Alert>
        )}

        {suspended > 0 && canEdit && (
          <Alert tone="warning" role="status">
            {t("suspended.notice", { count: suspended })}{" "}
            <Link href={`/${ctx.workspace.slug}/suspended`} className="font-medium underline">
              {t("suspended.review")}
            </Link>
          </Alert>
        )}

        {invalid.length > 0 && (
          <Alert tone="warning" title={t("invalidParams.title")}>
            {t("invalidParams.description", { params: invalid.join(", ") })}
          </Alert>
        )}

        <FilterBar
          action={base}
          params={p}
          statuses={resolved.filters.status}
          assignee={resolved.filters.assignee}
          area={resolved.filters.area}
          sort={resolved.sort}
          assignees={options.assignees}
          areas={options.areas}
          teams={options.teams}
          customerName={customerName ? (customerName.name ?? customerName.email) : null}
          clearHref={clearHref}
          removeCustomerHref={`${base}${inboxQuery(withoutCustomer)}`}
        />

        <InboxList
          slug={ctx.workspace.slug}
          items={page.items}
          ticketQuery={listQuery({ params: p, previous: parsed.previous })}
          canEdit={canEdit}
          assignees={options.assignees.map((a) => ({ value: a.memberId, label: isolate(a.name) }))}
          areas={options.areas.map((a) => ({ value: a.key, label: isolate(areaLabel(tt, a, locale)) }))}
          customerHref={`${base}${inboxQuery(withoutCustomer)}${inboxQuery(withoutCustomer) ? "&" : "?"}customer=`}
          empty={
            filtersInUse.length > 0 ? (
              <EmptyState
                title={t("empty.filteredTitle")}
                description={t("empty.filteredHint", { filters: filtersInUse.join(" · ") })}
                action={
                  <Link href={clearHref} className={buttonClasses({ variant: "secondary", size: "sm" })}>
                    {t("empty.clearFilters")}
                  </Link>
                }
              />
            ) : (
              <EmptyState
                title={p.q ? t("empty.searchTitle") : t("empty.title")}
                description={p.q ? t("empty.searchHint") : t("empty.hint")}
              />
            )
          }
        />

        {(newerHref || nextHref) && (
          <nav aria-label={t("pages.label")} className="flex items-center justify-between gap-2">
            {newerHref ? (
              <Link href={newerHref} rel="prev" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("pages.newer")}
              </Link>
            ) : (
              <span />
            )}
            {nextHref && (
              <Link href={nextHref} rel="next" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                {t("pages.next")} <span aria-hidden="true" className="inline-block rtl:rotate-180">→</span>
              </Link>
            )}
          </nav>
        )}
      </div>
    </div>
  );
}
