// The email copies of members' notifications, in the member's language with times in the
// workspace's time zone: one notice of one ticket (notificationMail), or the digest of a sweep
// run's notices for one member (digestMail, notification-digest.ts), most urgent first.
import { appUrl } from "@/env";
import type { Locale } from "@/i18n/config";
import { mailTranslator } from "@/server/mail/mail-texts";
import type { WorkspaceMailContent } from "@/server/mail/workspace-mail";
import type { NotificationKind, SlaNotificationData } from "./notification.schemas";

/** What a mail says of its workspace: its name, and the zone its times are shown in. */
type MailWorkspace = { name: string; timeZone: string };

type MailContext = {
  locale: Locale;
  now: Date;
  url: string;
  number: number;
  subject: string;
  workspace: MailWorkspace;
};

/** A notice as the digest lists it: its ticket and what is due. */
export type DigestNotice = { kind: NotificationKind; data: SlaNotificationData; number: number; subject: string };

/** At most this many tickets are listed in a digest; the rest are counted. */
export const DIGEST_LINES = 20;

/** Formatters are costly to build and a digest run formats thousands of instants: one per language and zone. */
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatInstant(locale: Locale, timeZone: string, at: Date): string {
  const key = `${locale} ${timeZone}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone })));
  return f.format(at);
}

/** A ticket's page, the link in its notice's mail. */
export const ticketUrl = (workspaceSlug: string, number: number) => `${appUrl()}/${workspaceSlug}/tickets/${number}`;
/** The inbox's open tickets, the nearest SLA deadline first: the digest's link. */
export const inboxByDueUrl = (workspaceSlug: string) => `${appUrl()}/${workspaceSlug}/inbox?sort=due`;

/** One line: a subject is shown inside a sentence, and a mail subject must stay one line. */
const oneLine = (s: string) => s.replace(/\s+/g, " ").trim();

/** The mail of one notice: its subject and text. */
export function notificationMail(kind: NotificationKind, data: SlaNotificationData, c: MailContext): WorkspaceMailContent {
  const t = mailTranslator(c.locale);
  const dueAt = new Date(data.dueAt);
  const values = {
    number: c.number,
    subject: oneLine(c.subject),
    metric: t(`agentNotification.metric.${data.metric}`),
    due: formatInstant(c.locale, c.workspace.timeZone, dueAt),
    timeZone: c.workspace.timeZone,
    url: c.url,
    workspace: c.workspace.name,
    minutes: data.leadMinutes ?? Math.max(1, Math.ceil((dueAt.getTime() - c.now.getTime()) / 60_000)),
  };
  const key = kind === "sla_warning" ? "slaWarning" : "slaBreach";
  return { subject: t(`agentNotification.${key}.subject`, values), text: t(`agentNotification.${key}.body`, values) };
}

/**
 * The digest of several tickets' notices: `notices` are the most urgent per ticket, most urgent
 * first (at most DIGEST_LINES are listed), `tickets` how many tickets there were in all.
 * `url` opens the inbox sorted by SLA deadline.
 */
export function digestMail(notices: readonly DigestNotice[], tickets: number, c: { locale: Locale; url: string; workspace: MailWorkspace }): WorkspaceMailContent {
  const t = mailTranslator(c.locale);
  const listed = notices.slice(0, DIGEST_LINES);
  const lines = listed.map((n) =>
    t(n.kind === "sla_breach" ? "agentNotification.digest.breachLine" : "agentNotification.digest.warningLine", {
      number: n.number,
      subject: oneLine(n.subject),
      metric: t(`agentNotification.metric.${n.data.metric}`),
      due: formatInstant(c.locale, c.workspace.timeZone, new Date(n.data.dueAt)),
    }),
  );
  if (tickets > listed.length) lines.push(t("agentNotification.digest.more", { count: tickets - listed.length }));
  const values = { count: tickets, workspace: c.workspace.name, timeZone: c.workspace.timeZone, url: c.url, lines: lines.join("\n") };
  return { subject: t("agentNotification.digest.subject", values), text: t("agentNotification.digest.body", values) };
}
