import type { Metadata } from "next";
import { isolate } from "@/lib/bidi";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { appUrl } from "@/env";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireMemberPage } from "@/server/auth/session";
import { getAgentThread, getTicketInWorkspace, hasUnseenMentions, listCustomerTickets, listMergeCandidates } from "@/server/tickets/ticket.queries";
import { isAppError } from "@/server/errors";
import { Card } from "@/ui/card";
import { Alert } from "@/ui/alert";
import { TicketPriorityBadge, TicketStatusBadge } from "../../ticket-badges";
import { areaLabel } from "@/lib/area-label";
import { displayAreaNames } from "@/lib/problem-area-names";
import { ThreadMessage, ThreadEvent, ThreadEventFold } from "./thread-entry";
import { foldEvents, type EventFold } from "@/lib/fold-events";
import type { ThreadEntry } from "@/server/tickets/ticket.queries";
import { Composer } from "./composer";
import { TicketProperties } from "./ticket-properties";
import { getTicketFormOptions } from "@/server/tickets/ticket-form-options";
import { actorMemberId, hasRole } from "@/server/context";
import { CustomerEditor } from "./customer-editor";
import { MarkMentionsSeen } from "./mark-mentions-seen";
import { MergeTicket } from "./merge-ticket";
import { SnoozeControl } from "./snooze-control";
import { TicketTags } from "./ticket-tags";
import { TicketCc } from "./ticket-cc";
import { PresenceBar } from "./presence/presence-bar";
import { ResponsiveDisclosure } from "@/ui/responsive-disclosure";
import { findAdjacentTickets } from "@/server/inbox/adjacent-tickets";
import { listQuery, parseInboxUrl } from "../../inbox/inbox-params";
import { TicketPager } from "./ticket-pager";
import { RetryDeliveryButton } from "./retry-delivery-button";
import { mailParts } from "./mail-parts";
import { MoveMessage } from "./move-message";
import { movableMessageIds } from "@/lib/movable-messages";
import { getTicketSlaView } from "@/server/sla/ticket-sla.queries";
import { SlaCard } from "./sla-card";

type Props = {
  params: Promise<{ workspace: string; number: string }>;
  /** The inbox list the ticket was opened from, as the inbox's own params (see listQuery). */
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

async function load(params: Props["params"]) {
  const { workspace, number } = await params;
  const ctx = await requireMemberPage(workspace);
  try {
    // Only plain decimal numbers address tickets ("12", not "12abc" or "1e1").
    if (!/^\d{1,9}$/.test(number)) notFound();
    const ticket = await getTicketInWorkspace(ctx, Number(number));
    return { ctx, ticket };
  } catch (e) {
    if (isAppError(e) && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { ticket } = await load(params);
  const t = await getTranslations("tickets.ticket");
  return { title: t("metaTitle", { number: ticket.number, subject: isolate(ticket.subject) }) };
}

export default async function TicketPage({ params, searchParams }: Props) {
  const [{ ctx, ticket }, raw] = await Promise.all([load(params), searchParams]);
  // Unknown or invalid params are dropped: the list is what remains.
  const from = parseInboxUrl(raw);
  const fromQuery = listQuery(from);
  const [adjacent, thread, options, otherTickets, mergeCandidates, unseenMentions, t, tt, format] = await Promise.all([
    findAdjacentTickets(ctx, { list: from.params, ticketNumber: ticket.number }),
    getAgentThread(ctx, ticket.id),
    getTicketFormOptions(ctx),
    listCustomerTickets(ctx, ticket.customer.id, ticket.id),
    listMergeCandidates(ctx, ticket.customer.id, ticket.id),
    hasUnseenMentions(ctx, ticket.id),
    getTranslations("tickets.ticket"),
    getTranslations("tickets"),
    getFormatter(),
  ]);
  const [tm, imageOrigin] = await Promise.all([getTranslations("tickets.ticket.mail"), requestOrigin()]);
  // No card when no SLA policy applies to the ticket (as Zendesk shows nothing then).
  const sla = await getTicketSlaView(ctx, ticket.id);
  const formatSize = (bytes: number) =>
    bytes >= 1024 * 1024
      ? format.number(bytes / 1024 / 1024, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 })
      : format.number(Math.max(1, Math.round(bytes / 1024)), { style: "unit", unit: "kilobyte" });
  const base = `/${ctx.workspace.slug}`;
  const backHref = `${base}/inbox${fromQuery}`;
  const ticketHref = (n: number | null) => (n === null ? null : `${base}/tickets/${n}${fromQuery}`);
  const customerName = ticket.customer.name ?? ticket.customer.email;
  const canEdit = hasRole(ctx.actor, "AGENT");
  // A ticket merged into another is read-only (the use cases refuse changes; merged-ticket.ts):
  // its properties are shown but not editable, and there is no composer (so no r/n/e/a shortcuts).
  const merged = ticket.mergedInto !== null;
  const canChange = canEdit && !merged;
  // Light agents send nothing, so they cannot send a failed reply again either.
  const canRetry = canEdit;
  const me = actorMemberId(ctx.actor);
  const memberNames = new Map(options.mentionable.map((m) => [m.id, m.name]));
  const locale = await getLocale();
  // An archived area is offered for no new choice, but the ticket that has it still shows it.
  const ownArea = ticket.problemArea && !options.areas.some((a) => a.key === ticket.problemArea?.key) ? [{ ...ticket.problemArea, names: displayAreaNames(ticket.problemArea.names, ctx.workspace.defaultLocale) }] : [];
  const areaChoices = [...options.areas, ...ownArea];
  const areaNames = new Map(areaChoices.map((a) => [a.key, areaLabel(tt, a, locale)]));
  const teamNames = new Map(options.teams.map((team) => [team.id, team.name]));
  const names: EventNames = { member: (id) => memberNames.get(id), area: (key) => areaNames.get(key), team: (id) => teamNames.get(id) };
  const formatTime = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const movable = canChange ? movableMessageIds(thread) : new Set<string>();

  return (
    <div className="flex flex-col gap-6">
      <div>
        {unseenMentions && <MarkMentionsSeen slug={ctx.workspace.slug} ticketNumber={ticket.number} />}
        <div className="flex flex-wrap items-center justify-between gap-2">
          <Link href={backHref} className="text-sm text-brand-700 hover:underline">
            <span aria-hidden="true" className="inline-block rtl:rotate-180">←</span> {t("backToInbox")}
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <TicketPager previousHref={ticketHref(adjacent.previous)} nextHref={ticketHref(adjacent.next)} />
            {canEdit && (
              <Link href={`${base}/tickets/new`} className="text-sm text-brand-700 hover:underline">
                {t("newTicket")}
              </Link>
            )}
          </div>
        </div>
        <p className="mt-3 text-sm font-medium text-gray-500">{t("number", { number: ticket.number })}</p>
        <h1 className="mt-1 text-2xl font-semibold text-gray-900">
          <bdi>{ticket.subject}</bdi>
        </h1>
        <div className="mt-2 flex flex-wrap gap-2">
          <TicketStatusBadge status={ticket.status} label={tt(`status.${ticket.status}`)} />
          <TicketPriorityBadge priority={ticket.priority} label={tt(`priority.${ticket.priority}`)} always />
        </div>
        <PresenceBar workspace={ctx.workspace.slug} ticketNumber={ticket.number} />
        {ticket.mergedInto ? (
          <Alert tone="info" className="mt-3" title={t("mergedTitle", { number: ticket.mergedInto.number })} data-testid="merged-banner">
            {t.rich("mergedInto", {
              number: ticket.mergedInto.number,
              link: (chunks) => (
                <Link href={`${base}/tickets/${ticket.mergedInto!.number}`} className="font-medium underline">
                  {chunks}
                </Link>
              ),
            })}{" "}
            {t("mergedReadOnly")}
          </Alert>
        ) : (
          <div className="mt-3 flex flex-wrap items-start gap-2">
            <SnoozeControl
              slug={ctx.workspace.slug}
              ticketNumber={ticket.number}
              version={ticket.version}
              snoozedUntil={ticket.status === "PENDING" && ticket.snoozedUntil ? ticket.snoozedUntil.toISOString() : null}
              canEdit={canEdit}
            />
            {canEdit && (
              <MergeTicket
                slug={ctx.workspace.slug}
                ticketNumber={ticket.number}
                candidates={mergeCandidates.map((c) => ({ ...c, statusLabel: tt(`status.${c.status}`) }))}
              />
            )}
          </div>
        )}
      </div>

      {/* The properties come first in the DOM: on phones they sit above the thread, folded to a
          line with the status and assignee; from desktop width they are the column beside it. */}
      <div className="grid grid-cols-[minmax(0,1fr)] gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <ResponsiveDisclosure
          shownFrom="lg"
          className="flex flex-col gap-3 lg:col-start-2 lg:row-start-1"
          buttonClassName="rounded-lg border border-gray-200 bg-white px-3 py-2"
          summary={
            <>
              <span className="font-semibold text-gray-900">{t("details")}</span>
              <span className="text-gray-600">
                {" · "}
                {tt(`status.${ticket.status}`)}
                {" · "}
                {ticket.assignee ? <bdi>{ticket.assignee.user.name}</bdi> : t("properties.unassigned")}
              </span>
            </>
          }
        >
          <aside aria-label={t("details")} className="flex flex-col gap-4">
            <Card className="p-4">
              <h2 className="text-sm font-semibold text-gray-900">{t("customer")}</h2>
              <div className="mt-3">
                <CustomerEditor slug={ctx.workspace.slug} customer={ticket.customer} canEdit={canEdit} />
              </div>
              <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-gray-500">{t("otherTickets")}</h3>
              {otherTickets.length === 0 ? (
                <p className="mt-2 text-sm text-gray-600">{t("noOtherTickets")}</p>
              ) : (
                <ul className="mt-2 flex flex-col gap-2 text-sm">
                  {otherTickets.map((o) => (
                    <li key={o.id} className="flex items-baseline gap-2">
                      <span className="shrink-0 text-xs tabular-nums text-gray-500">#{o.number}</span>
                      <Link href={`${base}/tickets/${o.number}`} dir="auto" className="min-w-0 flex-1 truncate text-brand-700 hover:underline">
                        {o.subject}
                      </Link>
                      <span className="shrink-0 text-xs text-gray-500">
                        {tt(`channel.${o.channel}`)} · {tt(`status.${o.status}`)}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
            <Card className="p-4">
              <h2 className="text-sm font-semibold text-gray-900">{t("details")}</h2>
              <div className="mt-3">
                <TicketProperties
                  slug={ctx.workspace.slug}
                  ticketNumber={ticket.number}
                  version={ticket.version}
                  canEdit={canChange}
                  values={{
                    status: ticket.status,
                    priority: ticket.priority,
                    assignee: ticket.assignee?.id ?? "",
                    area: ticket.problemArea?.key ?? "",
                    team: ticket.teamId ?? "",
                  }}
                  labels={{ status: t("status"), priority: t("priority"), assignee: t("assignee"), team: t("team"), area: t("area") }}
                  options={{
                    status: (["OPEN", "PENDING", "CLOSED"] as const).map((v) => ({ value: v, label: tt(`status.${v}`) })),
                    priority: (["LOW", "NORMAL", "HIGH", "URGENT"] as const).map((v) => ({ value: v, label: tt(`priority.${v}`) })),
                    assignee: [
                      { value: "", label: t("properties.unassigned") },
                      ...options.assignees.map((a) => ({ value: a.memberId, label: isolate(a.name) })),
                      // A deactivated or light-agent assignee is not assignable, but still shown as the owner.
                      ...(ticket.assignee && !options.assignees.some((a) => a.memberId === ticket.assignee?.id)
                        ? [{ value: ticket.assignee.id, label: isolate(ticket.assignee.user.name) }]
                        : []),
                    ],
                    team: [{ value: "", label: t("properties.noTeam") }, ...options.teams.map((team) => ({ value: team.id, label: isolate(team.name) }))],
                    area: [
                      { value: "", label: tt("area.none") },
                      ...areaChoices.map((a) => ({ value: a.key, label: isolate(areaLabel(tt, a, locale)) })),
                    ],
                  }}
                />
              </div>
              <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-2 text-sm">
                <dt className="text-gray-500">{t("channel")}</dt>
                <dd>{tt(`channel.${ticket.channel}`)}</dd>
                {ticket.orderNumber ? (
                  <>
                    <dt className="text-gray-500">{t("orderNumber")}</dt>
                    <dd>
                      {/* Other tickets about the same order: the inbox search matches order numbers exactly. */}
                      <Link
                        href={`/${ctx.workspace.slug}/inbox?q=${encodeURIComponent(ticket.orderNumber)}`}
                        className="font-mono text-brand-700 hover:underline"
                        title={t("orderTickets", { order: ticket.orderNumber })}
                        aria-label={t("orderTickets", { order: ticket.orderNumber })}
                        dir="ltr"
                      >
                        {ticket.orderNumber}
                      </Link>
                    </dd>
                  </>
                ) : null}
                <dt className="text-gray-500">{t("created")}</dt>
                <dd>
                  <time dateTime={ticket.createdAt.toISOString()}>
                    {format.dateTime(ticket.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </dd>
              </dl>
              <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-gray-500">{t("tags")}</h3>
              <div className="mt-2">
                <TicketTags
                  slug={ctx.workspace.slug}
                  ticketNumber={ticket.number}
                  version={ticket.version}
                  tags={ticket.tags.map(({ tag }) => tag.name)}
                  suggestions={options.tags}
                  canEdit={canChange}
                />
              </div>
              <h3 className="mt-4 text-xs font-semibold uppercase tracking-wide text-gray-500">{t("ccEditor.label")}</h3>
              <div className="mt-2">
                <TicketCc slug={ctx.workspace.slug} ticketNumber={ticket.number} version={ticket.version} cc={ticket.ccEmails} canEdit={canChange} />
              </div>
            </Card>
            {sla && <SlaCard sla={sla} />}
          </aside>
        </ResponsiveDisclosure>
        <section aria-labelledby="conversation-heading" className="flex flex-col gap-4 lg:col-start-1 lg:row-start-1">
          <h2 id="conversation-heading" className="sr-only">
            {t("conversation")}
          </h2>
          <ol className="flex flex-col gap-4">
            {foldEvents(thread).map((entry) => {
              if (entry.type === "message") {
                return (
                  <ThreadMessage
                    key={entry.id}
                    kind={entry.kind}
                    authorName={entry.authorKind === "system" ? t("events.system") : entry.authorName}
                    text={entry.text}
                    at={entry.at}
                    labels={{
                      heading:
                        entry.kind === "AUTO_REPLY"
                          ? t("autoReply")
                          : entry.kind === "NOTE"
                            ? t("internalNoteBy", { name: isolate(entry.authorKind === "system" ? t("events.system") : entry.authorName) })
                            : entry.kind === "REPLY"
                              ? t("replyBy", { name: isolate(entry.authorName) })
                              : t("messageFrom", { name: isolate(entry.authorName) }),
                      internal: t("internal"),
                      automatic: t("automatic"),
                      time: formatTime(entry.at),
                      ...(entry.deliveryStatus ? { delivery: t(`delivery.${entry.deliveryStatus}`) } : {}),
                      ...(entry.deliveryError
                        ? { deliveryError: t(entry.deliveryStatus === "FAILED" ? "delivery.failedBecause" : "delivery.retrying", { reason: isolate(entry.deliveryError) }) }
                        : {}),
                    }}
                    deliveryState={entry.deliveryStatus}
                    {...(entry.deliveryStatus === "FAILED" && canRetry
                      ? { retry: <RetryDeliveryButton slug={ctx.workspace.slug} ticketNumber={ticket.number} messageId={entry.id} /> }
                      : {})}
                    mentionedNames={entry.mentionedNames}
                    {...(movable.has(entry.id)
                      ? { actions: <MoveMessage slug={ctx.workspace.slug} ticketNumber={ticket.number} messageId={entry.id} authorName={entry.email?.fromName || entry.email?.fromAddress || entry.authorName} time={formatTime(entry.at)} /> }
                      : {})}
                    {...mailParts(entry, { base, workspaceId: ctx.workspace.id, imageOrigin, frameTitle: tm("frameTitle", { name: isolate(entry.authorName) }), t: tm, formatSize })}
                  />
                );
              }
              const row = (e: EventEntry) => (
                <ThreadEvent key={e.id} at={e.at} time={formatTime(e.at)} text={describeEvent(e, t, tt, formatTime, names)} />
              );
              if (entry.type === "event") return row(entry);
              return (
                <ThreadEventFold
                  key={entry.id}
                  at={entry.events[0]!.at}
                  time={formatTime(entry.events[0]!.at)}
                  summary={describeFold(entry, t, (items) => format.list(items, { type: "conjunction" }))}
                >
                  {entry.events.map(row)}
                </ThreadEventFold>
              );
            })}
          </ol>
          {!merged && (
            <Composer
              slug={ctx.workspace.slug}
              ticketNumber={ticket.number}
              version={ticket.version}
              canReply={hasRole(ctx.actor, "AGENT")}
              customerName={customerName}
              cc={ticket.ccEmails}
              afterSendHref={ticketHref(adjacent.next) ?? backHref}
              members={options.mentionable.filter((m) => m.id !== me)}
            />
          )}
        </section>

      </div>
    </div>
  );
}

/** The origin the agent reached us by: the only one a mail's frame may load images from. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host || !/^[a-z0-9.:[\]-]+$/i.test(host)) return new URL(appUrl()).origin;
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : new URL(appUrl()).protocol.replace(":", "");
  return `${proto}://${host}`;
}

type Translator = (key: string, values?: Record<string, string | number>) => string;
type EventEntry = Extract<ThreadEntry, { type: "event" }>;

/** "Lena changed status, priority and 3 tags": the actor and each kind of change with its count. */
function describeFold(fold: EventFold<EventEntry>, t: Translator, list: (items: string[]) => string): string {
  const actorName = fold.events[0]!.actorName;
  const actor = actorName === null ? t("events.system") : isolate(actorName);
  const changes = fold.changes.map(({ kind, count }) => t(`events.fold.${kind}`, { count }));
  return t("events.fold.summary", { actor, changes: list(changes) });
}

/** Names for the ids and keys events record: active members and areas (others are "former"). */
type EventNames = { member: (id: string) => string | undefined; area: (key: string) => string | undefined; team: (id: string) => string | undefined };

function describeEvent(
  e: { eventType: string; actorName: string | null; data: unknown },
  t: Translator,
  tt: Translator,
  formatDate: (d: Date) => string,
  names: EventNames,
): string {
  // Names, tags and custom areas are user text inside a translated sentence.
  const actor = e.actorName === null ? t("events.system") : isolate(e.actorName);
  const data = (e.data ?? {}) as { from?: string | null; to?: string | null; tag?: string; until?: string; number?: number; address?: string };
  switch (e.eventType) {
    case "STATUS_CHANGED":
      return t("events.STATUS_CHANGED", { actor, from: tt(`status.${data.from}`), to: tt(`status.${data.to}`) });
    case "PRIORITY_CHANGED":
      return t("events.PRIORITY_CHANGED", { actor, from: tt(`priority.${data.from}`), to: tt(`priority.${data.to}`) });
    case "TAG_ADDED":
    case "TAG_REMOVED":
      return t(`events.${e.eventType}`, { actor, tag: isolate(data.tag ?? "") });
    case "CC_ADDED":
    case "CC_REMOVED":
      return t(`events.${e.eventType}`, { actor, address: isolate(data.address ?? "") });
    case "SNOOZED":
      return t("events.SNOOZED", { actor, until: data.until ? formatDate(new Date(data.until)) : "" });
    case "MERGED_INTO":
    case "MERGED_FROM":
    case "MESSAGE_MOVED_OUT":
    case "MESSAGE_MOVED_IN":
      return t(`events.${e.eventType}`, { actor, number: data.number ?? "" });
    case "ASSIGNEE_CHANGED":
      return data.to
        ? t("events.ASSIGNED", { actor, assignee: isolate(names.member(data.to) ?? t("events.formerMember")) })
        : t("events.UNASSIGNED", { actor });
    case "AREA_CHANGED":
      return data.to
        ? t("events.AREA_SET", { actor, area: isolate(names.area(data.to) ?? data.to) })
        : t("events.AREA_CLEARED", { actor });
    case "TEAM_CHANGED":
      return data.to
        ? t("events.TEAM_SET", { actor, team: isolate(names.team(data.to) ?? t("events.formerTeam")) })
        : t("events.TEAM_CLEARED", { actor });
    case "CREATED":
      return t(`events.${e.eventType}`, { actor });
    default:
      return t("events.other", { actor });
  }
}
